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

/// The number of 64-bit words in a bitset with one bit per year 0..=3001.
const WORDS: usize = (MAX_YEAR as usize + 1) / 64 + 1;

/// One bit per year 0..=3001, set for the years in [`LATE_YEARS`].
const LATE: [u64; WORDS] = bitset(&LATE_YEARS);
/// One bit per year 0..=3001, set for the years in [`EARLY_YEARS`].
const EARLY: [u64; WORDS] = bitset(&EARLY_YEARS);

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn bitset(years: &[u16]) -> [u64; WORDS] {
    let mut bits = [0u64; WORDS];
    let mut i = 0;
    while i < years.len() {
        let y = years[i] as usize;
        bits[y / 64] |= 1 << (y % 64);
        i += 1;
    }
    bits
}

/// Whether `year`'s bit is set in `bits` (0 or 1; 0 outside the bitset).
#[inline]
const fn bit(bits: &[u64; WORDS], year: i32) -> i32 {
    if year < 0 || year as usize / 64 >= WORDS {
        return 0;
    }
    let index = year as usize;
    #[allow(clippy::indexing_slicing)] // bounds checked on the line above
    let word = bits[index / 64];
    (word >> (index % 64) & 1) as i32
}

/// The correction in days (+1, 0 or -1) that the exception table applies to
/// the 33-year Nowruz. Branch-free: one bit from each list.
#[inline]
const fn correction(year: i32) -> i32 {
    bit(&LATE, year) - bit(&EARLY, year)
}

/// The fixed day number of 1 Farvardin of `year`.
///
/// Exact for `MIN_YEAR..=MAX_YEAR + 1` (the upper end gives the length of the
/// last year); callers check the range.
#[inline]
pub(crate) const fn nowruz(year: i32) -> i32 {
    EPOCH + 365 * (year - 1) + (8 * year + 21).div_euclid(33) + correction(year)
}

/// One bit per year 0..=3001, set for the years of `MIN_YEAR..=MAX_YEAR` with
/// 366 days, as [`nowruz`] says.
///
/// Derived from `nowruz` at compile time, so it is no second leap rule: a
/// lookup costs one load where the two Nowruz it replaces cost four bitset
/// loads and two divisions, and month lengths are needed for every mention.
const LEAP: [u64; WORDS] = leap_bits();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn leap_bits() -> [u64; WORDS] {
    let mut bits = [0u64; WORDS];
    let mut year = MIN_YEAR;
    while year <= MAX_YEAR {
        if nowruz(year + 1) - nowruz(year) == 366 {
            let y = year as usize;
            bits[y / 64] |= 1 << (y % 64);
        }
        year += 1;
    }
    bits
}

/// Whether `year` has 366 days (30 Esfand), for a year in range (`false` outside it).
#[inline]
pub(crate) const fn is_leap(year: i32) -> bool {
    bit(&LEAP, year) == 1
}

/// The number of days (365 or 366) in `year`, for a year in range.
#[inline]
pub(crate) const fn year_length(year: i32) -> u16 {
    365 + bit(&LEAP, year) as u16
}

/// The number of days in month `month` (1..=12) of `year`, both in range.
///
/// Only Esfand depends on the year; the first six months have 31 days and the
/// next five 30, so two comparisons and (for Esfand) one bit decide it.
#[inline]
pub(crate) const fn month_length(year: i32, month: u8) -> u8 {
    if month <= 6 {
        31
    } else if month <= 11 {
        30
    } else {
        29 + bit(&LEAP, year) as u8
    }
}

/// The fixed day of the first supported day, 1-01-01 (= 0622-03-22).
pub(crate) const MIN_FIXED: i32 = nowruz(MIN_YEAR);

/// The fixed day of the last supported day, 3000-12-30 (= 3622-03-20).
pub(crate) const MAX_FIXED: i32 = nowruz(MAX_YEAR + 1) - 1;

/// The fixed day of the first supported day, 1-01-01 (= 0622-03-22).
pub(crate) const fn min_fixed() -> i32 {
    MIN_FIXED
}

/// The fixed day of the last supported day, 3000-12-30 (= 3622-03-20).
pub(crate) const fn max_fixed() -> i32 {
    MAX_FIXED
}

/// Splits a fixed day into its Solar Hijri year and 1-based day of the year.
///
/// Returns `None` outside the supported range. Constant time: the cycle
/// arithmetic lands within one year of the answer, and one comparison on each
/// side settles it.
#[inline]
pub(crate) const fn year_and_ordinal(fixed: i32) -> Option<(i32, u16)> {
    if fixed < MIN_FIXED || fixed > MAX_FIXED {
        return None;
    }
    // In range, so `fixed - EPOCH` is positive and plain division is Euclidean.
    let mut year = (33 * (fixed - EPOCH) + 3) / DAYS_PER_CYCLE + 1;
    let mut start = nowruz(year);
    if fixed < start {
        year -= 1;
        start = nowruz(year);
    } else {
        let next = nowruz(year + 1);
        if fixed >= next {
            year += 1;
            start = next;
        }
    }
    // 1..=366 after the adjustment above.
    Some((year, (fixed - start + 1) as u16))
}

/// [`year_and_ordinal`] for a fixed day in Gregorian year `gregorian_year`.
///
/// Every Nowruz of SH 1..=3001 falls in March of Gregorian year SH + 621, so a
/// day of that Gregorian year belongs to SH `gregorian_year - 621` or the year
/// before: one Nowruz settles it, with no cycle arithmetic.
#[inline]
pub(crate) const fn year_and_ordinal_in_gregorian_year(
    fixed: i32,
    gregorian_year: i32,
) -> Option<(i32, u16)> {
    if fixed < MIN_FIXED || fixed > MAX_FIXED {
        return None;
    }
    // In range, so the year is 1..=3001 and within the exception bitsets.
    let mut year = gregorian_year - 621;
    let mut start = nowruz(year);
    if fixed < start {
        year -= 1;
        start = nowruz(year);
    }
    Some((year, (fixed - start + 1) as u16))
}

/// The number of days in the year before the first of month `month` (1..=12).
///
/// Branch-free: `30 * (month - 1)` plus one day for each earlier 31-day month.
#[inline]
pub(crate) const fn days_before_month(month: u8) -> u16 {
    let m0 = month.saturating_sub(1) as u16;
    30 * m0 + if m0 < 6 { m0 } else { 6 }
}

/// The 0-based month of each 0-based day of the year (0..=365).
const MONTH_OF_DAY: [u8; 366] = month_of_day();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn month_of_day() -> [u8; 366] {
    let mut table = [0u8; 366];
    let mut o = 0;
    while o < 366 {
        table[o] = if o < 186 { o / 31 } else { (o - 6) / 30 } as u8;
        o += 1;
    }
    table
}

/// The month (1..=12) and day of the month of a day of the year (1..=366).
///
/// One table lookup for the month (a branch on the half of the year would be
/// mispredicted half the time on scattered dates), then the day by subtraction.
#[inline]
pub(crate) const fn month_and_day(ordinal: u16) -> (u8, u8) {
    let o = ordinal.saturating_sub(1); // 0-based day of the year, 0..=365
    let m0 = if (o as usize) < MONTH_OF_DAY.len() {
        #[allow(clippy::indexing_slicing)] // bounds checked on the line above
        let m = MONTH_OF_DAY[o as usize];
        m
    } else {
        11
    };
    let d0 = o - days_before_month(m0 + 1);
    (m0 + 1, (d0 + 1) as u8)
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
        assert_eq!(year_and_ordinal(i32::MIN), None);
        assert_eq!(year_and_ordinal(i32::MAX), None);
    }

    #[test]
    fn leap_bits_agree_with_nowruz() {
        for year in MIN_YEAR..=MAX_YEAR {
            let len = nowruz(year + 1) - nowruz(year);
            assert!(len == 365 || len == 366, "year {year}");
            assert_eq!(i32::from(year_length(year)), len, "year {year}");
            assert_eq!(is_leap(year), len == 366, "year {year}");
            assert_eq!(i32::from(month_length(year, 12)), len - 336, "year {year}");
            for month in 1..=11u8 {
                let expected = if month <= 6 { 31 } else { 30 };
                assert_eq!(month_length(year, month), expected, "{year}-{month}");
            }
        }
    }

    #[test]
    fn month_and_day_against_month_lengths() {
        let lengths = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30];
        let mut ordinal = 0u16;
        for (m, &len) in (1u8..).zip(lengths.iter()) {
            assert_eq!(days_before_month(m), ordinal, "month {m}");
            for d in 1..=len {
                ordinal += 1;
                assert_eq!(month_and_day(ordinal), (m, d), "ordinal {ordinal}");
            }
        }
        assert_eq!(ordinal, 366);
    }

    #[test]
    fn correction_signs() {
        for y in LATE_YEARS {
            assert_eq!(correction(i32::from(y)), 1);
        }
        for y in EARLY_YEARS {
            assert_eq!(correction(i32::from(y)), -1);
        }
        assert_eq!(correction(1404), 0);
        assert_eq!(correction(-1), 0);
        assert_eq!(correction(i32::MAX), 0);
    }
}
