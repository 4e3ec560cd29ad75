//! One date: a day, a month and a year in the orders Persian writes them
//! («۳۰ بهمن ۱۴۰۳», «بهمن ۱۴۰۳», «دهمین روز از ماه محرم», Pashto's month
//! first), and the words around a month name that make it a date rather
//! than an arrow, a seal or a name.

use chrono::Weekday;

use super::{DateExpr, DayForm, Era, Expr, MonthRef, Parsed, Parser, Shape, YearExpr};
use crate::extract::lexicon::{Lex, MonthSet};
use crate::extract::scan::PLACE_REACH;
use crate::extract::token::{Gap, Kind, Token};

/// Whether a year is written in full (four digits or words), not as «۸۸» or «امسال».
pub(super) fn is_full_year(year: Option<YearExpr>) -> bool {
    matches!(
        year,
        Some(YearExpr::Digits { digits: 4, .. } | YearExpr::Words(_))
    )
}

/// Whether `year` is one an Afghan month name is written with: four digits
/// or words, 1200..=1499 (Afghanistan's Solar Hijri years of the last two
/// centuries). A larger number after «میزان» is an amount («به میزان 3700
/// هکتار»).
fn is_afghan_year(year: Option<YearExpr>) -> bool {
    match year {
        Some(YearExpr::Digits { value, digits: 4 }) | Some(YearExpr::Words(value)) => {
            (1200..1500).contains(&value)
        }
        _ => false,
    }
}

impl Parser<'_> {
    /// «هفته دوم آذرماه», «هفته آخر اسفند», «دومین هفته آبان», «هفته دوم و
    /// سوم شهریور»: a week of a month, named before it. The mention holds the
    /// week's words and has the month's value: the annotated sets read it so
    /// (the week is named, its days are not), where «اوایل», «پایان» … stay
    /// out of the span.
    #[inline(never)]
    pub(super) fn week_of_month(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        const ORDINALS_BEFORE: [&str; 6] =
            ["اولین", "دومین", "سومین", "چهارمین", "آخرین", "نخستین"];
        let counted = matches!(self.cont_lex(i + 1), Some(Lex::Ordinal(1..=5)))
            || ["نخست", "آخر", "پایانی"]
                .iter()
                .any(|word| self.token_is(i + 1, word));
        let ordinal_before = i.checked_sub(1).filter(|&b| {
            self.at(i).is_some_and(|t| t.gap == Gap::Space)
                && ORDINALS_BEFORE.iter().any(|word| self.token_is(b, word))
                && out
                    .last()
                    .map_or(true, |last| self.at(b).is_some_and(|t| last.end <= t.start))
        });
        // «هفته دوم و سوم شهریور»: two weeks, and still the month's value.
        let second_week = self.cont_lex(i + 2) == Some(Lex::Va)
            && matches!(self.cont_lex(i + 3), Some(Lex::Ordinal(1..=5)));
        let (first, month_at) = match (counted, ordinal_before) {
            (true, _) if second_week => (i, i + 4),
            (true, _) => (i, i + 2),
            (false, Some(b)) => (b, i + 1),
            (false, None) => return None,
        };
        // «هفته اول ماه اکتبر»: «ماه» before a Gregorian or lunar month.
        let foreign_month = |k: usize| {
            matches!(
                self.cont_lex(k),
                Some(Lex::Month {
                    set: MonthSet::Gregorian | MonthSet::Lunar,
                    ..
                })
            )
        };
        let month_at = if self.cont_lex(month_at) == Some(Lex::Mah) && foreign_month(month_at + 1) {
            month_at + 1
        } else {
            month_at
        };
        let (expr, next) = self.month_year_cued(month_at, true)?;
        self.push(first, next, Shape::Single(expr), out)
    }

    /// A day and month without a year right after «میدان», «بیمارستان», «سینمای» … is a name;
    /// after «شهدای» (the martyrs of), only when a place noun comes before it.
    pub(super) fn names_a_place(&self, first: usize, expr: &DateExpr) -> bool {
        if expr.day.is_none() || expr.year.is_some() || expr.month.is_none() {
            return false;
        }
        let Some(b) = first.checked_sub(1) else {
            return false;
        };
        let Some(before) = self.at(b) else {
            return false;
        };
        let this_gap = self.at(first).map(|t| t.gap);
        // «شهدای ۱۹ دی» (the martyrs of 19 Dey) names the day's events; «سالن
        // شهدای هفتم تیر» is a hall.
        let martyrs_alone = self.token_is(b, "شهدای")
            && !b
                .checked_sub(1)
                .is_some_and(|p| self.cont_lex(p) == Some(Lex::NameContext));
        let named = before.lex() == Some(Lex::NameContext) && !martyrs_alone
            || (expr.weekday.is_none() && self.place_with_adjectives_before(b, first));
        named && this_gap != Some(Gap::Break)
    }

    /// Whether token `b` ends a place noun and one or two adjectives in «ی»:
    /// «مجتمع آموزشی ۲۲ بهمن», «مجتمع فرهنگی هنری ۲۹ بهمن», «استخر بین
    /// المللی ۹دی» («بین» of «بین‌المللی» written apart). (A weekday before
    /// the day makes it a date: «انجمن علمی پنجشنبه ۲۶ دی».) The place noun
    /// counts within [`PLACE_REACH`] bytes before the day at `first`, which
    /// every window holding the date reaches.
    fn place_with_adjectives_before(&self, b: usize, first: usize) -> bool {
        let adjective = |k: usize| {
            self.at(k).is_some_and(|t| {
                t.gap != Gap::Break
                    && t.kind == Kind::Word(None)
                    && self.text.get(t.start..t.end).is_some_and(|w| {
                        w.ends_with('ی') || w.ends_with('ي') || self.token_is(k, "بین")
                    })
            })
        };
        let day_start = self.at(first).map_or(0, |t| t.start);
        let is_place = |k: Option<usize>| {
            k.is_some_and(|k| {
                self.cont_lex(k) == Some(Lex::NameContext)
                    && self
                        .at(k)
                        .is_some_and(|t| day_start.saturating_sub(t.start) <= PLACE_REACH)
            })
        };
        adjective(b)
            && !self.token_is(b, "بین")
            && (is_place(b.checked_sub(1))
                || (b.checked_sub(1).is_some_and(adjective) && is_place(b.checked_sub(2))))
    }

    /// `[weekday [،]] day month [year]`, a numeric date, `month year`, `month ماه`, or a year alone.
    pub(super) fn single(&self, i: usize) -> Parsed<DateExpr> {
        if let Some(found) = self.single_memo.get(i) {
            return found;
        }
        let found = self.single_uncached(i);
        self.single_memo.set(i, found);
        found
    }

    /// `ordinal-ین روز [از] [ماه] month [year]`: «نخستین روز فروردین ۸۴»,
    /// «دهمین روز از ماه محرم», «اولین روز مهر» (the `day`th day of the
    /// month). Without «روز» and the month these ordinals count other
    /// things («دهمین سالگرد»).
    fn day_of_month_in_words(&self, i: usize) -> Parsed<DateExpr> {
        let (day, j) = self.ordinal_in(i)?;
        if self.cont_lex(j) != Some(Lex::Rooz) {
            return None;
        }
        let mut j = j + 1;
        if self.cont_lex(j) == Some(Lex::From) {
            j += 1;
        }
        // «ماه مبارک رمضان» is left to `month_after_day`, which reads it.
        if self.cont_lex(j) == Some(Lex::Mah) && !self.token_is(j + 1, "مبارک") {
            j += 1;
        }
        self.month_after_day(day, j, DayForm::Plain, false)
    }

    /// An ordinal in «ـین» at `i`, and the token after it: «دهمین», or a
    /// compound «بیست و ششمین», «سی و یکمین».
    fn ordinal_in(&self, i: usize) -> Parsed<u8> {
        match self.cont_lex(i)? {
            Lex::OrdinalIn(n) => Some((n, i + 1)),
            Lex::Cardinal(tens @ (20 | 30)) if self.cont_lex(i + 1) == Some(Lex::Va) => {
                let Lex::OrdinalIn(unit @ 1..=9) = self.cont_lex(i + 2)? else {
                    return None;
                };
                let day = u8::try_from(tens).ok()? + unit;
                (day <= 31).then_some((day, i + 3))
            }
            _ => None,
        }
    }

    /// `weekday [،] date`: «سه‌شنبه ۳۰ بهمن ۱۴۰۳», «شنبه، ۱۴۰۳/۰۴/۱۲».
    fn weekday_then_date(&self, i: usize) -> Parsed<DateExpr> {
        let (weekday, j) = self.weekday(i)?;
        let j = self.skip_comma(j);
        let (mut expr, next) = self.numeric(j).or_else(|| self.day_month_year(j))?;
        expr.weekday = Some(weekday);
        Some((expr, next))
    }

    fn single_uncached(&self, i: usize) -> Parsed<DateExpr> {
        // Each alternative starts with its own kinds of token: try only those
        // that can start with this one, in the grammar's order. A number is
        // never a month, nor a weekday but before «شنبه», and a month starts
        // only `month year`.
        match self.at(i)?.kind {
            Kind::Number { .. } => {
                // A day in digits is followed by its month, or by «ام» or «م»,
                // and a year alone by its era, unless a cue word comes before
                // it («مصوب ۱۳۸۰»): all known words, never a mark or a number.
                let word_after =
                    matches!(self.at(i + 1).map(|t| t.kind), Some(Kind::Word(Some(_))));
                match self.cont_lex(i + 1) {
                    Some(Lex::PashtoYear) => return self.pashto_year_first(i),
                    // «4 شنبه ۳۱ خرداد»: a weekday, its count in a digit.
                    Some(Lex::Weekday(Weekday::Sat)) => {
                        if let Some(found) = self.weekday_then_date(i) {
                            return Some(found);
                        }
                    }
                    _ => {}
                }
                return self
                    .numeric(i)
                    .or_else(|| word_after.then(|| self.day_month_year(i)).flatten())
                    .or_else(|| {
                        (word_after || self.after_year_cue(i) || self.before_plain_year(i))
                            .then(|| self.year_alone(i))
                            .flatten()
                    });
            }
            Kind::Word(Some(Lex::Month { .. } | Lex::LunarHead(_))) => return self.month_year(i),
            Kind::Word(Some(Lex::OrdinalIn(_))) => return self.day_of_month_in_words(i),
            Kind::Word(Some(Lex::Weekday(_) | Lex::Cardinal(_) | Lex::Ordinal(_) | Lex::Sal)) => {}
            Kind::Word(_) | Kind::Punct(_) => return None,
        }
        if let Some(found) = self.weekday_then_date(i) {
            return Some(found);
        }
        self.numeric(i)
            .or_else(|| self.day_month_year(i))
            .or_else(|| self.month_year(i))
            .or_else(|| self.year_alone(i))
            // «بیست و ششمین روز از خرداد»
            .or_else(|| self.day_of_month_in_words(i))
    }

    /// Pashto's full date, the year first: «۱۴۰۰ کال د زمري په ۲۴مه» (of the
    /// year 1400, of Zmarai, on the 24th; the «د» before the year is left out
    /// of the mention, as «در» is).
    fn pashto_year_first(&self, i: usize) -> Parsed<DateExpr> {
        let Kind::Number { value, digits: 4 } = self.cont(i)?.kind else {
            return None;
        };
        let of = i + 2;
        if !self.token_is(of, "د") {
            return None;
        }
        let (month, _, j) = self.month(of + 1)?;
        if month.set != MonthSet::Afghan {
            return None;
        }
        let (day, next) = self.pashto_day(j)?;
        Some((
            DateExpr {
                day: Some(day),
                month: Some(month),
                year: Some(YearExpr::Digits { value, digits: 4 }),
                ..DateExpr::default()
            },
            next,
        ))
    }

    /// `day month [year]`.
    pub(super) fn day_month_year(&self, i: usize) -> Parsed<DateExpr> {
        // A day in cardinal words («هفده شهریور», «بیست و دو بهمن», «یازده
        // سپتامبر») is common in speech and in the names of events, but «دو
        // تیر» is also two arrows: with تیر, مهر or دی it needs «ماه» or a
        // year after the month, and with a Gregorian month that is a word too.
        let (day, j, form) = match self.day(i) {
            Some((day, j)) => (day, j, DayForm::Plain),
            None => {
                let (day, j) = self.cardinal_day(i)?;
                (day, j, DayForm::Cardinal)
            }
        };
        let day_in_digits = matches!(self.at(i)?.kind, Kind::Number { .. });
        // «روزهای اول خرداد»: the first days of the month, not its 1st (the
        // month alone is read after the ordinal, as after «اوایل»).
        if !day_in_digits && self.after_days_plural(i) {
            return None;
        }
        let (expr, next) = self.month_after_day(day, j, form, day_in_digits)?;
        let afghan_alone =
            expr.year.is_none() && expr.month.is_some_and(|m| m.set == MonthSet::Afghan);
        if afghan_alone && !self.afghan_day_alone_is_date(i, next) {
            return None;
        }
        Some((expr, next))
    }

    /// Whether «روزهای» (the days of) comes right before token `i`, as one
    /// word or as «روز» and «های».
    fn after_days_plural(&self, i: usize) -> bool {
        self.word_before_is(i, &["روزهای"])
            || (self.word_before_is(i, &["های"])
                && i.checked_sub(1)
                    .is_some_and(|h| self.word_before_is(h, &["روز"])))
    }

    /// Whether an Afghan month name with a day before it (at `i`) and no year
    /// (the tokens after it start at `next`) is a date: those names are
    /// common words («۲۰ عقرب را دزدیدند», twenty scorpions; «جدول شماره 2
    /// میزان رشد», table 2, the rate of growth; «-2 حمل و نقل», item 2,
    /// transport). Not after a noun that numbers things or a list's dash,
    /// before «را» (the object of a verb), nor in «حمل و نقل».
    fn afghan_day_alone_is_date(&self, i: usize, next: usize) -> bool {
        const NUMBERING: [&str; 6] = ["شماره", "جدول", "ردیف", "بند", "ماده", "صفحه"];
        let list_dash = i.checked_sub(1).and_then(|b| self.at(b)).is_some_and(|b| {
            matches!(b.kind, Kind::Punct('-' | '–'))
                && self.at(i).is_some_and(|t| t.gap == Gap::Glued)
        });
        let transport = self.cont_lex(next) == Some(Lex::Va) && self.token_is(next + 1, "نقل");
        !(self.word_before_is(i, &NUMBERING) || list_dash || transport || self.token_is(next, "را"))
    }

    /// The month and year after a day read up to `j`, when they make a date
    /// with it: `month [year]`.
    pub(super) fn month_after_day(
        &self,
        day: u8,
        j: usize,
        form: DayForm,
        day_in_digits: bool,
    ) -> Parsed<DateExpr> {
        // «۲۱ ماه مه ۲۰۰۴», «۱۵ ماه رمضان ۱۴۰۴»: «ماه» between the day and a
        // Gregorian or lunar month. (Not an Iranian one: «۲ ماه تیر و مرداد»
        // is two months.)
        // «بیست و پنجم ماه مبارک رمضان», «دهم ماه قمری ذی‌الحجه»: «مبارک»
        // (blessed) or «قمری» (lunar) after «ماه», before a lunar month only.
        let (month, mah, k, mah_before) = match self.month(j) {
            Some((month, mah, k)) => (month, mah, k, false),
            // «۲۳ ماه جاری», «بیستم همین ماه»: the month of the reference
            // date (see `MonthRef::OF_REFERENCE`), in its year.
            None if form == DayForm::Plain && self.names_current_month(j).is_some() => {
                let date = DateExpr {
                    day: Some(day),
                    month: Some(MonthRef::OF_REFERENCE),
                    year: Some(YearExpr::Direction(0)),
                    ..DateExpr::default()
                };
                return Some((date, self.names_current_month(j)?));
            }
            None if self.cont_lex(j) == Some(Lex::Mah) => {
                let blessed = usize::from(
                    self.token_is(j + 1, "مبارک") || self.cont_lex(j + 1) == Some(Lex::Lunar),
                );
                let (month, mah, k) = self.month(j + 1 + blessed)?;
                let admitted = match month.set {
                    MonthSet::Iranian => false,
                    MonthSet::Lunar => true,
                    _ => blessed == 0,
                };
                if !admitted {
                    return None;
                }
                (month, mah, k, true)
            }
            None => return None,
        };
        let (year, era, next) = match self.year(k) {
            Some(((year, era), next)) => (Some(year), era, next),
            None => match self.early_lunar_year(month, k, false) {
                Some((year, next)) => (Some(year), None, next),
                None => (None, None, k),
            },
        };
        let enough = match month.set {
            // Not «روز دو تیر» (two arrows that day): تیر, مهر and دی are
            // words too, and need «ماه» or a year.
            MonthSet::Iranian if form != DayForm::Plain => {
                !matches!(month.month, 4 | 7 | 10) || mah || year.is_some()
            }
            // Nor «یک اوت» (an out, in football), as «مه» and «می» are words too.
            MonthSet::Gregorian if form != DayForm::Plain => {
                !(month.homograph || month.month == 8) || year.is_some()
            }
            _ if form != DayForm::Plain => false,
            MonthSet::Iranian => true,
            MonthSet::Afghan => day_in_digits || is_afghan_year(year),
            MonthSet::Gregorian => {
                !month.homograph || year.is_some() || (day_in_digits && !self.day_counts_time(j))
            }
            // «۲۱ رمضان», «هفدهم رجب», «۱۰ محرم»: after a day in digits or
            // an ordinal, the names and «محرم» (confidential) are dates.
            // Not «۲ صفر» (a score, two zeros) without a year or a marker.
            MonthSet::Lunar => {
                !month.homograph
                    || month.month != 2
                    || year.is_some()
                    || era == Some(Era::Lunar)
                    || mah_before
            }
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

    /// Where the words at `j` that name the current month end: «ماه جاری»
    /// (the running month) or «همین ماه» (this very month), after a day.
    /// («این ماه» after a day is rare, and «ماه آینده» or «ماه گذشته» after
    /// a number counts months: «۲۳ ماه گذشته», the last 23 months.)
    /// Not before an era («اول ماه جاری میلادی» is the 1st of the current
    /// Gregorian month: that is left to «ماه جاری میلادی», a relative month).
    fn names_current_month(&self, j: usize) -> Option<usize> {
        let named = (self.cont_lex(j) == Some(Lex::Mah)
            && self.cont_lex(j + 1) == Some(Lex::YearShift(0)))
            || (self.cont_lex(j) == Some(Lex::Hamin) && self.cont_lex(j + 1) == Some(Lex::Mah));
        (named && self.era(j + 2).is_none()).then_some(j + 2)
    }

    /// «۱ ذی‌القعده ۱۷۳», «آخر ذي الحجه 212», «ربیع‌الاول سال ۲۰۱»: after a
    /// lunar month (`month`), a number of three digits at `k` (after «سال»
    /// when `with_sal`) is a year of the first Islamic centuries as history
    /// writes them (Solar years are never written so, and only an era makes
    /// three digits a year elsewhere). The year and the token after it.
    fn early_lunar_year(&self, month: MonthRef, k: usize, with_sal: bool) -> Parsed<YearExpr> {
        if month.set != MonthSet::Lunar {
            return None;
        }
        let k = if self.cont_lex(k) == Some(Lex::Sal) {
            k + 1
        } else if with_sal {
            return None;
        } else {
            k
        };
        let Kind::Number { value, digits: 3 } = self.cont(k)?.kind else {
            return None;
        };
        let counted = self.in_numeric_run(k) || self.counts_something(k + 1, 3);
        (value >= 100 && !counted).then_some((YearExpr::Digits { value, digits: 3 }, k + 1))
    }

    /// Whether the day in digits before the month at `j` counts hours,
    /// minutes or a channel instead («ساعت ۸ می خوابم», «شبکه ۳ می توانید»):
    /// then a homograph «می» after it is the verb prefix with its joiner lost,
    /// not May.
    fn day_counts_time(&self, j: usize) -> bool {
        j.checked_sub(2).is_some_and(|b| {
            ["ساعت", "دقیقه", "شبکه"]
                .iter()
                .any(|w| self.token_is(b, w))
        })
    }

    /// `month year`, or a month with «ماه» or after a cue («اوایل بهمن», «ماه ژانویه»).
    pub(super) fn month_year(&self, i: usize) -> Parsed<DateExpr> {
        self.month_year_cued(i, false)
    }

    /// [`Self::month_year`], the month cued (as by «اوایل») when `cued` is true.
    pub(super) fn month_year_cued(&self, i: usize, cued: bool) -> Parsed<DateExpr> {
        let (month, mah, j) = self.month(i)?;
        let expr = DateExpr {
            month: Some(month),
            ..DateExpr::default()
        };
        // Pashto writes the day after the month: «د زمري (په) ۲۴مه».
        if month.set == MonthSet::Afghan {
            if let Some((day, next)) = self.pashto_day(j) {
                return Some((
                    DateExpr {
                        day: Some(day),
                        ..expr
                    },
                    next,
                ));
            }
        }
        if let Some(((year, era), next)) = self.year(j) {
            let enough = match month.set {
                MonthSet::Iranian => true,
                MonthSet::Gregorian => {
                    !month.homograph || is_full_year(Some(year)) || self.mah_may(i)
                }
                MonthSet::Afghan => is_afghan_year(Some(year)),
                // «محرم امسال», «رمضان پارسال»: no name or zero takes a
                // relative year («صفر» still does not count).
                MonthSet::Lunar => {
                    !month.homograph
                        || era == Some(Era::Lunar)
                        || (month.month != 2 && matches!(year, YearExpr::Relative(_)))
                }
            };
            // «ماه رمضان ۹۸», «ماه رمضان ۱۴۰۳»: the year after a lunar month
            // without its era is as often the Solar Hijri year it falls in;
            // the month alone is still one.
            if !enough && month.set == MonthSet::Lunar && self.lunar_cued(i) {
                return Some((expr, j));
            }
            return enough.then_some((
                DateExpr {
                    year: Some(year),
                    era,
                    ..expr
                },
                next,
            ));
        }
        // «ربیع‌الاول سال ۲۰۱», «ماه محرم سال ۲۰۱»: with «سال» only, as a
        // number of three digits right after the month is as often a count
        // («ماه محرم‌الحرام 505 مبلغ»); a homograph after «ماه» or «ایام».
        let early_year = (!month.homograph || self.lunar_cued(i))
            .then(|| self.early_lunar_year(month, j, true))
            .flatten();
        if let Some((year, next)) = early_year {
            let expr = DateExpr {
                year: Some(year),
                ..expr
            };
            return Some((expr, next));
        }
        let cued = cued || self.month_cue_before(i);
        if self.glossed_month(i) {
            return Some((expr, j));
        }
        let enough = match month.set {
            // «تیر», «مهر» and «دی» after «در» are as often an arrow, a seal or
            // a name («در دی استفانو»).
            MonthSet::Iranian => {
                mah || cued
                    || (!matches!(month.month, 4 | 7 | 10) && self.preposition_before(i, month))
            }
            // «ماه مه» (the month of May): after «ماه», «مه» is no fog. («ماه
            // می» is too often «ماه می‌گذرد», the verb with its ZWNJ lost.)
            MonthSet::Gregorian if month.homograph => self.mah_may(i),
            // «ماه محرم», «ماه مبارک رمضان», «ایام محرم»: after these, «محرم»
            // is no confidant, «صفر» no zero, «رمضان» no one's name.
            // And, but for «صفر» (zero), after a cue of a part of the month
            // («نیمه شعبان», «اوایل رمضان», «دهه اول محرم») or «در» («در
            // محرم»): no name or adjective follows these. (Not «از» or «تا»:
            // «از آرمناک تا محرم نویدکیا», «از رجب طیب اردوغان».)
            MonthSet::Lunar if month.homograph => {
                self.lunar_cued(i)
                    || (month.month != 2
                        && (cued
                            || (self.preposition_before(i, month)
                                && self.word_before_is(i, &["در"]))))
            }
            // «اجلاس نوامبر», «شماره فوریه», «در ژانویه»: after a word of its
            // sentence. Not after a full stop or at a line start («اعلام شد.
            // فوریه، حضوری …»): cut or garbled text leaves names alone there.
            MonthSet::Gregorian if month.names_only_a_month() => self.after_a_word(i),
            MonthSet::Gregorian | MonthSet::Lunar => {
                (cued || self.preposition_before(i, month) || self.lunar_cued(i))
                    && !month.homograph
            }
            MonthSet::Afghan => false,
        };
        enough.then_some((expr, j))
    }

    /// Whether the month name at `i` stands in brackets right after a month
    /// name, as its other calendar's name: «اکتبر (مهر)», «ژانويه(بهمن)»,
    /// «دی ماه (ژانویه)», «مي (ارديبهشت)». Such a gloss is a month however
    /// common its word (the bare month before it needs its own cue).
    pub(super) fn glossed_month(&self, i: usize) -> bool {
        let is = |k: usize, c: char| self.at(k).is_some_and(|t| t.kind == Kind::Punct(c));
        let is_month = |k: usize| matches!(self.cont_lex(k), Some(Lex::Month { .. }));
        let Some(open) = i.checked_sub(1).filter(|&b| is(b, '(')) else {
            return false;
        };
        let outer = match open.checked_sub(1) {
            Some(k) if self.cont_lex(k) == Some(Lex::Mah) => k.checked_sub(1),
            before => before,
        };
        let close = if self.cont_lex(i + 1) == Some(Lex::Mah) {
            i + 2
        } else {
            i + 1
        };
        outer.is_some_and(is_month) && is(close, ')')
    }

    /// Whether token `i` is «مه» (May) right after «ماه» or «ماه‌های» (the
    /// months of: «ماه‌های مه و ژوئن»).
    fn mah_may(&self, i: usize) -> bool {
        let lex_at = |k: usize| self.at(k).and_then(Token::lex);
        let after_mah = match i.checked_sub(1) {
            Some(b) => match lex_at(b) {
                Some(Lex::Mah) => true,
                Some(Lex::Plural) => b.checked_sub(1).and_then(lex_at) == Some(Lex::Mah),
                Some(Lex::MonthCue) => self.token_is(b, "ماههای"),
                _ => false,
            },
            None => false,
        };
        after_mah && self.token_is(i, "مه")
    }

    /// Whether the lunar month at `i` is one by its neighbours: a cue before
    /// it ([`Self::lunar_cue_before`]) or an honorific after it («رمضان
    /// المبارک», «محرم الحرام», «رجب المرجب»), which no zero or name takes.
    pub(super) fn lunar_cued(&self, i: usize) -> bool {
        self.lunar_cue_before(i) || self.cont_lex(i + 1) == Some(Lex::LunarHonorific)
    }

    /// Whether the word before token `i` makes the numbers after it an
    /// identifier: «کد 1990 - 2000», «شماره 1384-94», «پلاک 1380-1382».
    pub(super) fn after_an_identifier(&self, i: usize) -> bool {
        self.word_before_is(i, &["کد", "شماره", "تلفن", "پلاک", "ردیف", "صفحه", "ص"])
    }

    /// Whether token `i` follows a word on its line, a space or a joiner
    /// between.
    pub(super) fn after_a_word(&self, i: usize) -> bool {
        let word_before = i
            .checked_sub(1)
            .and_then(|b| self.at(b))
            .is_some_and(|b| matches!(b.kind, Kind::Word(_)));
        word_before
            && self
                .at(i)
                .is_some_and(|t| matches!(t.gap, Gap::Space | Gap::Joiner))
    }

    /// Whether «ماه» (month), «ماه مبارک» (the blessed month) or «ایام» (the
    /// days of) comes right before the lunar month at `i`. Not «این ماه صفر
    /// بود» (this month it was zero), «دو ماه صفر»: «صفر» after «ماه» that
    /// a number or «این», «هر» … counts.
    fn lunar_cue_before(&self, i: usize) -> bool {
        let is_mah = |k: usize| self.at(k).is_some_and(|t| t.lex() == Some(Lex::Mah));
        let Some(b) = i.checked_sub(1) else {
            return false;
        };
        let counted = |mah: usize| {
            self.after_a_count(mah)
                || mah.checked_sub(1).is_some_and(|d| {
                    ["این", "آن", "هر", "همین", "همان"]
                        .iter()
                        .any(|word| self.token_is(d, word))
                })
        };
        // «ماه‌های رجب و شعبان», «ماه قمری ذی‌الحجه»: after the plural or
        // «قمری» (lunar), «ماه» before them.
        let after_mah = || b.checked_sub(1).is_some_and(is_mah);
        let plural_or_lunar = || {
            self.token_is(b, "ماههای")
                || (matches!(self.cont_lex(b), Some(Lex::Plural | Lex::Lunar)) && after_mah())
        };
        (is_mah(b) && !(self.token_is(i, "صفر") && counted(b)))
            || self.token_is(b, "ایام")
            || (self.token_is(b, "مبارک") && after_mah())
            || (plural_or_lunar() && !self.token_is(i, "صفر"))
    }

    /// Whether a word before token `i` makes a bare month a month: «اوایل»,
    /// «ماه», «نیمه», «روزهای پایانی»; or a part of the month counted by an
    /// ordinal, «هفته سوم اردیبهشت», «نیمه نخست اردیبهشت» (where «سوم» is
    /// no day: see [`Parser::counts_periods`]).
    fn month_cue_before(&self, i: usize) -> bool {
        let Some(b) = i.checked_sub(1) else {
            return false;
        };
        let Some(before) = self.at(b) else {
            return false;
        };
        self.cont(i).is_some()
            && match before.kind {
                Kind::Word(Some(Lex::MonthCue | Lex::Mah | Lex::Period)) => true,
                // «ماه‌های تیر و مرداد» (the months of; «ماههای» in one word is a cue).
                Kind::Word(Some(Lex::Plural)) => b
                    .checked_sub(1)
                    .is_some_and(|mah| self.cont_lex(mah) == Some(Lex::Mah)),
                // «دهه اول», «هفته دوم», «روزهای اول» (the first days of).
                Kind::Word(Some(Lex::Ordinal(_))) => {
                    self.counts_periods(b) || self.after_days_plural(b)
                }
                // «نخست» (first), an ordinal of parts, not of days.
                Kind::Word(None) => {
                    self.token_is(b, "نخست")
                        && (self.counts_periods(b) || self.after_days_plural(b))
                }
                _ => false,
            }
    }

    /// Whether «در» (in) or «تا» (until) comes right before token `i`, the
    /// bare `month`: a month name after them is a month («در اسفند», «تا
    /// شهریور», «در ژانویه»). In the corpus all 38 such bare names (18
    /// Iranian, تیر, مهر and دی left out, and 20 Gregorian) are dates. So is
    /// «از» (from) before a month that is no one's first name («از اسفند»,
    /// «از ژانویه»): «از بهمن فرمان‌آرا», «از ابان بن تغلب» are people as
    /// often.
    ///
    /// Not when a number or «سال» follows the month: its year is then
    /// written, in a form not read as one («در اکتبر ۶۸۵»), and the year of
    /// the reference date would be wrong.
    #[inline]
    fn preposition_before(&self, i: usize, month: MonthRef) -> bool {
        let Some(before) = i.checked_sub(1).and_then(|b| self.at(b)) else {
            return false;
        };
        let cue = match before.kind {
            Kind::Word(Some(Lex::Until)) => true,
            // Not آبان, آذر and بهمن, which are first names too, nor August
            // («پس از اوت شدن توپ»: the ball went out).
            Kind::Word(Some(Lex::From)) => match month.set {
                MonthSet::Iranian => !matches!(month.month, 8 | 9 | 11),
                _ => month.month != 8,
            },
            Kind::Word(None) => self.is_dar(before),
            _ => false,
        };
        cue && self.cont(i).is_some()
            && !self
                .at(i + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Number { .. } | Kind::Word(Some(Lex::Sal))))
    }

    /// Whether `t` is «در», by its bytes (it has no other spelling to fold).
    #[inline]
    pub(super) fn is_dar(&self, t: &Token) -> bool {
        t.end - t.start == "در".len() && self.text.get(t.start..t.end) == Some("در")
    }

    /// A bare month for the first end of a month range («مهر تا آذر ۱۴۰۳»).
    pub(super) fn bare_month(&self, i: usize) -> Parsed<DateExpr> {
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
}
