//! Conversion to and from `chrono::NaiveDate`, through the fixed day number.

use chrono::{Datelike, NaiveDate};

use crate::calendar::days;
use crate::{Date, Error};

/// The Gregorian date of fixed day `fixed`, for a fixed day known to be valid.
#[inline]
fn naive_from_fixed(fixed: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(fixed).unwrap_or(NaiveDate::MIN)
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
        Date::from_fixed_opt(date.num_days_from_ce()).ok_or_else(|| gregorian_out_of_range(date))
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
        naive_from_fixed(date.to_fixed())
    }
}

impl Date {
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
