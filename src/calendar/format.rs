//! strftime-style formatting of a [`Date`], with Persian, Latin or Arabic-Indic
//! digits, and the names of the days of the week.

use std::fmt::{self, Write as _};

use chrono::Weekday;

use crate::{Date, Error};

/// The Persian names of the days of the week, in the order of the Iranian week
/// (Saturday, شنبه, first). Written with ZWNJ (U+200C) where the standard
/// orthography separates the parts: سه‌شنبه, پنج‌شنبه.
pub(crate) const WEEKDAY_NAMES_FA: [(Weekday, &str); 7] = [
    (Weekday::Sat, "شنبه"),
    (Weekday::Sun, "یکشنبه"),
    (Weekday::Mon, "دوشنبه"),
    (Weekday::Tue, "سه\u{200C}شنبه"),
    (Weekday::Wed, "چهارشنبه"),
    (Weekday::Thu, "پنج\u{200C}شنبه"),
    (Weekday::Fri, "جمعه"),
];

/// The Persian name of a day of the week: شنبه (Saturday) … جمعه (Friday).
///
/// سه‌شنبه (Tuesday) and پنج‌شنبه (Thursday) are written with a zero-width
/// non-joiner (U+200C) between their parts, as the standard orthography has it.
///
/// # Example
///
/// ```
/// use chrono::Weekday;
/// use shamsi::weekday_name_fa;
///
/// assert_eq!(weekday_name_fa(Weekday::Sat), "شنبه");
/// assert_eq!(weekday_name_fa(Weekday::Tue), "سه\u{200C}شنبه");
/// assert_eq!(weekday_name_fa(Weekday::Fri), "جمعه");
/// ```
pub fn weekday_name_fa(weekday: Weekday) -> &'static str {
    WEEKDAY_NAMES_FA
        .iter()
        .find(|&&(w, _)| w == weekday)
        .map_or("", |&(_, name)| name)
}

/// The English name of a day of the week, as written by `%a`.
fn weekday_name_en(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The digits that [`DateFormat`] writes numbers with.
///
/// Only the numbers that directives produce are affected; literal text in the
/// pattern is copied as it is.
///
/// # Example
///
/// ```
/// use shamsi::{Date, Digits};
///
/// let d = Date::new(1403, 11, 30)?;
/// assert_eq!(d.format("%Y/%m/%d")?.to_string(), "1403/11/30");
/// assert_eq!(d.format("%Y/%m/%d")?.with_digits(Digits::Persian).to_string(), "۱۴۰۳/۱۱/۳۰");
/// assert_eq!(d.format("%Y/%m/%d")?.with_digits(Digits::ArabicIndic).to_string(), "١٤٠٣/١١/٣٠");
/// # Ok::<(), shamsi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Digits {
    /// ASCII digits `0123456789` (the default).
    #[default]
    Latin,
    /// Persian (Extended Arabic-Indic) digits `۰۱۲۳۴۵۶۷۸۹`, U+06F0..U+06F9, as used in Iran.
    Persian,
    /// Arabic-Indic digits `٠١٢٣٤٥٦٧٨٩`, U+0660..U+0669.
    ArabicIndic,
}

impl Digits {
    /// The digit zero of this script; the others follow it in Unicode.
    fn zero(self) -> char {
        match self {
            Digits::Latin => '0',
            Digits::Persian => '\u{06F0}',
            Digits::ArabicIndic => '\u{0660}',
        }
    }
}

/// A date paired with a strftime-style pattern; it renders through `Display`.
///
/// Built by [`Date::format`], which has already checked the pattern, so displaying
/// it never fails. Numbers are written with [`Digits::Latin`] unless
/// [`DateFormat::with_digits`] chooses other digits. Width, fill and alignment
/// from the format string (`{:>20}`) apply to the whole rendering.
///
/// # Example
///
/// ```
/// use shamsi::{Date, Digits};
///
/// let d = Date::new(1403, 11, 30)?;
/// let persian = d.format("%A %e %B %Y")?.with_digits(Digits::Persian);
/// assert_eq!(persian.to_string(), "سه\u{200C}شنبه ۳۰ بهمن ۱۴۰۳");
/// assert_eq!(format!("[{:>12}]", d.format("%Y/%m/%d")?), "[  1403/11/30]");
/// # Ok::<(), shamsi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateFormat<'a> {
    date: Date,
    pattern: &'a str,
    digits: Digits,
}

impl<'a> DateFormat<'a> {
    /// The same rendering with numbers written in `digits`.
    ///
    /// ```
    /// use shamsi::{Date, Digits};
    /// let d = Date::new(1403, 11, 30)?;
    /// assert_eq!(d.format("%e %B %Y")?.with_digits(Digits::Persian).to_string(), "۳۰ بهمن ۱۴۰۳");
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    #[must_use]
    pub fn with_digits(self, digits: Digits) -> DateFormat<'a> {
        DateFormat { digits, ..self }
    }

    /// The digits numbers are written with.
    ///
    /// ```
    /// use shamsi::{Date, Digits};
    /// assert_eq!(Date::MIN.format("%Y")?.digits(), Digits::Latin);
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn digits(&self) -> Digits {
        self.digits
    }

    /// Writes the rendering, ignoring width and alignment.
    fn render(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        for item in Items::new(self.pattern) {
            match item.map_err(|_| fmt::Error)? {
                Item::Literal(text) => out.write_str(text)?,
                Item::Field(field, pad) => self.field(out, field, pad)?,
            }
        }
        Ok(())
    }

    fn field(&self, out: &mut dyn fmt::Write, field: Field, pad: bool) -> fmt::Result {
        let d = self.date;
        let number = |out: &mut dyn fmt::Write, value: u32, width: usize| {
            let width = if pad { width } else { 0 };
            let mut out = Localize {
                out,
                zero: self.digits.zero(),
            };
            write!(out, "{value:0width$}")
        };
        match field {
            Field::Year => number(out, d.year().unsigned_abs(), 4),
            Field::YearOfCentury => number(out, d.year().unsigned_abs() % 100, 2),
            Field::Month => number(out, u32::from(d.month().number()), 2),
            Field::Day => number(out, u32::from(d.day()), 2),
            Field::DayUnpadded => number(out, u32::from(d.day()), 0),
            Field::DayOfYear => number(out, u32::from(d.day_of_year()), 3),
            Field::MonthName => out.write_str(d.month().name()),
            Field::MonthNameLatin => out.write_str(d.month().name_latin()),
            Field::WeekdayName => out.write_str(weekday_name_fa(d.weekday())),
            Field::WeekdayNameEnglish => out.write_str(weekday_name_en(d.weekday())),
            Field::Iso => {
                number(out, d.year().unsigned_abs(), 4)?;
                out.write_char('-')?;
                number(out, u32::from(d.month().number()), 2)?;
                out.write_char('-')?;
                number(out, u32::from(d.day()), 2)
            }
            Field::Percent => out.write_char('%'),
        }
    }
}

impl fmt::Display for DateFormat<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_some() {
            let mut text = String::new();
            self.render(&mut text)?;
            f.pad(&text)
        } else {
            self.render(f)
        }
    }
}

/// Passes text through, replacing ASCII digits with the digits starting at `zero`.
struct Localize<'o> {
    out: &'o mut dyn fmt::Write,
    zero: char,
}

impl fmt::Write for Localize<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.zero == '0' {
            return self.out.write_str(s);
        }
        for c in s.chars() {
            let c = c
                .to_digit(10)
                .and_then(|d| char::from_u32(u32::from(self.zero) + d))
                .unwrap_or(c);
            self.out.write_char(c)?;
        }
        Ok(())
    }
}

impl Date {
    /// Formats the date with a strftime-style `pattern`.
    ///
    /// Numbers are written with ASCII digits; call [`DateFormat::with_digits`] on
    /// the result for Persian or Arabic-Indic digits. The directives:
    ///
    /// | directive | meaning | 1403-11-30 |
    /// | --- | --- | --- |
    /// | `%Y` | year, zero-padded to 4 digits | `1403` |
    /// | `%y` | year of the century, 2 digits | `03` |
    /// | `%m` | month number, 2 digits | `11` |
    /// | `%d` | day of the month, 2 digits | `30` |
    /// | `%e` | day of the month, no padding | `30` (`5` on the 5th) |
    /// | `%j` | day of the year, 3 digits | `336` |
    /// | `%F` | `%Y-%m-%d` | `1403-11-30` |
    /// | `%B` | month name in Persian | `بهمن` |
    /// | `%b` | month name in Latin transliteration | `Bahman` |
    /// | `%A` | weekday name in Persian | `سه‌شنبه` |
    /// | `%a` | weekday name in English | `Tuesday` |
    /// | `%%` | a literal `%` | `%` |
    ///
    /// A `-` between `%` and a numeric directive (`%-m`, `%-d`, `%-j`, `%-Y`, `%-y`)
    /// drops the zero padding. Everything outside directives is copied as is.
    ///
    /// Note that `%b` and `%a` differ from C's strftime (which abbreviates): there
    /// is no agreed abbreviation of the Solar Hijri month names.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when `pattern` has an unknown directive, a `-` before a
    /// directive that is not a number, or a lone `%` at its end; `position` is the
    /// byte offset of that `%` in `pattern`. The pattern is checked here, once, so
    /// the returned [`DateFormat`] always displays without error: an unknown
    /// directive is never copied through or silently dropped.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Date, Digits, Error};
    ///
    /// let d = Date::new(1403, 11, 30)?;
    /// assert_eq!(d.format("%e %B %Y")?.with_digits(Digits::Persian).to_string(), "۳۰ بهمن ۱۴۰۳");
    /// assert_eq!(
    ///     d.format("%A %e %B %Y")?.with_digits(Digits::Persian).to_string(),
    ///     "سه\u{200C}شنبه ۳۰ بهمن ۱۴۰۳"
    /// );
    /// assert_eq!(d.format("%Y/%m/%d")?.to_string(), "1403/11/30");
    /// assert_eq!(d.format("%e %b %Y")?.to_string(), "30 Bahman 1403");
    /// assert_eq!(Date::new(1404, 1, 5)?.format("%Y/%-m/%-d")?.to_string(), "1404/1/5");
    ///
    /// assert!(matches!(d.format("%Y %Q"), Err(Error::Parse { position: 3, .. })));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn format(self, pattern: &str) -> Result<DateFormat<'_>, Error> {
        if let Some(Err((position, reason))) = Items::new(pattern).find(Result::is_err) {
            return Err(Error::Parse {
                input: pattern.to_owned(),
                position,
                reason,
            });
        }
        Ok(DateFormat {
            date: self,
            pattern,
            digits: Digits::Latin,
        })
    }
}

/// What one directive writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Year,
    YearOfCentury,
    Month,
    Day,
    DayUnpadded,
    DayOfYear,
    Iso,
    MonthName,
    MonthNameLatin,
    WeekdayName,
    WeekdayNameEnglish,
    Percent,
}

impl Field {
    fn from_char(c: char) -> Option<Field> {
        Some(match c {
            'Y' => Field::Year,
            'y' => Field::YearOfCentury,
            'm' => Field::Month,
            'd' => Field::Day,
            'e' => Field::DayUnpadded,
            'j' => Field::DayOfYear,
            'F' => Field::Iso,
            'B' => Field::MonthName,
            'b' => Field::MonthNameLatin,
            'A' => Field::WeekdayName,
            'a' => Field::WeekdayNameEnglish,
            '%' => Field::Percent,
            _ => return None,
        })
    }

    /// Whether the `-` (no padding) flag applies.
    fn is_padded_number(self) -> bool {
        matches!(
            self,
            Field::Year | Field::YearOfCentury | Field::Month | Field::Day | Field::DayOfYear
        )
    }
}

/// A piece of a pattern: text to copy, or a directive (and whether to zero-pad it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item<'p> {
    Literal(&'p str),
    Field(Field, bool),
}

/// Splits a pattern into items; an error carries the byte offset of the bad `%`.
struct Items<'p> {
    pattern: &'p str,
    rest: &'p str,
}

impl<'p> Items<'p> {
    fn new(pattern: &'p str) -> Items<'p> {
        Items {
            pattern,
            rest: pattern,
        }
    }
}

impl<'p> Iterator for Items<'p> {
    type Item = Result<Item<'p>, (usize, &'static str)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let Some(after) = self.rest.strip_prefix('%') else {
            let end = self.rest.find('%').unwrap_or(self.rest.len());
            let (literal, rest) = self.rest.split_at_checked(end)?;
            self.rest = rest;
            return Some(Ok(Item::Literal(literal)));
        };
        let at = self.pattern.len() - self.rest.len();
        let (pad, after) = match after.strip_prefix('-') {
            Some(after) => (false, after),
            None => (true, after),
        };
        let mut chars = after.chars();
        let result = match chars.next() {
            None => Err((at, "incomplete format directive at the end of the pattern")),
            Some(c) => match Field::from_char(c) {
                None => Err((at, "unknown format directive")),
                Some(field) if !pad && !field.is_padded_number() => {
                    Err((at, "the '-' flag applies only to a padded number"))
                }
                Some(field) => Ok(Item::Field(field, pad)),
            },
        };
        // Stop after an error: the rest of the pattern is not read.
        self.rest = if result.is_ok() { chars.as_str() } else { "" };
        Some(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_names_cover_the_week_once() {
        let mut seen: Vec<Weekday> = WEEKDAY_NAMES_FA.iter().map(|&(w, _)| w).collect();
        seen.sort_by_key(|w| w.num_days_from_monday());
        seen.dedup();
        assert_eq!(seen.len(), 7);
        assert_eq!(WEEKDAY_NAMES_FA[0].0, Weekday::Sat);
    }

    #[test]
    fn items_split_literals_and_directives() {
        let items: Vec<_> = Items::new("a%Y-%-m%%").collect();
        assert_eq!(
            items,
            [
                Ok(Item::Literal("a")),
                Ok(Item::Field(Field::Year, true)),
                Ok(Item::Literal("-")),
                Ok(Item::Field(Field::Month, false)),
                Ok(Item::Field(Field::Percent, true)),
            ]
        );
        assert_eq!(
            Items::new("ab%").last(),
            Some(Err((
                2,
                "incomplete format directive at the end of the pattern"
            )))
        );
        assert_eq!(
            Items::new("%-").last(),
            Some(Err((
                0,
                "incomplete format directive at the end of the pattern"
            )))
        );
        assert_eq!(
            Items::new("x%-B").last(),
            Some(Err((1, "the '-' flag applies only to a padded number")))
        );
    }
}
