//! THE day count of the Solar Hijri calendar.
//!
//! Everything in the crate that needs to know how long a year is, or which
//! Gregorian day a Solar Hijri date falls on, derives it from [`nowruz`]: the
//! fixed day number of 1 Farvardin of a year. There is no second leap rule.
//!
//! Fixed day numbers are chrono's `num_days_from_ce()` (Rata Die: 0001-01-01 of
//! the proleptic Gregorian calendar is day 1), so conversion to and from
//! `chrono::NaiveDate` is one addition.
//!
//! `nowruz(y)` is the 33-year arithmetic (8 leap years in every 33, leap when
//! `(25y + 11) mod 33 < 8`) anchored on 1 Farvardin 1404 = 2025-03-21, plus a
//! ±1 day correction in the 148 years listed in [`super::leap_table`].

use super::leap_table::{EARLY_YEARS, LATE_YEARS};

/// The first supported Solar Hijri year.
pub(crate) const MIN_YEAR: i32 = 1;
/// The last supported Solar Hijri year.
pub(crate) const MAX_YEAR: i32 = 3000;

/// The fixed day of 1 Farvardin 0 under the 33-year rule (an anchor, not a date).
///
/// Chosen so that the arithmetic gives 1404-01-01 = 2025-03-21 (fixed day 739331).
const EPOCH: i32 = 226_895;

/// The number of days in one 33-year cycle (33 * 365 + 8).
const DAYS_PER_CYCLE: i32 = 12_053;

/// One bit per year 0..=3001: set when the year is in one of the exception lists.
const CORRECTED: [u64; 47] = corrected_bitset();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn corrected_bitset() -> [u64; 47] {
    let mut bits = [0u64; 47];
    let mut i = 0;
    while i < LATE_YEARS.len() {
        let y = LATE_YEARS[i] as usize;
        bits[y / 64] |= 1 << (y % 64);
        i += 1;
    }
    let mut i = 0;
    while i < EARLY_YEARS.len() {
        let y = EARLY_YEARS[i] as usize;
        bits[y / 64] |= 1 << (y % 64);
        i += 1;
    }
    bits
}

/// The correction in days that the exception table applies to the 33-year Nowruz.
///
/// The late years all lie before 1178 and the early ones after 1502, so the sign
/// follows from the year alone and one bitset serves both lists.
#[inline]
const fn correction(year: i32) -> i32 {
    if year < 0 || year as usize / 64 >= CORRECTED.len() {
        return 0;
    }
    let index = year as usize;
    #[allow(clippy::indexing_slicing)] // bounds checked on the line above
    let word = CORRECTED[index / 64];
    if word >> (index % 64) & 1 == 0 {
        0
    } else if year < 1300 {
        1
    } else {
        -1
    }
}

/// The fixed day number of 1 Farvardin of `year`.
///
/// Exact for `MIN_YEAR..=MAX_YEAR + 1` (the upper end gives the length of the
/// last year); callers check the range.
#[inline]
pub(crate) const fn nowruz(year: i32) -> i32 {
    EPOCH + 365 * (year - 1) + (8 * year + 21).div_euclid(33) + correction(year)
}

/// The number of days (365 or 366) in `year`, for a year in range.
#[inline]
pub(crate) const fn year_length(year: i32) -> u16 {
    if nowruz(year + 1) - nowruz(year) == 366 {
        366
    } else {
        365
    }
}

/// The fixed day of the first supported day, 1-01-01 (= 0622-03-22).
pub(crate) fn min_fixed() -> i32 {
    nowruz(MIN_YEAR)
}

/// The fixed day of the last supported day, 3000-12-30 (= 3622-03-20).
pub(crate) fn max_fixed() -> i32 {
    nowruz(MAX_YEAR + 1) - 1
}

/// Splits a fixed day into its Solar Hijri year and 1-based day of the year.
///
/// Returns `None` outside the supported range. Constant time: the cycle
/// arithmetic lands within one year of the answer, and one comparison on each
/// side settles it.
#[inline]
pub(crate) fn year_and_ordinal(fixed: i32) -> Option<(i32, u16)> {
    if fixed < min_fixed() || fixed > max_fixed() {
        return None;
    }
    let mut year = (33 * (fixed - EPOCH) + 3).div_euclid(DAYS_PER_CYCLE) + 1;
    if nowruz(year) > fixed {
        year -= 1;
    } else if nowruz(year + 1) <= fixed {
        year += 1;
    }
    let ordinal = u16::try_from(fixed - nowruz(year) + 1).ok()?;
    Some((year, ordinal))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchor_is_nowruz_1404() {
        // 2025-03-21 is Rata Die 739331 (chrono's num_days_from_ce).
        assert_eq!(nowruz(1404), 739_331);
    }

    #[test]
    fn year_and_ordinal_inverts_nowruz_everywhere() {
        for year in MIN_YEAR..=MAX_YEAR {
            let first = nowruz(year);
            let len = i32::from(year_length(year));
            assert_eq!(year_and_ordinal(first), Some((year, 1)), "year {year}");
            assert_eq!(
                year_and_ordinal(first + len - 1),
                Some((year, len as u16)),
                "year {year}"
            );
        }
        assert_eq!(year_and_ordinal(min_fixed() - 1), None);
        assert_eq!(year_and_ordinal(max_fixed() + 1), None);
    }
}
