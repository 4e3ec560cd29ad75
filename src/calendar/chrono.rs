//! Conversion to and from `chrono::NaiveDate`, through the fixed day number.

use chrono::{Datelike, NaiveDate};

use crate::calendar::days;
use crate::{Date, Error};

/// The Gregorian date of fixed day `fixed`, for a fixed day known to be valid.
#[inline]
fn naive_from_fixed(fixed: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(fixed).unwrap_or(NaiveDate::MIN)
}

/// The fixed day of 1 January of Gregorian `year` (a positive year).
#[inline]
const fn gregorian_new_year(year: i32) -> i32 {
    let y = year - 1;
    365 * y + y / 4 - y / 100 + y / 400 + 1
}

/// Whether Gregorian `year` has 29 February.
#[inline]
const fn is_gregorian_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The error for a fixed day outside the supported range.
pub(crate) fn gregorian_out_of_range_fixed(fixed: i32) -> Error {
    gregorian_out_of_range(
        NaiveDate::from_num_days_from_ce_opt(fixed).unwrap_or(if fixed < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }),
    )
}

#[cold]
#[inline(never)]
fn gregorian_out_of_range(date: NaiveDate) -> Error {
    Error::GregorianOutOfRange {
        date,
        min: naive_from_fixed(days::min_fixed()),
        max: naive_from_fixed(days::max_fixed()),
    }
}

impl TryFrom<NaiveDate> for Date {
    type Error = Error;

    /// The Solar Hijri date of a Gregorian date.
    ///
    /// # Errors
    ///
    /// [`Error::GregorianOutOfRange`] outside 0622-03-22 ..= 3622-03-20.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use shamsi::Date;
    ///
    /// let g = NaiveDate::from_ymd_opt(2025, 3, 21).unwrap();
    /// assert_eq!(Date::try_from(g)?, Date::new(1404, 1, 1)?);
    /// assert!(Date::try_from(NaiveDate::from_ymd_opt(600, 1, 1).unwrap()).is_err());
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    fn try_from(date: NaiveDate) -> Result<Date, Error> {
        Date::from_fixed_in_gregorian_year(date.num_days_from_ce(), date.year())
            .ok_or_else(|| gregorian_out_of_range(date))
    }
}

impl From<Date> for NaiveDate {
    /// The Gregorian date of a Solar Hijri date (always exists).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use shamsi::Date;
    ///
    /// let g = NaiveDate::from(Date::new(1348, 10, 11)?);
    /// assert_eq!(g, NaiveDate::from_ymd_opt(1970, 1, 1).unwrap());
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    fn from(date: Date) -> NaiveDate {
        // Nowruz of SH year y falls in Gregorian year y + 621: count from 1 January
        // of that year (a year of 1..=3622, so all positive), and hand chrono a
        // year and day of the year, which it turns into a date more cheaply than a
        // fixed day.
        let year = date.year() + 621;
        let ordinal = date.to_fixed() - gregorian_new_year(year) + 1;
        let length = if is_gregorian_leap(year) { 366 } else { 365 };
        let (year, ordinal) = if ordinal > length {
            (year + 1, ordinal - length)
        } else {
            (year, ordinal)
        };
        NaiveDate::from_yo_opt(year, ordinal.unsigned_abs()).unwrap_or(NaiveDate::MIN)
    }
}

impl Date {
    /// The Gregorian dates of `first` and `last`, with `first <= last`: the
    /// same as converting each, but the second is usually a few days on from
    /// the first in the same Gregorian year, where counting on from it is a
    /// bit-field addition instead of a second conversion.
    #[inline]
    pub(crate) fn gregorian_span(first: Date, last: Date) -> (NaiveDate, NaiveDate) {
        let start = NaiveDate::from(first);
        if last == first {
            return (start, start);
        }
        let delta = if last.year() == first.year() {
            i32::from(last.day_of_year()) - i32::from(first.day_of_year())
        } else {
            last.days_since(first)
        };
        let end = u64::try_from(delta)
            .ok()
            .and_then(|d| start.checked_add_days(chrono::Days::new(d)))
            .unwrap_or_else(|| NaiveDate::from(last));
        (start, end)
    }

    /// The Gregorian date of this date; the same as `NaiveDate::from(self)`.
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1404, 1, 1)?.to_gregorian().to_string(), "2025-03-21");
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn to_gregorian(self) -> NaiveDate {
        NaiveDate::from(self)
    }

    /// The Solar Hijri date of a Gregorian date; the same as `Date::try_from(date)`.
    ///
    /// # Errors
    ///
    /// [`Error::GregorianOutOfRange`] outside 0622-03-22 ..= 3622-03-20.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use shamsi::Date;
    /// let d = Date::from_gregorian(NaiveDate::from_ymd_opt(2025, 2, 18).unwrap())?;
    /// assert_eq!(d.to_string(), "1403-11-30");
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn from_gregorian(date: NaiveDate) -> Result<Date, Error> {
        Date::try_from(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gregorian_span_converts_both_ends() {
        let pairs = [
            ((1403, 11, 1), (1403, 11, 30)),
            ((1403, 12, 30), (1403, 12, 30)),
            ((1403, 10, 1), (1404, 1, 5)),
            ((1, 1, 1), (3000, 12, 30)),
            ((1378, 10, 11), (1378, 10, 12)),
            ((1403, 1, 1), (1403, 12, 30)),
        ];
        for ((y1, m1, d1), (y2, m2, d2)) in pairs {
            let (a, b) = (
                Date::new(y1, m1, d1).unwrap(),
                Date::new(y2, m2, d2).unwrap(),
            );
            assert_eq!(
                Date::gregorian_span(a, b),
                (NaiveDate::from(a), NaiveDate::from(b)),
                "{a}..{b}"
            );
        }
    }

    #[test]
    fn gregorian_year_arithmetic_agrees_with_chrono() {
        for year in 1..=4000 {
            let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            assert_eq!(gregorian_new_year(year), jan1.num_days_from_ce(), "{year}");
            assert_eq!(is_gregorian_leap(year), jan1.leap_year(), "{year}");
        }
    }
}
