//! Lists: days, months or years joined by «و» or commas («۲۵ و ۲۹ آبان»):
//! one mention per item, or one range when they follow one another («۲۹ و
//! ۳۰ خرداد», «بهمن و اسفند»).

use super::{is_list_separator, DateExpr, Expr, MonthRef, Parsed, Parser, Shape};
use crate::extract::lexicon::{Lex, MonthSet};
use crate::extract::scan::MONTH_BACK_MARGIN;
use crate::extract::token::{Gap, Kind};

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
    /// range («۲۹ و ۳۰ خرداد», «۱۴ یا ۱۵ اردیبهشت»). Their weekdays may come
    /// first («دوشنبه و سه شنبه 17 و 18 آذرماه») or before each day
    /// («دوشنبه 4 و سه شنبه 5 تیرماه»), as schedules in news write them.
    pub(super) fn list(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        let first = self.past_leading_weekdays(i);
        if let Some(k) = self.plain_number_end(first) {
            if !self.is_month_list_separator(k) {
                return None;
            }
        }
        let mut days = Vec::new();
        let mut j = first;
        // Where the item being read starts: its weekday, if it has one.
        let mut item_start = i;
        loop {
            // «بیست و یک و بیست و دو بهمن»: days in cardinal words too (the
            // last one, with its month, by the rules of such days).
            let (day, k) = self.day(j).or_else(|| self.cardinal_day(j))?;
            if !self.is_month_list_separator(k) {
                return None;
            }
            days.push((day, item_start, k));
            item_start = k + 1;
            j = self.weekday_word(k + 1).map_or(k + 1, |(_, after)| after);
            if let Some((mut last, next)) = self.day_month_year(j) {
                if first > i {
                    // The month comes right after the last day.
                    let month = self.day(j).or_else(|| self.cardinal_day(j)).map(|(_, m)| m);
                    if !month.is_some_and(|m| self.leading_weekdays_in_reach(i, m)) {
                        return None;
                    }
                }
                // The last day's own weekday is checked as a single date's is.
                if let Some((weekday, _)) = self.weekday_word(item_start).filter(|_| j > item_start)
                {
                    last.weekday = Some(weekday);
                }
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
                let (start, end) = self.span(item_start, next)?;
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
            // A separator goes on with the list only before a month: «تیر و
            // مرداد، سفر کردیم» ends at «مرداد».
            if self.is_month_list_separator(k) && self.month(k + 1).is_some() {
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

    /// Past the weekdays of the days of a list, written before them: one,
    /// or two joined by «و» or a comma («دوشنبه و سه شنبه 17 و 18 آذرماه»);
    /// `i` itself when there are none, or when `i` does not start them: the
    /// second of two weekdays, or «شنبه» of «سه شنبه». That is told from the
    /// text itself, which any window may have cut off before `i`.
    fn past_leading_weekdays(&self, i: usize) -> usize {
        let Some((_, mut k)) = self.weekday_word(i) else {
            return i;
        };
        let Some(start) = self.at(i).map(|t| t.start) else {
            return i;
        };
        let (and, before) = word_ending_before(self.text, start);
        let number_of_it =
            self.token_is(i, "شنبه") && ["یک", "يك", "دو", "سه", "چهار", "پنج"].contains(&before);
        let second = match before.strip_suffix(['،', ',']) {
            Some(weekday) => is_weekday_end(weekday),
            None => before == "و" && is_weekday_end(word_ending_before(self.text, and).1),
        };
        if number_of_it || second {
            return i;
        }
        if self.is_month_list_separator(k) {
            if let Some((_, after)) = self.weekday_word(k + 1) {
                k = after;
            }
        }
        k
    }

    /// [`Parser::weekday`] written in words («سه شنبه», «جمعه»), asked only
    /// of words: lists are tried at many numbers, which are no such weekday.
    fn weekday_word(&self, i: usize) -> Parsed<chrono::Weekday> {
        match self.at(i)?.kind {
            Kind::Word(Some(Lex::Weekday(_) | Lex::Cardinal(1..=5))) => self.weekday(i),
            _ => None,
        }
    }

    /// Whether the weekdays at `i`, before the days of a list whose month
    /// is at `month`, are in every window that holds the list. The window is
    /// the month's (a month name with its day is always an anchor): it
    /// reaches back [`MONTH_BACK_MARGIN`] bytes. Days glued on may be
    /// anchors of their own that open the window later, and «می», «مه» are
    /// found from their days: no weekdays are read before those.
    fn leading_weekdays_in_reach(&self, i: usize, month: usize) -> bool {
        let (Some(weekdays), Some(month_token)) = (self.at(i), self.at(month)) else {
            return false;
        };
        let spaced = (i + 1..=month).all(|k| self.at(k).is_some_and(|t| t.gap != Gap::Glued));
        let anchor = self
            .month(month)
            .is_some_and(|(m, ..)| !(m.homograph && m.set == MonthSet::Gregorian));
        spaced && anchor && month_token.start - weekdays.start <= MONTH_BACK_MARGIN
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

/// The word of `text` that ends right before byte `at`, past spaces and
/// joiners, and where it starts: empty at the start of a line.
fn word_ending_before(text: &str, at: usize) -> (usize, &str) {
    let head = text.get(..at).unwrap_or_default();
    let head = head.trim_end_matches([' ', '\u{200C}']);
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '\u{200C}')
        .map_or(0, |(at, c)| at + c.len_utf8());
    (start, head.get(start..).unwrap_or_default())
}

/// Whether `word` ends a weekday: every one ends in «شنبه» or is «جمعه».
fn is_weekday_end(word: &str) -> bool {
    word.ends_with("شنبه") || word.ends_with("جمعه")
}
