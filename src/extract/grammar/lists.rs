//! Lists: days, months or years joined by «و» or commas («۲۵ و ۲۹ آبان»):
//! one mention per item, or one range when they follow one another («۲۹ و
//! ۳۰ خرداد», «بهمن و اسفند»).

use super::{is_list_separator, DateExpr, Expr, MonthRef, Parser, Shape};
use crate::extract::lexicon::{Lex, MonthSet};
use crate::extract::token::Kind;

/// Whether each of `values` is `next` of the one before it: days, months or
/// years that follow one another in a list, which read as one range («۲۹ و ۳۰
/// خرداد», «بهمن و اسفند», «سال‌های ۲۰۰۴ و ۲۰۰۵»).
pub(super) fn one_after_another<T: Copy + PartialEq>(
    values: impl Iterator<Item = T> + Clone,
    next: impl Fn(T) -> T,
) -> bool {
    values
        .clone()
        .zip(values.skip(1))
        .all(|(a, b)| next(a) == b)
}

impl Parser<'_> {
    /// `day ((،|و|یا) day)* single`: each day is its own mention, sharing the
    /// month and year («۲۵ و ۲۹ آبان»), or days that follow one another one
    /// range («۲۹ و ۳۰ خرداد», «۱۴ یا ۱۵ اردیبهشت»).
    pub(super) fn list(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        if let Some(k) = self.plain_number_end(i) {
            if !self.is_month_list_separator(k) {
                return None;
            }
        }
        let mut days = Vec::new();
        let mut j = i;
        loop {
            // «بیست و یک و بیست و دو بهمن»: days in cardinal words too (the
            // last one, with its month, by the rules of such days).
            let (day, k) = self.day(j).or_else(|| self.cardinal_day(j))?;
            if !self.is_month_list_separator(k) {
                return None;
            }
            days.push((day, j, k));
            j = k + 1;
            if let Some((last, next)) = self.day_month_year(j) {
                if self.names_a_place(i, &last) {
                    return None;
                }
                // «۲۹ و ۳۰ خرداد», «۲۰، ۲۱ و ۲۲ مهر»: days that follow one
                // another are the days from the first to the last, one range
                // (as the annotated samples read them; «۲۵ و ۲۹ آبان» is two).
                // Or the other way round, typed right to left: «25و24شهریور».
                let listed = days.iter().map(|d| d.0).chain(last.day);
                let up = last.day.is_some() && one_after_another(listed.clone(), |d| d + 1);
                let down =
                    !up && last.day.is_some() && one_after_another(listed, |d| d.wrapping_sub(1));
                if up || down {
                    let other = DateExpr {
                        day: days.first().map(|d| d.0),
                        weekday: None,
                        ..last
                    };
                    let (first, last) = if up { (other, last) } else { (last, other) };
                    return self.push(i, next, Shape::Range(first, last), out);
                }
                let (list_start, _) = self.span(i, j)?;
                let (_, extent_end) = self.span(j, next)?;
                let earlier = days.into_iter().map(|(day, first, after)| {
                    let expr = DateExpr {
                        day: Some(day),
                        weekday: None,
                        ..last
                    };
                    (expr, first, after)
                });
                self.push_earlier_items(earlier, extent_end, out)?;
                // The last day is read with the list, whose anchor may be
                // an earlier day's («25و29شهریور»: the month, glued, is none).
                let (start, end) = self.span(j, next)?;
                out.push(Expr {
                    start,
                    end,
                    extent_start: list_start,
                    extent_end: end,
                    shape: Shape::Single(last),
                });
                return Some(next);
            }
            if days.len() >= 8 {
                return None;
            }
        }
    }

    /// «در فروردین و تیر سال جاری», «شهریور یا آذر ماه آینده», «آذر، دی و
    /// اسفند ۱۴۰۳»: months of one calendar joined by «و», «یا» or commas, the
    /// last of them a date of its own. Each earlier month is a mention too,
    /// in the year of the last (as «۲۵» in «۲۵ و ۲۹ آبان» takes its month);
    /// months that follow one another («فروردین و اردیبهشت») are one range.
    /// A month with a day is no part of such a list.
    pub(super) fn list_of_months(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        // Most months are no list: a separator must come within the month's
        // own tokens («تیر», «ماه», an honorific).
        let month_word = matches!(
            self.at(i)?.kind,
            Kind::Word(Some(Lex::Month { .. } | Lex::LunarHead(_)))
        );
        if !month_word || !(i + 1..=i + 3).any(|k| self.is_month_list_separator(k)) {
            return None;
        }
        // A homograph outside the Iranian months («می», «صفر», «رجب», the
        // Afghan names) is no month here: its partner in the list may well be
        // another word of the same kind. But after a lunar cue the list is
        // one of lunar months («ایام محرم و صفر», «ماه‌های رجب و شعبان»).
        let (first, _, k) = self.month(i)?;
        let lunar_cued = first.set == MonthSet::Lunar && self.lunar_cued(i);
        let listed =
            |month: MonthRef| !month.homograph || month.set == MonthSet::Iranian || lunar_cued;
        if !listed(first) || !self.is_month_list_separator(k) {
            return None;
        }
        let mut months = vec![(first, i, k)];
        let mut j = k + 1;
        loop {
            let (month, _, k) = self.month(j)?;
            if month.set != first.set || !listed(month) {
                return None;
            }
            if self.is_month_list_separator(k) {
                if months.len() >= 12 {
                    return None;
                }
                months.push((month, j, k));
                j = k + 1;
                continue;
            }
            // The last is a date of its own, or a bare month when the first
            // one is a mention by itself: its cue covers the list («در
            // ماه‌های تیر و مرداد», «اوایل مهر و آبان»).
            let (last, next) = self
                .single(j)
                .or_else(|| {
                    self.month_year(i)
                        .and_then(|_| self.month_year_cued(j, true))
                })
                // A lunar month after a cued one needs no cue of its own.
                .or_else(|| {
                    let month = DateExpr {
                        month: Some(month),
                        ..DateExpr::default()
                    };
                    lunar_cued.then_some((month, k))
                })?;
            if last.day.is_some() || last.month != Some(month) {
                return None;
            }
            // «بهمن و اسفند امسال», «ماه‌های مه و ژوئن», «اسفند، فروردین و
            // اردیبهشت»: months that follow one another are the months from
            // the first to the last, one range, as days are (see `list`). The
            // first takes its year from the last, the year before across
            // Nowruz (or January).
            let numbers = months.iter().map(|m| m.0.month).chain([month.month]);
            if one_after_another(numbers, |m| m % 12 + 1) {
                let start = DateExpr {
                    month: Some(first),
                    year: None,
                    ..last
                };
                return self.push(i, next, Shape::Range(start, last), out);
            }
            let (_, extent_end) = self.span(j, next)?;
            let earlier = months.into_iter().map(|(month, first, after)| {
                let expr = DateExpr {
                    month: Some(month),
                    ..last
                };
                (expr, first, after)
            });
            self.push_earlier_items(earlier, extent_end, out)?;
            return self.push(j, next, Shape::Single(last), out);
        }
    }

    /// Pushes the items of a list before its last, each a date with the
    /// tokens `first..after` it is written in; they borrow from the last item,
    /// so the words they were read from reach to `extent_end`.
    fn push_earlier_items(
        &self,
        items: impl Iterator<Item = (DateExpr, usize, usize)>,
        extent_end: usize,
        out: &mut Vec<Expr>,
    ) -> Option<()> {
        for (expr, first, after) in items {
            let (start, end) = self.span(first, after)?;
            out.push(Expr {
                start,
                end,
                extent_start: start,
                extent_end,
                shape: Shape::Single(expr),
            });
        }
        Some(())
    }

    /// Whether token `k` joins the months of a list: «و», «یا» or a comma.
    /// (Days are joined so too: see [`Self::list`].)
    pub(super) fn is_month_list_separator(&self, k: usize) -> bool {
        self.cont(k).is_some_and(|t| {
            is_list_separator(t)
                || (t.kind == Kind::Word(None)
                    && t.end - t.start == "یا".len()
                    && self.token_is(k, "یا"))
        })
    }

    /// Where a day starting at `i` would end, when that shows without reading
    /// it: right after a number with no known word («ام», «م») after it. A
    /// cheap look at what must follow the day, before reading the day.
    pub(super) fn plain_number_end(&self, i: usize) -> Option<usize> {
        let number = matches!(self.at(i)?.kind, Kind::Number { .. });
        let word_after = matches!(self.at(i + 1).map(|t| t.kind), Some(Kind::Word(Some(_))));
        (number && !word_after).then_some(i + 1)
    }

    pub(super) fn skip_comma(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t) if matches!(t.kind, Kind::Punct('،' | ',')) => j + 1,
            _ => j,
        }
    }
}
