//! Reads tokens into date expressions: what was written, not yet what it means.
//!
//! The grammar, over tokens (see [`super::token`]); `[x]` is optional:
//!
//! ```text
//! mention  := range | single | list
//! single   := [weekday [،]] day month [year]      «سه‌شنبه ۳۰ بهمن ۱۴۰۳»
//!           | [weekday [،]] numeric [era]         «۱۴۰۳/۱۱/۳۰»
//!           | month year | month «ماه»            «بهمن ۱۴۰۳», «تیرماه»
//!           | «سال» year [era] | year era         «سال ۱۳۵۷», «۱۳۵۷ ه.ش.»
//! range    := [«از»] day («تا»|«الی»|-) single    «۱۲ تا ۱۵ تیر»
//!           | [«از»] single («تا»|«الی»|-) single «از ۲۸ اسفند ۱۴۰۳ تا ۵ فروردین ۱۴۰۴»
//! list     := day ((،|و) day)* single             «۲۵ و ۲۹ آبان» (one mention per day)
//! day      := 1..31 [«ام»] | ordinal words        «۱۵ ام», «بیست و چهارم», «سی‌ام»
//! month    := month name [«ماه»]
//! year     := [«سال»] (4 or 2 digits | number words) [era] | «امسال» | «سال» («جاری»|«گذشته»|…)
//! ```
//!
//! The grammar never reads across a line break, and a day-and-month right after
//! a place or movement noun («میدان ۱۵ خرداد») is a name, not a date.

use chrono::Weekday;

use super::lexicon::{Lex, MonthSet};
use super::token::{Gap, Kind, Token};

/// A month as written: which set of names, and its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthRef {
    pub(crate) set: MonthSet,
    pub(crate) month: u8,
    /// The name is common in another sense (صفر, مه, میزان) and needs more evidence.
    pub(crate) homograph: bool,
}

/// A year as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearExpr {
    /// Digits: four («۱۴۰۳») or two («۸۸»).
    Digits { value: u32, digits: u8 },
    /// Number words («هزار و سیصد و پنجاه و هشت»).
    Words(u32),
    /// Relative to the reference year: «امسال» (0), «پارسال» (−1), «سال آینده» (+1).
    Relative(i8),
    /// The last (−1) or next (+1) occurrence of the month before or after the
    /// reference, or the current year's (0): «دی ماه گذشته», «مهرماه جاری».
    Direction(i8),
}

/// An era marker after a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Era {
    /// «ه.ش.», «هجری شمسی», «خورشیدی».
    Solar,
    /// «ه.ق.», «هجری قمری», «قمری».
    Lunar,
    /// «میلادی», «م.».
    Christian,
}

/// One date as written: any of its parts may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DateExpr {
    pub(crate) weekday: Option<Weekday>,
    pub(crate) day: Option<u8>,
    pub(crate) month: Option<MonthRef>,
    /// The month as a bare number (numeric dates), calendar decided by the year.
    pub(crate) month_number: Option<u8>,
    pub(crate) year: Option<YearExpr>,
    pub(crate) era: Option<Era>,
}

/// The shape of a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Single(DateExpr),
    Range(DateExpr, DateExpr),
}

/// A mention as written, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Expr {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) shape: Shape,
}

/// Finds every mention in `tokens`, leftmost-longest and non-overlapping, and
/// appends them to `out` in text order.
pub(crate) fn parse(tokens: &[Token], out: &mut Vec<Expr>) {
    let parser = Parser { tokens };
    let mut i = 0;
    while i < tokens.len() {
        match parser.mention_at(i, out) {
            Some(next) => i = next,
            None => i += 1,
        }
    }
}

struct Parser<'t> {
    tokens: &'t [Token],
}

/// Whether a year is written in full (four digits or words), not as «۸۸» or «امسال».
fn is_full_year(year: Option<YearExpr>) -> bool {
    matches!(
        year,
        Some(YearExpr::Digits { digits: 4, .. } | YearExpr::Words(_))
    )
}

/// The second year of «۲۰۰۹–۱۰» or «۱۳۸۵-۸۶» written with two digits takes the
/// century of the first.
fn complete_second_year(first: YearExpr, second: YearExpr) -> YearExpr {
    match (first, second) {
        (
            YearExpr::Digits {
                value: a,
                digits: 4,
            },
            YearExpr::Digits {
                value: b,
                digits: 2,
            },
        ) => {
            let mut value = a / 100 * 100 + b;
            if value < a {
                value += 100;
            }
            YearExpr::Digits { value, digits: 4 }
        }
        _ => second,
    }
}

/// A parse result: the value and the index of the first token after it.
type Parsed<T> = Option<(T, usize)>;

impl Parser<'_> {
    /// Token `j`, if it exists.
    fn at(&self, j: usize) -> Option<&Token> {
        self.tokens.get(j)
    }

    /// Token `j` as the continuation of a mention: it must exist and not start a new line.
    fn cont(&self, j: usize) -> Option<&Token> {
        self.tokens.get(j).filter(|t| t.gap != Gap::Break)
    }

    fn cont_lex(&self, j: usize) -> Option<Lex> {
        self.cont(j).and_then(Token::lex)
    }

    fn span(&self, first: usize, next: usize) -> Option<(usize, usize)> {
        let start = self.at(first)?.start;
        let end = self.at(next.checked_sub(1)?)?.end;
        Some((start, end))
    }

    /// Parses the mention(s) starting at token `i`; returns the index after them.
    fn mention_at(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        let tok = self.at(i)?;
        if tok.lex() == Some(Lex::From) {
            // «از» belongs to the mention only when it opens a range.
            let (shape, next) = self.range(i + 1)?;
            return self.push(i, next, shape, out);
        }
        if let Some((shape, next)) = self.range(i) {
            return self.push(i, next, shape, out);
        }
        if let Some((expr, next)) = self.single(i) {
            if self.names_a_place(i, &expr) {
                return None;
            }
            return self.push(i, next, Shape::Single(expr), out);
        }
        self.list(i, out)
    }

    fn push(&self, first: usize, next: usize, shape: Shape, out: &mut Vec<Expr>) -> Option<usize> {
        let (start, end) = self.span(first, next)?;
        out.push(Expr { start, end, shape });
        Some(next)
    }

    /// A day and month without a year right after «میدان», «بیمارستان», «قیام» … is a name.
    fn names_a_place(&self, first: usize, expr: &DateExpr) -> bool {
        if expr.day.is_none() || expr.year.is_some() || expr.month.is_none() {
            return false;
        }
        let Some(before) = first.checked_sub(1).and_then(|j| self.at(j)) else {
            return false;
        };
        let this_gap = self.at(first).map(|t| t.gap);
        before.lex() == Some(Lex::NameContext) && this_gap != Some(Gap::Break)
    }

    /// `[weekday [،]] day month [year]`, a numeric date, `month year`, `month ماه`, or a year alone.
    fn single(&self, i: usize) -> Parsed<DateExpr> {
        if let Some((weekday, j)) = self.weekday(i) {
            let j = self.skip_comma(j);
            let (mut expr, next) = self.numeric(j).or_else(|| self.day_month_year(j))?;
            expr.weekday = Some(weekday);
            return Some((expr, next));
        }
        self.numeric(i)
            .or_else(|| self.day_month_year(i))
            .or_else(|| self.month_year(i))
            .or_else(|| self.year_alone(i))
    }

    /// `day month [year]`.
    fn day_month_year(&self, i: usize) -> Parsed<DateExpr> {
        let (day, j) = self.day(i)?;
        let (month, _, k) = self.month(j)?;
        let (year, era, next) = match self.year(k) {
            Some(((year, era), next)) => (Some(year), era, next),
            None => (None, None, k),
        };
        let day_in_digits = matches!(self.at(i)?.kind, Kind::Number { .. });
        let enough = match month.set {
            MonthSet::Iranian => true,
            MonthSet::Afghan => day_in_digits || is_full_year(year),
            MonthSet::Gregorian => day_in_digits || year.is_some() || !month.homograph,
            MonthSet::Lunar => !month.homograph || year.is_some() || era == Some(Era::Lunar),
        };
        enough.then_some((
            DateExpr {
                day: Some(day),
                month: Some(month),
                year,
                era,
                ..DateExpr::default()
            },
            next,
        ))
    }

    /// `month year`, or a month with «ماه» or after a cue («اوایل بهمن», «ماه ژانویه»).
    fn month_year(&self, i: usize) -> Parsed<DateExpr> {
        let (month, mah, j) = self.month(i)?;
        let expr = DateExpr {
            month: Some(month),
            ..DateExpr::default()
        };
        if let Some(((year, era), next)) = self.year(j) {
            let enough = match month.set {
                MonthSet::Iranian => true,
                MonthSet::Gregorian => !month.homograph || is_full_year(Some(year)),
                MonthSet::Afghan => is_full_year(Some(year)),
                MonthSet::Lunar => !month.homograph || era == Some(Era::Lunar),
            };
            return enough.then_some((
                DateExpr {
                    year: Some(year),
                    era,
                    ..expr
                },
                next,
            ));
        }
        let cued = self.month_cue_before(i);
        let enough = match month.set {
            MonthSet::Iranian => mah || cued,
            MonthSet::Gregorian | MonthSet::Lunar => cued && !month.homograph,
            MonthSet::Afghan => false,
        };
        enough.then_some((expr, j))
    }

    /// Whether a word before token `i` makes a bare month a month («اوایل», «ماه»).
    fn month_cue_before(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).and_then(|j| self.at(j)) else {
            return false;
        };
        self.cont(i).is_some() && matches!(before.lex(), Some(Lex::MonthCue | Lex::Mah))
    }

    /// A bare month for the first end of a month range («مهر تا آذر ۱۴۰۳»).
    fn bare_month(&self, i: usize) -> Parsed<DateExpr> {
        let (month, _, j) = self.month(i)?;
        (month.set == MonthSet::Iranian || (month.set == MonthSet::Gregorian && !month.homograph))
            .then_some((
                DateExpr {
                    month: Some(month),
                    ..DateExpr::default()
                },
                j,
            ))
    }

    /// `«سال» year [era]` or `year era`.
    fn year_alone(&self, i: usize) -> Parsed<DateExpr> {
        let tok = self.at(i)?;
        let ((year, era), next) = if tok.lex() == Some(Lex::Sal) {
            let (year, j) = self.year_number(i + 1)?;
            let (era, next) = match self.era(j) {
                Some((era, next)) => (Some(era), next),
                None => (None, j),
            };
            ((year, era), next)
        } else {
            let (year, j) = self.year_number(i)?;
            if !is_full_year(Some(year)) {
                return None;
            }
            let cued = i
                .checked_sub(1)
                .and_then(|b| self.at(b))
                .is_some_and(|b| b.lex() == Some(Lex::YearCue))
                && self.cont(i).is_some();
            match self.era(j) {
                Some((era, next)) => ((year, Some(era)), next),
                None if cued => ((year, None), j),
                None => return None,
            }
        };
        Some((
            DateExpr {
                year: Some(year),
                era,
                ..DateExpr::default()
            },
            next,
        ))
    }

    /// `range := day (تا|الی|-) single | single (تا|الی|-) single | «سال» year تا year`.
    fn range(&self, i: usize) -> Parsed<Shape> {
        match self.at(i)?.lex() {
            Some(Lex::Sals) => return self.year_range(i + 1),
            Some(Lex::Sal) if self.cont_lex(i + 1) == Some(Lex::Plural) => {
                return self.year_range(i + 2)
            }
            _ => {}
        }
        // «۱۲ تا ۱۵ تیر»: the first end is a day that borrows the second's month and year.
        if let Some((day, j)) = self.day(i) {
            if let Some(k) = self.until(j) {
                if let Some((end, next)) = self.single(k) {
                    if end.day.is_some() && end.month.is_some() && end.weekday.is_none() {
                        let start = DateExpr {
                            day: Some(day),
                            ..end
                        };
                        return Some((Shape::Range(start, end), next));
                    }
                }
            }
        }
        let (start, j) = self.single(i).or_else(|| self.bare_month(i))?;
        let k = self.until(j)?;
        let (end, next) = match self.single(k) {
            Some(found) => found,
            // «از سال ۱۳۸۰ تا ۱۳۸۵»: the second year without «سال».
            None if start.day.is_none() && start.month.is_none() => {
                let ((year, era), next) = self.year(k)?;
                let year = match start.year {
                    Some(first) => complete_second_year(first, year),
                    None => year,
                };
                (
                    DateExpr {
                        year: Some(year),
                        era,
                        ..DateExpr::default()
                    },
                    next,
                )
            }
            None => return None,
        };
        let same_shape = start.day.is_some() == end.day.is_some()
            && (start.month.is_some() || start.month_number.is_some())
                == (end.month.is_some() || end.month_number.is_some());
        same_shape.then_some((Shape::Range(start, end), next))
    }

    /// «سال‌های ۱۳۸۰ تا ۱۳۸۵ [era]»: a range of years.
    fn year_range(&self, i: usize) -> Parsed<Shape> {
        let (first, j) = self.year_number(i)?;
        let k = self.until(j)?;
        let (second, next) = self.year_number(k)?;
        let second = complete_second_year(first, second);
        let (era, next) = self.optional_era(next);
        let point = |year| DateExpr {
            year: Some(year),
            era,
            ..DateExpr::default()
        };
        Some((Shape::Range(point(first), point(second)), next))
    }

    /// `day ((،|و) day)* single`: each day is its own mention, sharing the month and year.
    fn list(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        let mut days = Vec::new();
        let mut j = i;
        loop {
            let (day, k) = self.day(j)?;
            let sep = self.cont(k)?;
            let is_sep = sep.lex() == Some(Lex::Va) || sep.is_punct('،') || sep.is_punct(',');
            if !is_sep {
                return None;
            }
            days.push((day, j, k));
            j = k + 1;
            if let Some((last, next)) = self.day_month_year(j) {
                if self.names_a_place(i, &last) {
                    return None;
                }
                for (day, first, after) in days {
                    let expr = DateExpr {
                        day: Some(day),
                        weekday: None,
                        ..last
                    };
                    self.push(first, after, Shape::Single(expr), out)?;
                }
                return self.push(j, next, Shape::Single(last), out);
            }
            if days.len() >= 8 {
                return None;
            }
        }
    }

    /// `(تا|الی|-|–)` between the two ends of a range; returns the index after it.
    fn until(&self, j: usize) -> Option<usize> {
        let tok = self.cont(j)?;
        let dash = tok.is_punct('-') || tok.is_punct('–') || tok.is_punct('—');
        (tok.lex() == Some(Lex::Until) || dash).then_some(j + 1)
    }

    fn skip_comma(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t) if t.is_punct('،') || t.is_punct(',') => j + 1,
            _ => j,
        }
    }

    /// A weekday name: «سه‌شنبه», «سهشنبه», «سه شنبه», «يكشنبه», «جمعه».
    fn weekday(&self, i: usize) -> Parsed<Weekday> {
        match self.at(i)?.lex()? {
            Lex::Weekday(w) => Some((w, i + 1)),
            Lex::Cardinal(n @ 1..=5)
                if self.cont_lex(i + 1) == Some(Lex::Weekday(Weekday::Sat)) =>
            {
                let w = match n {
                    1 => Weekday::Sun,
                    2 => Weekday::Mon,
                    3 => Weekday::Tue,
                    4 => Weekday::Wed,
                    _ => Weekday::Thu,
                };
                Some((w, i + 2))
            }
            _ => None,
        }
    }

    /// A day of the month: 1..=31 in digits (perhaps with «ام»), or in ordinal words.
    fn day(&self, i: usize) -> Parsed<u8> {
        let tok = self.at(i)?;
        match tok.kind {
            Kind::Number { value, digits } => {
                if digits > 2 || !(1..=31).contains(&value) || self.in_numeric_run(i) {
                    return None;
                }
                let next = match self.cont(i + 1) {
                    Some(t) if t.lex() == Some(Lex::Am) => i + 2,
                    Some(t) if t.gap == Gap::Glued && t.lex() == Some(Lex::EraLetter('م')) => {
                        i + 2
                    }
                    _ => i + 1,
                };
                Some((value as u8, next))
            }
            Kind::Word(Some(Lex::Ordinal(_) | Lex::Cardinal(_))) if self.counts_periods(i) => None,
            Kind::Word(Some(Lex::Ordinal(n))) => Some((n, i + 1)),
            Kind::Word(Some(Lex::Cardinal(tens @ (20 | 30)))) => {
                let next = self.cont(i + 1)?;
                let (unit, after) = match next.lex()? {
                    Lex::Va => match self.cont_lex(i + 2)? {
                        Lex::Ordinal(u @ 1..=9) => (u, i + 3),
                        _ => return None,
                    },
                    Lex::VaOrdinal(u) if next.gap != Gap::Space => (u, i + 2),
                    Lex::Am if tens == 30 => (0, i + 2),
                    _ => return None,
                };
                let day = tens as u8 + unit;
                (day <= 31).then_some((day, after))
            }
            _ => None,
        }
    }

    /// Whether an ordinal at `i` follows «هفته», «دهه» …, and so counts those, not days.
    fn counts_periods(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|b| self.at(b))
            .is_some_and(|b| b.lex() == Some(Lex::Period))
            && self.cont(i).is_some()
    }

    /// Whether the number at `i` is glued to a neighbouring number by a separator
    /// («۱۷/۲۰», «۲.۵», «1403/5/3/2»): then it is part of something else.
    fn in_numeric_run(&self, i: usize) -> bool {
        let is_sep = |t: &Token| {
            matches!(
                t.kind,
                Kind::Punct('/' | '.' | ',' | '-' | '٫' | '٬' | ':' | '\\' | '_')
            )
        };
        let is_num = |t: &Token| matches!(t.kind, Kind::Number { .. });
        let left = i >= 2
            && self.at(i).is_some_and(|t| t.gap == Gap::Glued)
            && self
                .at(i - 1)
                .is_some_and(|t| is_sep(t) && t.gap == Gap::Glued)
            && self.at(i - 2).is_some_and(is_num);
        let right = self
            .at(i + 1)
            .is_some_and(|t| is_sep(t) && t.gap == Gap::Glued)
            && self
                .at(i + 2)
                .is_some_and(|t| is_num(t) && t.gap == Gap::Glued);
        left || right
    }

    /// A month name, perhaps followed by «ماه»; returns whether «ماه» was there.
    fn month(&self, i: usize) -> Option<(MonthRef, bool, usize)> {
        let tok = self.cont(i)?;
        let (month_ref, with_mah, mut j) = match tok.lex()? {
            Lex::Month {
                set,
                month,
                with_mah,
                homograph,
            } => {
                // «می» with a ZWNJ after it is the verb prefix («می‌شود»), not May.
                let verb = homograph
                    && set == MonthSet::Gregorian
                    && self.at(i + 1).is_some_and(|t| t.gap == Gap::Joiner);
                if verb {
                    return None;
                }
                (
                    MonthRef {
                        set,
                        month,
                        homograph,
                    },
                    with_mah,
                    i + 1,
                )
            }
            Lex::LunarHead(head) => {
                let Some(Lex::LunarTail(tail)) = self.cont_lex(i + 1) else {
                    return None;
                };
                let month = MonthRef {
                    set: MonthSet::Lunar,
                    month: head + tail,
                    homograph: false,
                };
                (month, false, i + 2)
            }
            _ => return None,
        };
        if month_ref.set == MonthSet::Lunar && self.cont_lex(j) == Some(Lex::LunarHonorific) {
            j += 1;
        }
        if !with_mah && self.cont_lex(j) == Some(Lex::Mah) {
            return Some((month_ref, true, j + 1));
        }
        Some((month_ref, with_mah, j))
    }

    /// The year part after a month: `[«سال»] number [era]`, «امسال», «سال جاری» ….
    fn year(&self, i: usize) -> Parsed<(YearExpr, Option<Era>)> {
        let tok = self.cont(i)?;
        match tok.lex() {
            Some(Lex::RelativeYear(shift)) => {
                return Some(((YearExpr::Relative(shift), None), i + 1))
            }
            Some(Lex::YearShift(shift)) => {
                return Some(((YearExpr::Direction(shift), None), i + 1))
            }
            Some(Lex::Sal) => {
                if let Some(Lex::YearShift(shift) | Lex::WeakShift(shift)) = self.cont_lex(i + 1) {
                    return Some(((YearExpr::Relative(shift), None), i + 2));
                }
                let (year, j) = self.year_number(i + 1)?;
                let (era, next) = self.optional_era(j);
                return Some(((year, era), next));
            }
            _ => {}
        }
        let (year, j) = self.year_number(i)?;
        let (era, next) = self.optional_era(j);
        Some(((year, era), next))
    }

    fn optional_era(&self, j: usize) -> (Option<Era>, usize) {
        match self.era(j) {
            Some((era, next)) => (Some(era), next),
            None => (None, j),
        }
    }

    /// A year written as four or two digits, or in words.
    fn year_number(&self, i: usize) -> Parsed<YearExpr> {
        let tok = self.cont(i)?;
        match tok.kind {
            Kind::Number { value, digits } => {
                if !(digits == 4 || digits == 2)
                    || self.in_numeric_run(i)
                    || self.counts_something(i + 1)
                {
                    return None;
                }
                Some((YearExpr::Digits { value, digits }, i + 1))
            }
            Kind::Word(Some(Lex::Cardinal(_))) => {
                let (value, next) = self.number_words(i)?;
                (1000..=3000)
                    .contains(&value)
                    .then_some((YearExpr::Words(value), next))
            }
            _ => None,
        }
    }

    /// Whether the token at `j` is a counted unit, making the number before it a count.
    fn counts_something(&self, j: usize) -> bool {
        matches!(
            self.cont_lex(j),
            Some(Lex::Unit | Lex::Sal | Lex::Mah | Lex::Cardinal(1000))
        )
    }

    /// A number in words: «هزار و سیصد و پنجاه و هشت».
    fn number_words(&self, i: usize) -> Parsed<u32> {
        let mut total: u32 = 0;
        let mut group: u32 = 0;
        let mut j = i;
        let mut first = true;
        loop {
            let tok = self.cont(j)?;
            let n = match tok.lex() {
                Some(Lex::Cardinal(n)) if first => n,
                Some(Lex::VaCardinal(n)) if !first && tok.gap != Gap::Space => n,
                _ => break,
            };
            if n == 1000 {
                total += group.max(1) * 1000;
                group = 0;
            } else {
                group += u32::from(n);
            }
            first = false;
            j += 1;
            // «و» then the next cardinal.
            match self.cont(j).and_then(Token::lex) {
                Some(Lex::Va) if matches!(self.cont_lex(j + 1), Some(Lex::Cardinal(_))) => {
                    j += 1;
                    first = true;
                }
                Some(Lex::VaCardinal(_)) => {}
                _ => break,
            }
            if j > i + 16 {
                break;
            }
        }
        (!first || j > i).then_some((total + group, j))
    }

    /// An era marker: «ه.ش.», «ه ش», «هجری شمسی», «هجری خورشیدی», «خورشیدی», «ه.ق.», «میلادی», «م.».
    fn era(&self, i: usize) -> Parsed<Era> {
        let tok = self.cont(i)?;
        match tok.lex()? {
            Lex::Hejri => match self.cont_lex(i + 1) {
                Some(Lex::Solar) => Some((Era::Solar, i + 2)),
                Some(Lex::Lunar) => Some((Era::Lunar, i + 2)),
                _ => Some((Era::Solar, i + 1)),
            },
            Lex::Solar => Some((Era::Solar, i + 1)),
            Lex::Lunar => Some((Era::Lunar, i + 1)),
            Lex::Miladi => Some((Era::Christian, i + 1)),
            Lex::EraLetter('ه') => {
                let j = self.skip_dot(i + 1);
                let era = match self.cont_lex(j)? {
                    Lex::EraLetter('ش') => Era::Solar,
                    Lex::EraLetter('ق') => Era::Lunar,
                    _ => return None,
                };
                Some((era, self.skip_dot(j + 1)))
            }
            Lex::EraLetter('م') => {
                let j = self.skip_dot(i + 1);
                (j > i + 1).then_some((Era::Christian, j))
            }
            _ => None,
        }
    }

    fn skip_dot(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t) if t.gap == Gap::Glued && t.is_punct('.') => j + 1,
            _ => j,
        }
    }

    /// `Y/M/D` or `D/M/Y` with `/`, `-` or `.` (two-digit years only with `/`).
    fn numeric(&self, i: usize) -> Parsed<DateExpr> {
        let a = self.number(i)?;
        let sep = self.cont(i + 1)?;
        let Kind::Punct(s) = sep.kind else {
            return None;
        };
        if !matches!(s, '/' | '-' | '.') {
            return None;
        }
        let b = self.number(i + 2)?;
        let sep2 = self.cont(i + 3)?;
        if !sep2.is_punct(s) {
            return None;
        }
        let c = self.number(i + 4)?;
        // Spaces are allowed only around «/» («۱۴۰۳ / ۱۱ / ۳۰»), and must match.
        let gaps = [sep.gap, self.at(i + 2)?.gap, sep2.gap, self.at(i + 4)?.gap];
        let glued = gaps.iter().all(|g| *g == Gap::Glued);
        let spaced = gaps.iter().all(|g| matches!(g, Gap::Glued | Gap::Space));
        if !(glued || (spaced && s == '/')) {
            return None;
        }
        // Not part of a longer run («1403/5/3/2», «2/1403/5/3»).
        let longer_right = self.at(i + 5).is_some_and(|t| {
            t.gap == Gap::Glued
                && matches!(t.kind, Kind::Punct('/' | '-' | '.'))
                && self
                    .at(i + 6)
                    .is_some_and(|n| n.gap == Gap::Glued && matches!(n.kind, Kind::Number { .. }))
        });
        let longer_left = i >= 1
            && self.at(i).is_some_and(|t| t.gap == Gap::Glued)
            && self
                .at(i - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('/' | '-' | '.')));
        if longer_right || longer_left {
            return None;
        }
        let (year, month, day) = match (a, c) {
            ((y, 4), (d, 1..=2)) => ((y, 4), b, d),
            ((d, 1..=2), (y, 4)) => ((y, 4), b, d),
            ((y, 2), (d, 1..=2)) if s == '/' && (y > 31 || d <= 31) => ((y, 2), b, d),
            ((d, 1..=2), (y, 2)) if s == '/' => ((y, 2), b, d),
            _ => return None,
        };
        if b.1 > 2 || !(1..=12).contains(&month.0) || !(1..=31).contains(&day) {
            return None;
        }
        let (era, next) = self.optional_era(i + 5);
        Some((
            DateExpr {
                day: Some(day as u8),
                month_number: Some(month.0 as u8),
                year: Some(YearExpr::Digits {
                    value: year.0,
                    digits: year.1,
                }),
                era,
                ..DateExpr::default()
            },
            next,
        ))
    }

    /// A number token's value and digit count.
    fn number(&self, i: usize) -> Option<(u32, u8)> {
        match self.cont(i)?.kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }
}
