//! The crate's one error type.

use chrono::NaiveDate;

/// Everything that can go wrong when building, converting or parsing a [`Date`](crate::Date).
///
/// Each variant carries the offending value and what would have been valid, and
/// displays as one lowercase sentence.
///
/// # Example
///
/// ```
/// use shamsi::{Date, Error};
///
/// let err = Date::new(1404, 12, 30).unwrap_err();
/// assert!(matches!(err, Error::InvalidDay { year: 1404, month: 12, day: 30, max: 29 }));
/// assert_eq!(err.to_string(), "day 30 is invalid for Esfand 1404: that month has days 1..=29");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The Solar Hijri year lies outside the supported range `min..=max` (1..=3000).
    #[error("year {year} is out of range: shamsi supports Solar Hijri years {min}..={max}")]
    OutOfRange {
        /// The year that was given.
        year: i64,
        /// The first supported year.
        min: i32,
        /// The last supported year.
        max: i32,
    },
    /// The month number is not in `1..=12`.
    #[error("month {month} is invalid: a Solar Hijri month is 1..=12")]
    InvalidMonth {
        /// The month number that was given.
        month: i64,
    },
    /// The day does not exist in that month of that year (day 0, 31 Mehr, 30 Esfand in a common year).
    #[error("day {day} is invalid for {month_name} {year}: that month has days 1..={max}", month_name = crate::Month::name_latin_of(*month))]
    InvalidDay {
        /// The year of the date.
        year: i32,
        /// The month of the date (1..=12).
        month: u8,
        /// The day that was given.
        day: i64,
        /// The last day of that month in that year.
        max: u8,
    },
    /// A Gregorian date outside the range that maps to Solar Hijri 1..=3000.
    #[error("gregorian date {date} is out of range: shamsi supports {min}..={max}")]
    GregorianOutOfRange {
        /// The date that was given.
        date: NaiveDate,
        /// The first supported Gregorian date (0622-03-22).
        min: NaiveDate,
        /// The last supported Gregorian date (3622-03-20).
        max: NaiveDate,
    },
    /// Text that is not a date in the expected format.
    #[error("cannot parse {input:?} as a date at byte {position}: {reason}")]
    Parse {
        /// The text that was given.
        input: String,
        /// The byte offset in `input` where the problem starts.
        position: usize,
        /// What was wrong there.
        reason: &'static str,
    },
}
