//! Ranges: two dates, days or years joined by «تا», «الی», «لغایت» or a dash
//! («از ۲۸ اسفند ۱۴۰۳ تا ۵ فروردین ۱۴۰۴», «۱۲-۱۵ مهر», «(1640-1577 میلادی)»).

use super::years::{
    complete_second_year, dashed_years, is_year_of_this_age, one_year_apart, same_digits,
    year_range_shape, years_of_this_age,
};
use super::{DateExpr, DayForm, Parsed, Parser, Shape, YearExpr};
use crate::extract::lexicon::{Lex, MonthSet};
use crate::extract::token::{Gap, Kind};

/// Whether months of the two sets count in one calendar (the Iranian and
/// Afghan names both name Solar Hijri months).
fn same_calendar(a: MonthSet, b: MonthSet) -> bool {
    let solar = |set| matches!(set, MonthSet::Iranian | MonthSet::Afghan);
    a == b || solar(a) && solar(b)
}

/// Two numbers glued by a dash, each as its value and its count of digits
/// (see [`Parser::glued_pair`]).
type GluedPair = ((u32, u8), (u32, u8));

/// «1954-1956», «۱۳۹۸-۹۹», «58-1357»: two numbers glued by a dash as years
/// of four or two digits, in either order (see [`dashed_years`]).
fn glued_years((first, second): GluedPair) -> Option<(YearExpr, YearExpr)> {
    let year = |(value, digits): (u32, u8)| {
        (digits == 4 || digits == 2).then_some(YearExpr::Digits { value, digits })
    };
    dashed_years(year(first)?, year(second)?)
}

/// «984-930», «1134-907» before an era marker: two numbers glued by a dash as
/// years of three or four digits, the earlier first (see [`dashed_years`]).
/// Only an era makes three digits a year, as it does for one year («۶۵۴
/// ه.ق.»).
fn glued_years_with_era((first, second): GluedPair) -> Option<(YearExpr, YearExpr)> {
    let year = |(value, digits): (u32, u8)| {
        (matches!(digits, 3 | 4) && value >= 100).then_some(YearExpr::Digits { value, digits })
    };
    dashed_years(year(first)?, year(second)?)
}

impl Parser<'_> {
    /// `range := day (تا|الی|-) single | single (تا|الی|-) single | «سال» year تا year`.
    ///
    /// `single_at_i` is [`Parser::single`] at `i`, which the caller has read already.
    pub(super) fn range(&self, i: usize, single_at_i: Parsed<DateExpr>) -> Parsed<Shape> {
        // Ranges of bare years and of days start with a number, a day in
        // words or «سال»; anything else can only open a range of two singles.
        match self.at(i)?.kind {
            Kind::Number { .. } => {
                let until_next = self.until(i + 1);
                // A number with no word after it that is not a single date
                // starts a range only with «تا» or a dash right after it.
                if single_at_i.is_none()
                    && until_next.is_none()
                    && self.plain_number_end(i).is_some()
                {
                    return None;
                }
                // «۱۲-۱۵ مهر», «(1640-1577 میلادی)»: two numbers glued by a dash.
                if let Some(pair) = until_next.and_then(|_| self.glued_pair(i)) {
                    if let Some(found) = self.range_of_glued_numbers(i, pair) {
                        return Some(found);
                    }
                }
                // A number glued by a separator to another («۱۲-۱۲», «۱/۲/۳»)
                // is no year or day (both rules turn it away): skip them.
                if !self.in_numeric_run(i) {
                    if let Some(found) = until_next.and_then(|k| {
                        self.range_of_bare_years(i, k)
                            .or_else(|| self.range_of_plain_years(i, k))
                    }) {
                        return Some(found);
                    }
                    if let Some(found) = self.range_of_days(i) {
                        return Some(found);
                    }
                }
            }
            Kind::Word(Some(Lex::Sals)) => return self.year_range(i + 1),
            Kind::Word(Some(Lex::Sal)) => {
                if self.cont_lex(i + 1) == Some(Lex::Plural) {
                    return self.year_range(i + 2);
                }
                if let Some(found) = self.glued_year_range(self.past_year_kind(i + 1)) {
                    return Some(found);
                }
            }
            Kind::Word(Some(Lex::Ordinal(_) | Lex::Cardinal(_) | Lex::Weekday(_))) => {
                if let Some(found) = self.range_of_days(i) {
                    return Some(found);
                }
            }
            Kind::Word(_) | Kind::Punct(_) => {}
        }
        self.range_of_singles(i, single_at_i)
    }

    /// «۶۱۶ تا ۶۵۴ ه.ق.»: two bare years and the era after the second; `k`
    /// is the index after the «تا» or dash that follows the first.
    fn range_of_bare_years(&self, i: usize, k: usize) -> Parsed<Shape> {
        let (first, _) = self.any_year_digits(i)?;
        let ((second, era), next) = self.year_with_era(k)?;
        let (first, second) = self.years_across(k - 1, first, second)?;
        Some((year_range_shape(first, second, Some(era)), next))
    }

    /// «از 1995 تا 2002», «۱۳۸۰ تا ۱۳۸۴»: two years of four digits joined by
    /// «تا» with no «سال» or era, when both are years of this age (1900..2100,
    /// or Solar Hijri 1300..1499), the later second, not both whole hundreds,
    /// and no unit counts the second («1950 تا 2000 نفر» is an amount).
    /// With a dash, which joins codes and scores as often, the narrower test
    /// of [`years_of_this_age`] («دوره 1384 - 1394»).
    fn range_of_plain_years(&self, i: usize, k: usize) -> Parsed<Shape> {
        let (first, _) = self.year_number(i)?;
        let (second, next) = self.year_number(k)?;
        if self.dash_at(k - 1) {
            // «در دوره 1384 - 1394», «فصل 14- 2013»: see `years_of_this_age`.
            let short = !same_digits(first, second);
            let (first, second) = dashed_years(first, second)?;
            return (years_of_this_age(first, second, short) && !self.after_an_identifier(i))
                .then(|| (year_range_shape(first, second, None), next));
        }
        let (
            YearExpr::Digits {
                value: a,
                digits: 4,
            },
            YearExpr::Digits {
                value: b,
                digits: 4,
            },
        ) = (first, second)
        else {
            return None;
        };
        let same_calendar = (a >= 1900) == (b >= 1900);
        // «1300 تا 1400 نمونه»: whole hundreds are amounts more often.
        let round = a % 100 == 0 && b % 100 == 0;
        (is_year_of_this_age(a) && is_year_of_this_age(b) && same_calendar && a < b && !round)
            .then_some((year_range_shape(first, second, None), next))
    }

    /// «۱۲ تا ۱۵ تیر»: the first end is a day that borrows the second's month and year.
    fn range_of_days(&self, i: usize) -> Parsed<Shape> {
        // «شنبه 21 لغایت چهارشنبه 25 آبان»: each end may have its weekday.
        let (first_weekday, i) = match self.weekday(i) {
            Some((weekday, j)) => (Some(weekday), self.skip_comma(j)),
            None => (None, i),
        };
        // A plain number is a day that ends right there: look for the «تا»
        // after it before reading the day.
        if let Some(j) = self.plain_number_end(i) {
            self.until(j)?;
        }
        let (day, j) = self.day(i)?;
        let (end, next) = self.single(self.until(j)?)?;
        let end_day = end.day.filter(|_| end.month.is_some())?;
        // «28- 27 مارس»: with a dash the later day may come first, as with
        // glued days (see `range_of_glued_days`); with «تا» the order is as
        // written. (Not with weekdays: they go with the days as written.)
        let swapped =
            self.dash_at(j) && day > end_day && first_weekday.is_none() && end.weekday.is_none();
        let (first, last) = if swapped {
            (end_day, day)
        } else {
            (day, end_day)
        };
        // «دوازدهم تا ۱ فروردین»: backwards in one month, no range (and the
        // date at its end is still found).
        if first > last {
            return None;
        }
        let start = DateExpr {
            day: Some(first),
            weekday: first_weekday,
            ..end
        };
        let end = DateExpr {
            day: Some(last),
            ..end
        };
        Some((Shape::Range(start, end), next))
    }

    /// The range that two numbers glued by a dash at `i` (see
    /// [`Parser::glued_pair`]) start: days with their month, or years with
    /// their era or after a cue word.
    fn range_of_glued_numbers(&self, i: usize, pair: GluedPair) -> Parsed<Shape> {
        if let Some(found) = self.range_of_glued_days(i, pair) {
            return Some(found);
        }
        // «(1640-1577 میلادی)», and with the era written years of three
        // digits too («(984-930 ه. ق)», «(1134-907 ه. ق)»); «فصل ۷۳-۷۲»,
        // «فصل 2014-2015» (a season).
        let years = glued_years(pair);
        if let Some((era, next)) = self.era(i + 3) {
            if let Some((first, second)) = years.or_else(|| glued_years_with_era(pair)) {
                return Some((year_range_shape(first, second, Some(era)), next));
            }
        }
        let (first, second) = years?;
        if self.after_year_cue(i) && one_year_apart(first, second) {
            let (era, next) = self.optional_era(i + 3);
            return Some((year_range_shape(first, second, era), next));
        }
        // «دوره 1394-1384», «(76-1973)»: no cue, but both of this age.
        let short = pair.0 .1 == 2 || pair.1 .1 == 2;
        let counted = self.counts_something(i + 3, pair.1 .1);
        (!counted && years_of_this_age(first, second, short) && !self.after_an_identifier(i))
            .then(|| (year_range_shape(first, second, None), i + 3))
    }

    /// «۱۲-۱۵ مهر ۱۴۰۳»: two days glued by a dash, then the month (and year)
    /// of both. Digits typed among right-to-left words often come out with
    /// the later day first («۱۱-۹ مهرماه», the 9th to the 11th): the range
    /// runs from the earlier.
    fn range_of_glued_days(&self, i: usize, (first, second): GluedPair) -> Parsed<Shape> {
        let day = |(value, digits): (u32, u8)| {
            (digits <= 2 && (1..=31).contains(&value))
                .then(|| u8::try_from(value).ok())
                .flatten()
        };
        let (first, second) = (day(first)?, day(second)?);
        if first == second {
            return None;
        }
        let (end, next) = self.month_after_day(first.max(second), i + 3, DayForm::Plain, true)?;
        let start = DateExpr {
            day: Some(first.min(second)),
            ..end
        };
        Some((Shape::Range(start, end), next))
    }

    /// «سال 1954-1956», «سال‌های ۱۳۹۸-۹۹ هجری شمسی»: two years glued by a
    /// dash at `i`, and an era after them.
    fn glued_year_range(&self, i: usize) -> Parsed<Shape> {
        let (first, second) = glued_years(self.glued_pair(i)?)?;
        let (era, next) = self.optional_era(i + 3);
        Some((year_range_shape(first, second, era), next))
    }

    /// The two ends of a range of years across the «تا» or dash at `sep`: a
    /// dash may come with the later year first ([`dashed_years`]); with «تا»
    /// the order is as written and only a two-digit second year is completed.
    fn years_across(
        &self,
        sep: usize,
        first: YearExpr,
        second: YearExpr,
    ) -> Option<(YearExpr, YearExpr)> {
        if self.dash_at(sep) {
            dashed_years(first, second)
        } else {
            Some((first, complete_second_year(first, second)))
        }
    }

    /// Whether the token at `j` is a dash (between the ends of a range).
    pub(super) fn dash_at(&self, j: usize) -> bool {
        self.at(j)
            .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '–' | '—')))
    }

    /// The values and digit counts of two numbers glued by a dash at `i`
    /// («۱۲-۱۵», «1954-1956»), when the run of numbers and signs goes on
    /// neither before nor after them («۳-۱۲-۱۵», «۱۲-۱۵/۴» are something else).
    fn glued_pair(&self, i: usize) -> Option<GluedPair> {
        // The dash first: most numbers have none glued after them.
        let glued_dash = self
            .at(i + 1)
            .is_some_and(|t| t.gap == Gap::Glued && matches!(t.kind, Kind::Punct('-' | '–')));
        if !glued_dash {
            return None;
        }
        let number = |k: usize| match self.at(k)?.kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        };
        let glued_sign = |k: usize| {
            self.at(k)
                .is_some_and(|t| t.gap == Gap::Glued && matches!(t.kind, Kind::Punct(_)))
        };
        let (first, second) = (number(i)?, number(i + 2)?);
        if self.at(i + 2)?.gap != Gap::Glued {
            return None;
        }
        let run_before =
            self.at(i)?.gap == Gap::Glued && i >= 2 && glued_sign(i - 1) && number(i - 2).is_some();
        let run_after =
            glued_sign(i + 3) && number(i + 4).is_some() && self.at(i + 4)?.gap == Gap::Glued;
        (!run_before && !run_after).then_some((first, second))
    }

    /// `single (تا|الی|-) single`, the first end read already (or a bare month:
    /// «مهر تا آذر ۱۴۰۳»).
    fn range_of_singles(&self, i: usize, single_at_i: Parsed<DateExpr>) -> Parsed<Shape> {
        let (start, j) = single_at_i.or_else(|| self.bare_month(i))?;
        let k = self.until(j)?;
        // «یکشنبه ۲۵ خرداد تا روز پنج شنبه ۱۹ تیر»: «روز» (the day) before the
        // second end.
        let k = if start.day.is_some() && self.cont_lex(k) == Some(Lex::Rooz) {
            k + 1
        } else {
            k
        };
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
        // «چهارشنبه ۲۳ نوامبر - سوم آذر»: one day in two calendars, no range.
        if let (Some(a), Some(b)) = (start.month, end.month) {
            if !same_calendar(a.set, b.set) {
                return None;
            }
        }
        // Two years with the era written once («از سال ۱۳۰۱ ق تا ۱۳۰۳»,
        // «از ۱۳۰۱ تا ۱۳۰۳ ه.ق.») are both of that era.
        let (start, end) = match (start.month, end.month, start.era, end.era) {
            (None, None, Some(era), None) => (
                start,
                DateExpr {
                    era: Some(era),
                    ..end
                },
            ),
            (None, None, None, Some(era)) => (
                DateExpr {
                    era: Some(era),
                    ..start
                },
                end,
            ),
            _ => (start, end),
        };
        // «سال 1587 - 1524 میلادی»: years with a dash, the later first.
        let (start, end) = match (start.year, end.year) {
            (Some(a), Some(b))
                if start.month.is_none() && end.month.is_none() && self.dash_at(k - 1) =>
            {
                let (a, b) = dashed_years(a, b)?;
                (
                    DateExpr {
                        year: Some(a),
                        ..start
                    },
                    DateExpr {
                        year: Some(b),
                        ..end
                    },
                )
            }
            _ => (start, end),
        };
        same_shape.then_some((Shape::Range(start, end), next))
    }

    /// «سال‌های ۱۳۸۰ تا ۱۳۸۵ \[era\]», «سال‌های 1954-1956»: a range of years.
    fn year_range(&self, i: usize) -> Parsed<Shape> {
        if let Some(found) = self.glued_year_range(i) {
            return Some(found);
        }
        let (first, j) = self.year_number(i).or_else(|| self.any_year_digits(i))?;
        let k = self.until(j)?;
        let (second, era, next) = match self.year_with_era(k) {
            Some(((second, era), next)) => (second, Some(era), next),
            None => {
                let (second, next) = self.year_number(k).or_else(|| self.year_before_sal(k))?;
                let (era, next) = self.optional_era(next);
                (second, era, next)
            }
        };
        if era.is_none() && !matches!(first, YearExpr::Digits { digits: 2 | 4, .. }) {
            return None;
        }
        let (first, second) = self.years_across(j, first, second)?;
        Some((year_range_shape(first, second, era), next))
    }

    /// Any number of one to four digits as a year (its era decides).
    fn any_year_digits(&self, i: usize) -> Parsed<YearExpr> {
        let Kind::Number { value, digits } = self.cont(i)?.kind else {
            return None;
        };
        (digits <= 4 && value > 0 && !self.in_numeric_run(i))
            .then_some((YearExpr::Digits { value, digits }, i + 1))
    }

    /// `(تا|الی|-|–)` between the two ends of a range; returns the index after it.
    pub(super) fn until(&self, j: usize) -> Option<usize> {
        let tok = self.cont(j)?;
        // (`matches!` rather than `Token::is_punct`: the derived `==` on
        // token kinds is not inlined, and this is asked at most tokens.)
        matches!(
            tok.kind,
            Kind::Word(Some(Lex::Until)) | Kind::Punct('-' | '–' | '—')
        )
        .then_some(j + 1)
    }
}
