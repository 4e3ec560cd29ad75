//! `Month`: the twelve months of the Solar Hijri year and their names.

use crate::calendar::days;
use crate::Error;

/// A month of the Solar Hijri year, numbered from 1 (Farvardin) to 12 (Esfand).
///
/// The first six months have 31 days, the next five 30, and Esfand 29 (30 in a
/// leap year). Iranian Persian, Dari and Pashto name the same months differently;
/// all three sets of names and a Latin transliteration are here.
///
/// # Example
///
/// ```
/// use shamsi::Month;
///
/// let m = Month::new(11)?;
/// assert_eq!(m, Month::Bahman);
/// assert_eq!(m.number(), 11);
/// assert_eq!(m.name(), "بهمن");
/// assert_eq!(m.name_latin(), "Bahman");
/// assert_eq!(m.name_dari(), "دلو");
/// assert_eq!(m.name_pashto(), "سلواغه");
/// assert_eq!(Month::Esfand.length(1403)?, 30);
/// assert_eq!(Month::Esfand.length(1404)?, 29);
/// # Ok::<(), shamsi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Month {
    /// فروردین, the 1st month (31 days; begins at the March equinox).
    Farvardin = 1,
    /// اردیبهشت, the 2nd month (31 days).
    Ordibehesht = 2,
    /// خرداد, the 3rd month (31 days).
    Khordad = 3,
    /// تیر, the 4th month (31 days).
    Tir = 4,
    /// مرداد (also امرداد), the 5th month (31 days).
    Mordad = 5,
    /// شهریور, the 6th month (31 days).
    Shahrivar = 6,
    /// مهر, the 7th month (30 days).
    Mehr = 7,
    /// آبان, the 8th month (30 days).
    Aban = 8,
    /// آذر, the 9th month (30 days).
    Azar = 9,
    /// دی, the 10th month (30 days).
    Dey = 10,
    /// بهمن, the 11th month (30 days).
    Bahman = 11,
    /// اسفند, the 12th month (29 days, 30 in a leap year).
    Esfand = 12,
}

/// The months in order; `ALL[n - 1]` is month `n`.
const ALL: [Month; 12] = [
    Month::Farvardin,
    Month::Ordibehesht,
    Month::Khordad,
    Month::Tir,
    Month::Mordad,
    Month::Shahrivar,
    Month::Mehr,
    Month::Aban,
    Month::Azar,
    Month::Dey,
    Month::Bahman,
    Month::Esfand,
];

#[rustfmt::skip]
const NAMES: [&str; 12] = [
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
];
#[rustfmt::skip]
const NAMES_LATIN: [&str; 12] = [
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
    "Bahman", "Esfand",
];
#[rustfmt::skip]
const NAMES_DARI: [&str; 12] = [
    "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
];
#[rustfmt::skip]
const NAMES_PASHTO: [&str; 12] = [
    "وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب",
];

impl Month {
    /// All twelve months, Farvardin first.
    ///
    /// ```
    /// assert_eq!(shamsi::Month::ALL.len(), 12);
    /// assert_eq!(shamsi::Month::ALL[3], shamsi::Month::Tir);
    /// ```
    pub const ALL: [Month; 12] = ALL;

    /// The month with number `number` (1 = Farvardin ..= 12 = Esfand).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidMonth`] when `number` is not in `1..=12`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    /// assert_eq!(Month::new(4)?, Month::Tir);
    /// assert!(Month::new(13).is_err());
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn new(number: u8) -> Result<Month, Error> {
        number
            .checked_sub(1)
            .and_then(|i| ALL.get(usize::from(i)))
            .copied()
            .ok_or(Error::InvalidMonth {
                month: i64::from(number),
            })
    }

    /// The month's number, 1..=12.
    ///
    /// ```
    /// assert_eq!(shamsi::Month::Esfand.number(), 12);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    fn index(self) -> usize {
        usize::from(self.number() - 1)
    }

    /// The number of days in this month of Solar Hijri `year`.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] when `year` is not in 1..=3000 (only Esfand's length
    /// depends on the year, but a year outside the range has no answer).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    /// assert_eq!(Month::Tir.length(1404)?, 31);
    /// assert_eq!(Month::Mehr.length(1404)?, 30);
    /// assert_eq!(Month::Esfand.length(1403)?, 30); // 1403 is a leap year
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn length(self, year: i32) -> Result<u8, Error> {
        check_year(year)?;
        Ok(self.length_unchecked(year))
    }

    /// The length for a year already known to be in range.
    #[inline]
    pub(crate) fn length_unchecked(self, year: i32) -> u8 {
        days::month_length(year, self.number())
    }

    /// The number of days in the year before the first of this month (0 for Farvardin).
    pub(crate) const fn days_before(self) -> u16 {
        let n = self.number() as u16;
        if n <= 7 {
            (n - 1) * 31
        } else {
            186 + (n - 7) * 30
        }
    }

    /// The Iranian Persian name: فروردین … اسفند.
    ///
    /// ```
    /// assert_eq!(shamsi::Month::Ordibehesht.name(), "اردیبهشت");
    /// ```
    pub fn name(self) -> &'static str {
        NAMES.get(self.index()).copied().unwrap_or_default()
    }

    /// The Latin transliteration: Farvardin … Esfand.
    ///
    /// ```
    /// assert_eq!(shamsi::Month::Dey.name_latin(), "Dey");
    /// ```
    pub fn name_latin(self) -> &'static str {
        NAMES_LATIN.get(self.index()).copied().unwrap_or_default()
    }

    /// The Dari name used in Afghanistan (the zodiac names): حمل … حوت.
    ///
    /// ```
    /// assert_eq!(shamsi::Month::Mordad.name_dari(), "اسد");
    /// ```
    pub fn name_dari(self) -> &'static str {
        NAMES_DARI.get(self.index()).copied().unwrap_or_default()
    }

    /// The Pashto name used in Afghanistan: وری … کب.
    ///
    /// ```
    /// assert_eq!(shamsi::Month::Farvardin.name_pashto(), "وری");
    /// ```
    pub fn name_pashto(self) -> &'static str {
        NAMES_PASHTO.get(self.index()).copied().unwrap_or_default()
    }

    /// The Latin name of month number `n`, or `"?"` for a number that is no month
    /// (used by error messages, which must never fail).
    pub(crate) fn name_latin_of(n: u8) -> &'static str {
        Month::new(n).map(Month::name_latin).unwrap_or("?")
    }

    /// The month after this one, wrapping from Esfand to Farvardin.
    ///
    /// ```
    /// use shamsi::Month;
    /// assert_eq!(Month::Esfand.succ(), Month::Farvardin);
    /// ```
    pub fn succ(self) -> Month {
        ALL.get(self.index() + 1)
            .copied()
            .unwrap_or(Month::Farvardin)
    }

    /// The month before this one, wrapping from Farvardin to Esfand.
    ///
    /// ```
    /// use shamsi::Month;
    /// assert_eq!(Month::Farvardin.pred(), Month::Esfand);
    /// ```
    pub fn pred(self) -> Month {
        self.index()
            .checked_sub(1)
            .and_then(|i| ALL.get(i))
            .copied()
            .unwrap_or(Month::Esfand)
    }
}

impl TryFrom<u8> for Month {
    type Error = Error;

    fn try_from(number: u8) -> Result<Month, Error> {
        Month::new(number)
    }
}

impl From<Month> for u8 {
    fn from(month: Month) -> u8 {
        month.number()
    }
}

/// Checks that `year` is in the supported range.
pub(crate) fn check_year(year: i32) -> Result<(), Error> {
    if (days::MIN_YEAR..=days::MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            year: i64::from(year),
            min: days::MIN_YEAR,
            max: days::MAX_YEAR,
        })
    }
}
