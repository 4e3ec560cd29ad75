//! `Mention`: one date found in the text, with its span and resolved values.

use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;

use crate::Date;

/// The calendar a mention is written in.
///
/// ```
/// use shamsi::Calendar;
/// let m = shamsi::extract("۳۰ بهمن ۱۴۰۳").next().unwrap();
/// assert_eq!(m.calendar(), Calendar::SolarHijri);
/// assert_eq!(Calendar::SolarHijri.as_str(), "solar_hijri");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Calendar {
    /// The Solar Hijri calendar (Iranian or Afghan month names, or a Solar Hijri year).
    SolarHijri,
    /// The Gregorian calendar (a 19xx / 20xx year, Gregorian month names, «میلادی»).
    Gregorian,
    /// The lunar Hijri calendar (محرم, رمضان …, «ه.ق.»).
    HijriLunar,
}

impl Calendar {
    /// The name used in the example's JSON: `solar_hijri`, `gregorian`, `hijri_lunar`.
    ///
    /// ```
    /// assert_eq!(shamsi::Calendar::Gregorian.as_str(), "gregorian");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::SolarHijri => "solar_hijri",
            Calendar::Gregorian => "gregorian",
            Calendar::HijriLunar => "hijri_lunar",
        }
    }
}

/// How precise a mention is.
///
/// ```
/// use shamsi::Granularity;
/// let m = shamsi::extract("بهمن ۱۴۰۳").next().unwrap();
/// assert_eq!(m.granularity(), Granularity::Month);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Granularity {
    /// One day («۳۰ بهمن ۱۴۰۳»).
    Day,
    /// A Saturday-to-Friday week («هفته گذشته»).
    Week,
    /// A whole month («بهمن ۱۴۰۳», «تیرماه»).
    Month,
    /// A whole year («سال ۱۳۵۷»).
    Year,
}

impl Granularity {
    /// `day`, `month` or `year`.
    ///
    /// ```
    /// assert_eq!(shamsi::Granularity::Year.as_str(), "year");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
        }
    }
}

/// Where a mention's year came from.
///
/// ```
/// use shamsi::YearSource;
/// let m = shamsi::extract("۹ دی ۸۸").next().unwrap();
/// assert_eq!(m.year_source(), YearSource::Explicit);
/// let m = shamsi::extract("۱۲ تیرماه").next().unwrap();
/// assert_eq!(m.year_source(), YearSource::None); // no reference date given
///
/// // A gloss in brackets, the same day in the other calendar, shares the year
/// // written beside it: 31 August 1786 was 9 Shahrivar 1165.
/// let found: Vec<_> = shamsi::extract("۳۱ آگوست ۱۷۸۶ (۹ شهریور)").collect();
/// assert_eq!(found[1].value().unwrap().to_string(), "1165-06-09");
/// assert_eq!(found[1].year_source(), YearSource::Explicit);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YearSource {
    /// Written in the mention (four digits, two digits or words), or beside
    /// it: at the other end of its range, or in the date it glosses in
    /// brackets in another calendar («۳۱ آگوست ۱۷۸۶ (۹ شهریور)»), which it
    /// then falls nearest to.
    Explicit,
    /// Not written as a number; taken from the extractor's reference date
    /// (also for «امسال», «سال گذشته» and the like).
    Reference,
    /// Not written and no reference date: the value is partial.
    None,
}

impl YearSource {
    /// `explicit`, `reference` or `none`.
    ///
    /// ```
    /// assert_eq!(shamsi::YearSource::Reference.as_str(), "reference");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            YearSource::Explicit => "explicit",
            YearSource::Reference => "reference",
            YearSource::None => "none",
        }
    }
}

/// A day, month or year in the calendar a mention is written in; the year is
/// `None` when it is not written and there is no reference date.
///
/// Displays as `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` without a year.
///
/// ```
/// use shamsi::Point;
/// assert_eq!(Point::Day { year: Some(1403), month: 11, day: 30 }.to_string(), "1403-11-30");
/// assert_eq!(Point::Month { year: None, month: 4 }.to_string(), "--04");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    /// A day.
    Day {
        /// The year, if known.
        year: Option<i32>,
        /// The month, 1..=12.
        month: u8,
        /// The day of the month.
        day: u8,
    },
    /// A whole month.
    Month {
        /// The year, if known.
        year: Option<i32>,
        /// The month, 1..=12.
        month: u8,
    },
    /// A whole year.
    Year {
        /// The year.
        year: i32,
    },
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Point::Day {
                year: Some(y),
                month,
                day,
            } => write!(f, "{y:04}-{month:02}-{day:02}"),
            Point::Day {
                year: None,
                month,
                day,
            } => write!(f, "--{month:02}-{day:02}"),
            Point::Month {
                year: Some(y),
                month,
            } => write!(f, "{y:04}-{month:02}"),
            Point::Month { year: None, month } => write!(f, "--{month:02}"),
            Point::Year { year } => write!(f, "{year:04}"),
        }
    }
}

/// The value of a mention in the calendar it is written in: one point or a range.
///
/// Displays as in the example's JSON: a point, or `START..END` for a range.
///
/// ```
/// use shamsi::{Extractor, Value};
/// use chrono::NaiveDate;
///
/// let ex = Extractor::builder()
///     .reference(NaiveDate::from_ymd_opt(2025, 7, 12).unwrap())
///     .build();
/// let m = ex.find_iter("امتحانات از ۱۲ تا ۱۵ تیر برگزار می‌شود.").next().unwrap();
/// assert!(matches!(m.value(), Some(Value::Range(..))));
/// assert_eq!(m.value().unwrap().to_string(), "1404-04-12..1404-04-15");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    /// One day, month or year.
    Single(Point),
    /// From the first point to the second, both included.
    Range(Point, Point),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Single(p) => p.fmt(f),
            Value::Range(a, b) => write!(f, "{a}..{b}"),
        }
    }
}

/// One date mention found in a text: where it is and what it means.
///
/// Offsets are bytes into the text given to [`Extractor::find_iter`](crate::Extractor::find_iter),
/// always on char boundaries. `Copy`, like `regex::Match`.
///
/// # Example
///
/// ```
/// use shamsi::{Date, Extractor, Granularity};
/// use chrono::NaiveDate;
///
/// let text = "نشست بعدی روز سه‌شنبه ۳۰ بهمن ۱۴۰۳ برگزار شد.";
/// let m = shamsi::extract(text).next().unwrap();
/// assert_eq!(m.as_str(), "سه‌شنبه ۳۰ بهمن ۱۴۰۳");
/// assert_eq!(&text[m.range()], m.as_str());
/// assert_eq!(m.granularity(), Granularity::Day);
/// assert_eq!(m.jalali(), Some((Date::new(1403, 11, 30)?, Date::new(1403, 11, 30)?)));
/// let g = NaiveDate::from_ymd_opt(2025, 2, 18).unwrap();
/// assert_eq!(m.gregorian(), Some((g, g)));
/// assert!(!m.weekday_mismatch());
/// # Ok::<(), shamsi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention<'h> {
    pub(crate) haystack: &'h str,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) calendar: Calendar,
    pub(crate) granularity: Granularity,
    pub(crate) year_source: YearSource,
    pub(crate) range: bool,
    pub(crate) relative: bool,
    pub(crate) value: Option<Value>,
    pub(crate) jalali: Option<(Date, Date)>,
    pub(crate) weekday_mismatch: bool,
}

impl<'h> Mention<'h> {
    /// The byte offset where the mention starts.
    ///
    /// ```
    /// let m = shamsi::extract("در ۹ دی ۸۸").next().unwrap();
    /// assert_eq!(m.start(), "در ".len());
    /// ```
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// The byte offset just past the mention.
    ///
    /// ```
    /// let text = "در ۹ دی ۸۸";
    /// let m = shamsi::extract(text).next().unwrap();
    /// assert_eq!(m.end(), text.len());
    /// ```
    #[inline]
    pub fn end(&self) -> usize {
        self.end
    }

    /// `start()..end()`.
    ///
    /// ```
    /// let text = "در ۹ دی ۸۸ راهپیمایی شد";
    /// let m = shamsi::extract(text).next().unwrap();
    /// assert_eq!(&text[m.range()], "۹ دی ۸۸");
    /// ```
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text of the mention, borrowed from the haystack.
    ///
    /// ```
    /// let m = shamsi::extract("قرارداد در ۳۰/۱۱/۱۴۰۳ امضا شد.").next().unwrap();
    /// assert_eq!(m.as_str(), "۳۰/۱۱/۱۴۰۳");
    /// ```
    #[inline]
    pub fn as_str(&self) -> &'h str {
        self.haystack.get(self.start..self.end).unwrap_or_default()
    }

    /// The calendar the mention is written in.
    ///
    /// ```
    /// let m = shamsi::extract("۱۴۰۳/۱۱/۳۰").next().unwrap();
    /// assert_eq!(m.calendar(), shamsi::Calendar::SolarHijri);
    /// ```
    #[inline]
    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// Whether the mention names a day, a month or a year.
    ///
    /// ```
    /// let m = shamsi::extract("سال ۱۳۵۷").next().unwrap();
    /// assert_eq!(m.granularity(), shamsi::Granularity::Year);
    /// ```
    #[inline]
    pub fn granularity(&self) -> Granularity {
        self.granularity
    }

    /// Whether the mention is a range («۱۲ تا ۱۵ تیر», and two counts of a
    /// relative date, «سه، چهار سال پیش»). A week («هفته گذشته») is one
    /// mention, not a range, though its value shows its Saturday..Friday days.
    ///
    /// ```
    /// let m = shamsi::extract("۱۲ تا ۱۵ تیر ۱۴۰۴").next().unwrap();
    /// assert!(m.is_range());
    /// ```
    #[inline]
    pub fn is_range(&self) -> bool {
        self.range
    }

    /// Whether the mention is relative to the reference date («دیروز», «هفته
    /// گذشته», «سه روز پیش»), as is a named day whose year is not written
    /// («نوروز», «شب یلدا», «نوروز امسال»; not «نوروز ۱۴۰۴»). Without a
    /// reference date its value is `None`.
    ///
    /// ```
    /// let m = shamsi::extract("دیروز باران بارید.").next().unwrap();
    /// assert!(m.is_relative());
    /// assert_eq!(m.value(), None);
    ///
    /// let m = shamsi::extract("نوروز ۱۴۰۴ شلوغ بود.").next().unwrap();
    /// assert!(!m.is_relative());
    /// assert_eq!(m.value().unwrap().to_string(), "1404-01-01");
    /// ```
    #[inline]
    pub fn is_relative(&self) -> bool {
        self.relative
    }

    /// Where the year came from: written, the reference date, or nowhere.
    ///
    /// ```
    /// let m = shamsi::extract("۱۲ تیرماه").next().unwrap();
    /// assert_eq!(m.year_source(), shamsi::YearSource::None);
    /// ```
    #[inline]
    pub fn year_source(&self) -> YearSource {
        self.year_source
    }

    /// The value in the calendar the mention is written in (partial when the
    /// year is unknown), or `None` when the mention could not be resolved.
    ///
    /// ```
    /// let m = shamsi::extract("۱۲ تیرماه").next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "--04-12");
    /// ```
    #[inline]
    pub fn value(&self) -> Option<Value> {
        self.value
    }

    /// The first and last Solar Hijri day the mention covers (a month covers
    /// its first to last day), or `None` when the year is unknown.
    ///
    /// ```
    /// use shamsi::Date;
    /// let m = shamsi::extract("بهمن ۱۴۰۳").next().unwrap();
    /// assert_eq!(m.jalali(), Some((Date::new(1403, 11, 1)?, Date::new(1403, 11, 30)?)));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[inline]
    pub fn jalali(&self) -> Option<(Date, Date)> {
        self.jalali
    }

    /// The first and last Gregorian day the mention covers, or `None` when the year is unknown.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let m = shamsi::extract("بهمن ۱۴۰۳").next().unwrap();
    /// let (first, last) = m.gregorian().unwrap();
    /// assert_eq!(first, NaiveDate::from_ymd_opt(2025, 1, 20).unwrap());
    /// assert_eq!(last, NaiveDate::from_ymd_opt(2025, 2, 18).unwrap());
    /// ```
    #[inline]
    pub fn gregorian(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.jalali.map(|(a, b)| Date::gregorian_span(a, b))
    }

    /// Whether a written weekday disagrees with the date («شنبه ۳۰ بهمن ۱۴۰۳»:
    /// that day was a Tuesday). The mention is still reported, with the date as written.
    ///
    /// ```
    /// let m = shamsi::extract("شنبه ۳۰ بهمن ۱۴۰۳").next().unwrap();
    /// assert!(m.weekday_mismatch());
    /// ```
    #[inline]
    pub fn weekday_mismatch(&self) -> bool {
        self.weekday_mismatch
    }

    /// Whether the Solar Hijri and Gregorian days ([`Self::jalali`],
    /// [`Self::gregorian`]) are approximate. Those of a lunar Hijri date come
    /// from the arithmetical (tabular) Islamic calendar, while Iran's lunar
    /// months begin at the sighting of the new moon, a day or two apart at
    /// times. The value as written ([`Self::value`]) is exact. `false` for
    /// the other calendars, and when there are no such days.
    ///
    /// ```
    /// let m = shamsi::extract("عاشورا ۱۰ محرم ۱۴۴۶ ه.ق. بود.").next().unwrap();
    /// assert!(m.is_approximate());
    /// assert_eq!(m.value().unwrap().to_string(), "1446-01-10");
    /// // The tabular day; Iran observed Ashura on 2024-07-16.
    /// let (day, _) = m.gregorian().unwrap();
    /// assert_eq!(day.to_string(), "2024-07-17");
    ///
    /// let m = shamsi::extract("۳۰ بهمن ۱۴۰۳").next().unwrap();
    /// assert!(!m.is_approximate());
    /// ```
    #[inline]
    pub fn is_approximate(&self) -> bool {
        self.calendar == Calendar::HijriLunar && self.jalali.is_some()
    }
}
