//! `Date`: a Solar Hijri civil date.

use chrono::Weekday;

use crate::calendar::days;
use crate::calendar::month::{check_year, Month};
use crate::Error;

/// A Solar Hijri (Iranian, "Jalali") civil date: year, month and day.
///
/// Four bytes, `Copy`, ordered chronologically. Every `Date` that exists is a real
/// day of the astronomical Iranian calendar within the supported range
/// [`Date::MIN`] (1-01-01 = 0622-03-22) ..= [`Date::MAX`] (3000-12-30 = 3622-03-20);
/// nothing outside it can be built.
///
/// # Example
///
/// ```
/// use shamsi::{Date, Month};
/// use chrono::{NaiveDate, Weekday};
///
/// let d = Date::new(1403, 11, 30)?;
/// assert_eq!(d.month(), Month::Bahman);
/// assert_eq!(d.weekday(), Weekday::Tue);
/// assert_eq!(NaiveDate::from(d), NaiveDate::from_ymd_opt(2025, 2, 18).unwrap());
/// assert_eq!(d.to_string(), "1403-11-30");
/// # Ok::<(), shamsi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: i16,
    month: u8,
    day: u8,
}

impl Date {
    /// The first supported date: 1 Farvardin 1 (= 0622-03-22).
    ///
    /// ```
    /// assert_eq!(shamsi::Date::MIN.to_string(), "0001-01-01");
    /// ```
    pub const MIN: Date = Date::constant(1, 1, 1);

    /// The last supported date: 30 Esfand 3000 (= 3622-03-20).
    ///
    /// ```
    /// assert_eq!(shamsi::Date::MAX.to_string(), "3000-12-30");
    /// ```
    pub const MAX: Date = Date::constant(3000, 12, 30);

    /// The date `day` `month` `year`, checked.
    ///
    /// # Errors
    ///
    /// - [`Error::OutOfRange`] when `year` is not in 1..=3000;
    /// - [`Error::InvalidMonth`] when `month` is not in 1..=12;
    /// - [`Error::InvalidDay`] when the month has no such day (day 0, 31 Mehr,
    ///   30 Esfand in a common year). Nothing is clamped or rolled over.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Date, Error};
    ///
    /// assert!(Date::new(1403, 12, 30).is_ok()); // 1403 is a leap year
    /// assert!(matches!(Date::new(1404, 12, 30), Err(Error::InvalidDay { max: 29, .. })));
    /// assert!(matches!(Date::new(1404, 7, 31), Err(Error::InvalidDay { max: 30, .. })));
    /// assert!(matches!(Date::new(1404, 13, 1), Err(Error::InvalidMonth { month: 13 })));
    /// assert!(matches!(Date::new(3001, 1, 1), Err(Error::OutOfRange { year: 3001, .. })));
    /// ```
    #[inline]
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, Error> {
        Date::new_opt(year, month, day).ok_or_else(|| invalid_date(year, month, day))
    }

    /// [`Date::new`] without the error: the same checks, `None` for no such day.
    ///
    /// The extractor checks a date for every mention and only needs to know
    /// whether it exists; building an [`Error`] it would drop is wasted work.
    #[inline(always)]
    pub(crate) fn new_opt(year: i32, month: u8, day: u8) -> Option<Date> {
        // One unsigned comparison per field: `wrapping_sub` turns 0 into 255.
        if !(days::MIN_YEAR..=days::MAX_YEAR).contains(&year) || month.wrapping_sub(1) >= 12 {
            return None;
        }
        if day.wrapping_sub(1) >= days::month_length(year, month) {
            return None;
        }
        Some(Date {
            year: year as i16, // in 1..=3000, checked above
            month,
            day,
        })
    }

    /// The first and last day of month `month` of `year`, or `None` when there
    /// is no such month.
    #[inline(always)]
    pub(crate) fn month_span(year: i32, month: u8) -> Option<(Date, Date)> {
        if !(days::MIN_YEAR..=days::MAX_YEAR).contains(&year) || month.wrapping_sub(1) >= 12 {
            return None;
        }
        let first = Date {
            year: year as i16, // in 1..=3000, checked above
            month,
            day: 1,
        };
        let day = days::month_length(year, month);
        Some((first, Date { day, ..first }))
    }

    /// The first and last day of `year`, or `None` outside the supported range.
    #[inline]
    pub(crate) fn year_span(year: i32) -> Option<(Date, Date)> {
        Date::month_span(year, 1).map(|(first, _)| (first, first.last_of_year()))
    }

    /// The date `day` `month` `year` for literals; usable in `const` contexts.
    ///
    /// # Panics
    ///
    /// When the date is invalid or out of range, with the same checks as
    /// [`Date::new`] (in a `const`, that is a compile error). Use [`Date::new`]
    /// for values that are not literals.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Date;
    /// const YALDA: Date = Date::constant(1403, 9, 30);
    /// assert_eq!(YALDA.day(), 30);
    /// ```
    #[allow(clippy::panic)] // documented: the panicking twin of `new`, for literals
    pub const fn constant(year: i32, month: u8, day: u8) -> Date {
        if year < days::MIN_YEAR || year > days::MAX_YEAR {
            panic!("Date::constant: year out of range 1..=3000");
        }
        if month < 1 || month > 12 {
            panic!("Date::constant: month out of range 1..=12");
        }
        let max = if month <= 6 {
            31
        } else if month <= 11 || days::is_leap(year) {
            30
        } else {
            29
        };
        if day < 1 || day > max {
            panic!("Date::constant: no such day in that month");
        }
        Date {
            year: year as i16,
            month,
            day,
        }
    }

    /// Builds a date from its year and 1-based day of the year.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] for a year outside 1..=3000, [`Error::InvalidDay`]
    /// when `ordinal` is 0 or past the end of the year (reported against Esfand).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::from_ordinal(1403, 366)?, Date::new(1403, 12, 30)?);
    /// assert!(Date::from_ordinal(1404, 366).is_err());
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn from_ordinal(year: i32, ordinal: u16) -> Result<Date, Error> {
        check_year(year)?;
        let len = days::year_length(year);
        if ordinal == 0 || ordinal > len {
            let max = Month::Esfand.length_unchecked(year);
            let day = i64::from(ordinal) - i64::from(Month::Esfand.days_before());
            return Err(Error::InvalidDay {
                year,
                month: 12,
                day,
                max,
            });
        }
        Ok(Date::from_valid_ordinal(year, ordinal))
    }

    /// Builds a date from a year in range and an ordinal within that year.
    #[inline]
    fn from_valid_ordinal(year: i32, ordinal: u16) -> Date {
        let (month, day) = days::month_and_day(ordinal);
        Date {
            year: year as i16,
            month,
            day,
        }
    }

    /// The date of fixed day number `fixed`, which lies in Gregorian year
    /// `gregorian_year`; `None` outside the range.
    #[inline]
    pub(crate) fn from_fixed_in_gregorian_year(fixed: i32, gregorian_year: i32) -> Option<Date> {
        let (year, ordinal) = days::year_and_ordinal_in_gregorian_year(fixed, gregorian_year)?;
        Some(Date::from_valid_ordinal(year, ordinal))
    }

    /// The date of fixed day number `fixed`, or `None` outside the range.
    #[inline]
    pub(crate) fn from_fixed_opt(fixed: i32) -> Option<Date> {
        let (year, ordinal) = days::year_and_ordinal(fixed)?;
        Some(Date::from_valid_ordinal(year, ordinal))
    }

    /// The date of fixed day number `fixed` (chrono's `num_days_from_ce`: 0001-01-01 is 1).
    ///
    /// # Errors
    ///
    /// [`Error::GregorianOutOfRange`] outside 0622-03-22 ..= 3622-03-20.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::from_fixed(739_331)?, Date::new(1404, 1, 1)?);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn from_fixed(fixed: i32) -> Result<Date, Error> {
        Date::from_fixed_opt(fixed).ok_or_else(|| out_of_range_fixed(fixed))
    }

    /// The fixed day number of this date (chrono's `num_days_from_ce`: 0001-01-01 is 1).
    ///
    /// ```
    /// use shamsi::Date;
    /// use chrono::Datelike;
    /// let d = Date::new(1348, 10, 11)?;
    /// let unix_epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
    /// assert_eq!(d.to_fixed(), unix_epoch.num_days_from_ce());
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn to_fixed(self) -> i32 {
        days::nowruz(self.year()) + i32::from(self.day_of_year()) - 1
    }

    /// The year, 1..=3000.
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1403, 11, 30)?.year(), 1403);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The month.
    ///
    /// ```
    /// use shamsi::{Date, Month};
    /// assert_eq!(Date::new(1403, 11, 30)?.month(), Month::Bahman);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn month(self) -> Month {
        // `self.month` is always 1..=12; the match compiles to a range check.
        match self.month {
            1 => Month::Farvardin,
            2 => Month::Ordibehesht,
            3 => Month::Khordad,
            4 => Month::Tir,
            5 => Month::Mordad,
            6 => Month::Shahrivar,
            7 => Month::Mehr,
            8 => Month::Aban,
            9 => Month::Azar,
            10 => Month::Dey,
            11 => Month::Bahman,
            _ => Month::Esfand,
        }
    }

    /// The day of the month, 1..=31.
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1403, 11, 30)?.day(), 30);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn day(self) -> u8 {
        self.day
    }

    /// The day of the year, 1..=366 (1 Farvardin is 1).
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1403, 12, 30)?.day_of_year(), 366);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn day_of_year(self) -> u16 {
        days::days_before_month(self.month) + u16::from(self.day)
    }

    /// The day of the week (chrono's `Weekday`; the Iranian week starts on Saturday, شنبه).
    ///
    /// ```
    /// use chrono::Weekday;
    /// assert_eq!(shamsi::Date::new(1404, 1, 1)?.weekday(), Weekday::Fri);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn weekday(self) -> Weekday {
        // Fixed day 1 (0001-01-01) was a Monday.
        match self.to_fixed().rem_euclid(7) {
            1 => Weekday::Mon,
            2 => Weekday::Tue,
            3 => Weekday::Wed,
            4 => Weekday::Thu,
            5 => Weekday::Fri,
            6 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// The number of days in this date's month (29..=31).
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1404, 12, 1)?.days_in_month(), 29);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn days_in_month(self) -> u8 {
        days::month_length(self.year(), self.month)
    }

    /// The number of days in this date's year (365 or 366).
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1403, 1, 1)?.days_in_year(), 366);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn days_in_year(self) -> u16 {
        days::year_length(self.year())
    }

    /// Whether this date's year has 30 Esfand.
    ///
    /// ```
    /// assert!(shamsi::Date::new(1403, 5, 1)?.in_leap_year());
    /// assert!(!shamsi::Date::new(1404, 5, 1)?.in_leap_year());
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn in_leap_year(self) -> bool {
        self.days_in_year() == 366
    }

    /// The first day of this date's month.
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 11, 30)?.first_of_month(), Date::new(1403, 11, 1)?);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 12, 5)?.last_of_month(), Date::new(1403, 12, 30)?);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn last_of_month(self) -> Date {
        Date {
            day: self.days_in_month(),
            ..self
        }
    }

    /// The first day (1 Farvardin) of this date's year.
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 11, 30)?.first_of_year(), Date::new(1403, 1, 1)?);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn first_of_year(self) -> Date {
        Date {
            month: 1,
            day: 1,
            ..self
        }
    }

    /// The last day (29 or 30 Esfand) of this date's year.
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1404, 1, 1)?.last_of_year(), Date::new(1404, 12, 29)?);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn last_of_year(self) -> Date {
        Date {
            month: 12,
            day: days::month_length(self.year(), 12),
            ..self
        }
    }

    /// The date `days` days later (or earlier, for a negative `days`), or `None`
    /// past [`Date::MIN`] / [`Date::MAX`].
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 12, 30)?.checked_add_days(1), Some(Date::new(1404, 1, 1)?));
    /// assert_eq!(Date::MAX.checked_add_days(1), None);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn checked_add_days(self, days: i64) -> Option<Date> {
        let fixed = i64::from(self.to_fixed()).checked_add(days)?;
        Date::from_fixed_opt(i32::try_from(fixed).ok()?)
    }

    /// The date `days` days earlier, or `None` before [`Date::MIN`] / after [`Date::MAX`].
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1404, 1, 1)?.checked_sub_days(1), Some(Date::new(1403, 12, 30)?));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn checked_sub_days(self, days: i64) -> Option<Date> {
        self.checked_add_days(days.checked_neg()?)
    }

    /// The same day `months` months later (earlier when negative), or `None` out of range.
    ///
    /// When the target month is shorter, the day is **clamped** to its last day,
    /// as chrono's `NaiveDate::checked_add_months` does: 31 Shahrivar + 1 month is
    /// 30 Mehr, and 30 Esfand 1403 + 12 months is 29 Esfand 1404.
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1404, 6, 31)?.checked_add_months(1), Some(Date::new(1404, 7, 30)?));
    /// assert_eq!(Date::new(1404, 1, 15)?.checked_add_months(-1), Some(Date::new(1403, 12, 15)?));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn checked_add_months(self, months: i64) -> Option<Date> {
        let index = i64::from(self.year())
            .checked_mul(12)?
            .checked_add(i64::from(self.month) - 1)?
            .checked_add(months)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        check_year(year).ok()?;
        let max = Month::new(month).ok()?.length_unchecked(year);
        Date::new(year, month, self.day.min(max)).ok()
    }

    /// The same day `years` years later (earlier when negative), or `None` out of range.
    ///
    /// 30 Esfand of a leap year becomes 29 Esfand in a common year (clamped, as
    /// chrono does for 29 February).
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 12, 30)?.checked_add_years(1), Some(Date::new(1404, 12, 29)?));
    /// assert_eq!(Date::new(2999, 1, 1)?.checked_add_years(2), None);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn checked_add_years(self, years: i64) -> Option<Date> {
        self.checked_add_months(years.checked_mul(12)?)
    }

    /// The next day, or `None` after [`Date::MAX`].
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 6, 31)?.succ(), Some(Date::new(1403, 7, 1)?));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn succ(self) -> Option<Date> {
        if self.day < self.days_in_month() {
            Some(Date {
                day: self.day + 1,
                ..self
            })
        } else {
            self.checked_add_days(1)
        }
    }

    /// The previous day, or `None` before [`Date::MIN`].
    ///
    /// ```
    /// use shamsi::Date;
    /// assert_eq!(Date::new(1403, 7, 1)?.pred(), Some(Date::new(1403, 6, 31)?));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn pred(self) -> Option<Date> {
        if self.day > 1 {
            Some(Date {
                day: self.day - 1,
                ..self
            })
        } else {
            self.checked_sub_days(1)
        }
    }

    /// The signed number of days from `other` to `self` (positive when `self` is later).
    ///
    /// ```
    /// use shamsi::Date;
    /// let nowruz = Date::new(1404, 1, 1)?;
    /// let yalda = Date::new(1403, 9, 30)?;
    /// assert_eq!(nowruz.days_since(yalda), 91);
    /// assert_eq!(yalda.days_since(nowruz), -91);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn days_since(self, other: Date) -> i32 {
        self.to_fixed() - other.to_fixed()
    }

    /// An iterator over the days from `self` on, one day at a time, ending after [`Date::MAX`].
    ///
    /// ```
    /// use shamsi::Date;
    /// let days: Vec<String> = Date::new(1403, 12, 29)?.iter_days().take(3).map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1403-12-29", "1403-12-30", "1404-01-01"]);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn iter_days(self) -> DateIter {
        DateIter { next: Some(self) }
    }
}

/// Iterates over consecutive days; built by [`Date::iter_days`].
///
/// ```
/// use shamsi::Date;
/// assert_eq!(Date::new(1404, 1, 1)?.iter_days().take(31).last(), Some(Date::new(1404, 1, 31)?));
/// # Ok::<(), shamsi::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DateIter {
    next: Option<Date>,
}

impl Iterator for DateIter {
    type Item = Date;

    fn next(&mut self) -> Option<Date> {
        let current = self.next?;
        self.next = current.succ();
        Some(current)
    }
}

impl std::iter::FusedIterator for DateIter {}

/// Whether Solar Hijri `year` has 30 Esfand (366 days).
///
/// # Errors
///
/// [`Error::OutOfRange`] when `year` is not in 1..=3000: outside the range the
/// astronomical calendar is not known, and a guess would be silent garbage.
///
/// # Example
///
/// ```
/// assert!(shamsi::is_leap_year(1403)?);
/// assert!(!shamsi::is_leap_year(1404)?);
/// assert!(shamsi::is_leap_year(1408)?);
/// assert!(!shamsi::is_leap_year(1502)?); // the plain 33-year rule says leap
/// # Ok::<(), shamsi::Error>(())
/// ```
pub fn is_leap_year(year: i32) -> Result<bool, Error> {
    Ok(days_in_year(year)? == 366)
}

/// The number of days (365 or 366) in Solar Hijri `year`.
///
/// # Errors
///
/// [`Error::OutOfRange`] when `year` is not in 1..=3000.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::days_in_year(1403)?, 366);
/// assert_eq!(shamsi::days_in_year(1404)?, 365);
/// # Ok::<(), shamsi::Error>(())
/// ```
pub fn days_in_year(year: i32) -> Result<u16, Error> {
    check_year(year)?;
    Ok(days::year_length(year))
}

/// The error [`Date::new`] reports for a date that does not exist, checked in
/// its order: the year, then the month, then the day. Out of line, off the hot path.
#[cold]
#[inline(never)]
fn invalid_date(year: i32, month: u8, day: u8) -> Error {
    if let Err(e) = check_year(year) {
        return e;
    }
    match Month::new(month) {
        Ok(m) => Error::InvalidDay {
            year,
            month,
            day: i64::from(day),
            max: m.length_unchecked(year),
        },
        Err(e) => e,
    }
}

/// The error for a fixed day outside the range; out of line, off the hot path.
#[cold]
#[inline(never)]
fn out_of_range_fixed(fixed: i32) -> Error {
    crate::calendar::chrono::gregorian_out_of_range_fixed(fixed)
}
