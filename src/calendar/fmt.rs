//! Text forms of a date: `Display` (`YYYY-MM-DD`) and `FromStr` (the same, and more
//! liberal about separators and digit scripts). The strftime-style formatter lives in
//! [`super::format`].

use std::fmt;
use std::iter::Peekable;
use std::str::{CharIndices, FromStr};

use crate::{Date, Error};

impl fmt::Display for Date {
    /// `YYYY-MM-DD` with ASCII digits, the year zero-padded to four digits.
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1403, 1, 5)?.to_string(), "1403-01-05");
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month().number(),
            self.day()
        )
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`, the inverse of `Display`, and a little more.
    ///
    /// Accepted:
    /// - a year of 1 to 4 digits, a month and a day of 1 or 2 digits each;
    /// - `-`, `/` or `.` between them, the same separator both times;
    /// - ASCII digits `0-9`, Persian digits `۰-۹` (U+06F0..U+06F9) and Arabic-Indic
    ///   digits `٠-٩` (U+0660..U+0669), even mixed within one number.
    ///
    /// Nothing else: no whitespace, signs, letters, trailing text or 5-digit years.
    ///
    /// # Errors
    ///
    /// - [`Error::Parse`] when the text is not of that shape; `position` is the byte
    ///   offset in the input where the problem starts and `reason` says what was
    ///   expected there.
    /// - [`Error::OutOfRange`], [`Error::InvalidMonth`] or [`Error::InvalidDay`] when
    ///   the text is well formed but names no date (the same errors as [`Date::new`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Date, Error};
    ///
    /// let d = Date::new(1403, 11, 30)?;
    /// assert_eq!("1403-11-30".parse::<Date>()?, d);
    /// assert_eq!("1403/11/30".parse::<Date>()?, d);
    /// assert_eq!("۱۴۰۳.۱۱.۳۰".parse::<Date>()?, d);
    /// assert_eq!("١٤٠٣/١١/٣٠".parse::<Date>()?, d);
    /// assert_eq!("1403-1-5".parse::<Date>()?, Date::new(1403, 1, 5)?);
    ///
    /// let err = "1403-11/30".parse::<Date>().unwrap_err();
    /// assert!(matches!(err, Error::Parse { position: 7, .. }));
    /// assert!(matches!("1404-12-30".parse::<Date>(), Err(Error::InvalidDay { max: 29, .. })));
    /// assert!(matches!("3001-01-01".parse::<Date>(), Err(Error::OutOfRange { year: 3001, .. })));
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    fn from_str(input: &str) -> Result<Date, Error> {
        let (year, month, day) = Parser::new(input).date()?;
        Date::new(year, month, day)
    }
}

/// The value of a decimal digit in any of the three scripts a date may be written in.
fn digit_value(c: char) -> Option<u8> {
    let base = match c {
        '0'..='9' => '0',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(base)).ok()
}

/// A one-pass reader of `YYYY-MM-DD` that knows the byte offset of every problem.
struct Parser<'a> {
    input: &'a str,
    chars: Peekable<CharIndices<'a>>,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser {
            input,
            chars: input.char_indices().peekable(),
        }
    }

    /// The byte offset of the next character (the input's length at the end).
    fn position(&mut self) -> usize {
        self.chars.peek().map_or(self.input.len(), |&(i, _)| i)
    }

    fn error(&mut self, reason: &'static str) -> Error {
        Error::Parse {
            input: self.input.to_owned(),
            position: self.position(),
            reason,
        }
    }

    fn date(mut self) -> Result<(i32, u8, u8), Error> {
        if self.input.is_empty() {
            return Err(self.error("empty input"));
        }
        let year = self.number(4, "year has more than 4 digits")?;
        let separator = match self.chars.peek() {
            Some(&(_, c @ ('-' | '/' | '.'))) => c,
            _ => return Err(self.error("expected '-', '/' or '.'")),
        };
        self.chars.next();
        let month = self.number(2, "month has more than 2 digits")?;
        match self.chars.peek() {
            Some(&(_, c)) if c == separator => {
                self.chars.next();
            }
            _ => {
                return Err(self.error(match separator {
                    '-' => "expected '-', the separator used after the year",
                    '/' => "expected '/', the separator used after the year",
                    _ => "expected '.', the separator used after the year",
                }))
            }
        }
        let day = self.number(2, "day has more than 2 digits")?;
        if self.chars.peek().is_some() {
            return Err(self.error("trailing characters after the date"));
        }
        // At most 4 digits for the year and 2 for month and day, so these fit.
        let month = u8::try_from(month).map_err(|_| self.error("month is too large"))?;
        let day = u8::try_from(day).map_err(|_| self.error("day is too large"))?;
        Ok((i32::from(year), month, day))
    }

    /// Reads 1 to `max_digits` digits; fails on none, or on more.
    fn number(&mut self, max_digits: usize, too_long: &'static str) -> Result<u16, Error> {
        let mut value: u16 = 0;
        let mut count = 0;
        while let Some(d) = self.chars.peek().and_then(|&(_, c)| digit_value(c)) {
            if count == max_digits {
                return Err(self.error(too_long));
            }
            // max_digits <= 4, so value <= 9999 and this cannot overflow.
            value = value.saturating_mul(10).saturating_add(u16::from(d));
            count += 1;
            self.chars.next();
        }
        if count == 0 {
            return Err(self.error("expected a digit"));
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::digit_value;

    #[test]
    fn digit_values_in_three_scripts() {
        for (i, ((a, p), r)) in "0123456789"
            .chars()
            .zip("۰۱۲۳۴۵۶۷۸۹".chars())
            .zip("٠١٢٣٤٥٦٧٨٩".chars())
            .enumerate()
        {
            let i = i as u8;
            assert_eq!(digit_value(a), Some(i));
            assert_eq!(digit_value(p), Some(i));
            assert_eq!(digit_value(r), Some(i));
        }
        for c in [
            'a', '/', '\u{06EF}', '\u{06FA}', '\u{065F}', '\u{066A}', '²', '߀',
        ] {
            assert_eq!(digit_value(c), None, "{c:?}");
        }
    }
}
