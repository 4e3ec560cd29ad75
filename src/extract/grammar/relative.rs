//! Relative and named dates: «دیروز», «سه روز پیش», «هفته گذشته», «ماه آینده»,
//! «پارسال», «نوروز», «شب یلدا».
//!
//! A count of units before «پیش» / «قبل» / «بعد» / «دیگر» is a date («۳ روز
//! پیش»), but before «گذشته» / «آینده» it is a stretch of time («در یک ماه و
//! نیم گذشته», «۴ سال آینده») and is not reported. Counts are capped so that
//! «۱۴۰۰ سال پیش» (1400 years ago) is not read as a date.

use chrono::Weekday;

use super::{is_ezafe_letter, DateExpr, Era, MonthRef, Parsed, Parser, RelExpr, Unit, YearExpr};
use crate::extract::lexicon::{Lex, MonthSet};
use crate::extract::scan::RELATIVE_BACK_MARGIN;
use crate::extract::token::{Gap, Kind, Token};

/// Words whose start, after «N روز دیگر» …, makes the count an amount of time
/// (added, left or waited) rather than a date: see
/// `Parser::counts_from_elsewhere`.
const TIME_AFTER_DIGAR: [&str; 6] = ["تمدید", "فرصت", "مهلت", "صبر", "وقت", "باقی"];

/// Numbers too large to be read as counts, which still make the unit after
/// them a count («یک میلیون سال پیش»): see `Parser::after_a_count`.
const LARGE_NUMBERS: [&str; 2] = ["میلیون", "میلیارد"];
/// Their lengths in bytes (in either spelling of «ی»).
const LARGE_NUMBER_LENS: [usize; 2] = ["میلیون".len(), "میلیارد".len()];

/// The largest count of each unit read as a relative date.
fn max_count(unit: Unit) -> u32 {
    match unit {
        Unit::Day => 400,
        Unit::Week => 60,
        Unit::Month => 36,
        Unit::Year => 100,
    }
}

/// Words that make a compound with «پیش» before them, written apart when
/// the joiner is lost: «پیش رو» (ahead), «پیش نویس» (a draft), «پیش بینی»
/// (a forecast), «پیش فروش» (a pre-sale), «پیش نمایش» (a preview). Not
/// «روی», which is as often «on»: «دو سال پیش روی این صندلی».
const PISH_COMPOUNDS: [&str; 5] = ["رو", "نویس", "بینی", "فروش", "نمایش"];

/// Who «پیش روی» (ahead of) is ahead of, when it is not «ago, on»: «دو سال
/// پیش روی ما» (the two years ahead of us), not «دو سال پیش روی این صندلی».
const AHEAD_OF: [&str; 9] = [
    "خود",
    "خودش",
    "ما",
    "او",
    "آنها",
    "شما",
    "ایشان",
    "تیم",
    "من",
];

/// A count of a unit as [`Parser::counts_and_unit`] reads it: «سه روز»,
/// «سه، چهار سال», «دوسال».
struct CountedUnit {
    /// The first count of two («سه» of «سه، چهار سال»), `None` for one.
    other: Option<u32>,
    /// The count, `None` for «چند» (some).
    count: Option<u32>,
    unit: Unit,
    /// The token of the unit (that of the count too, when glued).
    unit_at: usize,
    /// The token after the unit.
    next: usize,
}

impl Parser<'_> {
    /// A relative or named date starting at token `i`.
    pub(super) fn relative(&self, i: usize) -> Parsed<RelExpr> {
        let tok = self.at(i)?;
        match tok.kind {
            Kind::Number { .. }
            | Kind::Word(Some(Lex::Cardinal(_) | Lex::Chand | Lex::GluedCount { .. })) => {
                if let Some(found) = self.counted(i) {
                    return Some(found);
                }
            }
            // «یکی دو روز پیش» (one or two days ago).
            Kind::Word(Some(Lex::Yeki)) => return self.counted(i),
            _ => {}
        }
        match tok.lex()? {
            Lex::RelativeDay(offset) => Some((day_offset(offset), i + 1)),
            // «پس‌فردا» (the day after tomorrow), «پس پریروز» (three days ago).
            Lex::Pas => match self.cont_lex(i + 1)? {
                Lex::RelativeDay(1) => Some((day_offset(2), i + 2)),
                Lex::RelativeDay(-2) => Some((day_offset(-3), i + 2)),
                _ => None,
            },
            Lex::RelativeYear(shift) => Some(self.with_era(Unit::Year, shift, i + 1, None)),
            Lex::In => {
                let (unit, next) = self.unit(i + 1)?;
                // «این سال» mostly points back at a year just named, not at
                // this one; «این ماه مبارک» at Ramadan (the blessed month).
                let blessed = unit == Unit::Month && self.token_is(next, "مبارک");
                // «این هفته‌نامه», «این هفته نامه» (this weekly), «این
                // ماهنامه»: a periodical, its joiner kept or lost.
                let periodical = self.token_is(next, "نامه");
                (matches!(unit, Unit::Week | Unit::Month) && !blessed && !periodical)
                    .then(|| self.with_era(unit, 0, next, None))
            }
            Lex::Named { month, day } => {
                let (named, next) = self.named(i + 1, month, day)?;
                // «یلدا» alone is as often a name («ترانه یلدا», «یلدا
                // ولی‌نژاد») or a tag as the night: that is «شب یلدا», or
                // «یلدای امسال» with its year.
                let bare_yalda = month == 9 && next == i + 1;
                (!bare_yalda).then_some((named, next))
            }
            Lex::Cardinal(13) if self.cont_lex(i + 1) == Some(Lex::Badr) => {
                self.named(i + 2, 1, 13)
            }
            Lex::Shab => match self.cont_lex(i + 1) {
                Some(Lex::Named { month: 9, day: 30 }) => self.named(i + 2, 9, 30),
                _ => self.this_unit(i),
            },
            Lex::Weekday(_) | Lex::Cardinal(1..=5) => {
                self.weekday_counted(i).or_else(|| self.this_unit(i))
            }
            _ => self.this_unit(i),
        }
    }

    /// «جمعه گذشته», «دوشنبه آینده», «سه شنبه قبل», «جمعه این هفته»,
    /// «شنبه هفته آینده», «چهارشنبه‌ی هفته جاری».
    fn weekday_counted(&self, i: usize) -> Parsed<RelExpr> {
        let (weekday, j) = self.weekday(i)?;
        // «امام جمعه», «ائمه جمعه»: the Friday prayer leader, a title.
        if weekday == Weekday::Fri && self.word_before_is(i, &["امام", "ائمه"]) {
            return None;
        }
        let j = self.skip_ezafe(j);
        let counted = |shift, in_week, next| {
            Some((
                RelExpr::Weekday {
                    weekday,
                    shift,
                    in_week,
                },
                next,
            ))
        };
        match self.cont_lex(j)? {
            _ if !self.whole_word(j) => None,
            Lex::YearShift(shift @ (-1 | 1)) => counted(shift, false, j + 1),
            // Not «پنجشنبه بعد از ظهر» (Thursday afternoon).
            Lex::WeakShift(shift) if !self.counts_from_elsewhere(j + 1) => {
                counted(shift, false, j + 1)
            }
            Lex::In if self.cont_lex(j + 1) == Some(Lex::Hafte) => counted(0, true, j + 2),
            // «دوشنبه شب گذشته», «پنج شنبه شب پیش»: last Monday's night, not
            // last night.
            Lex::Shab => match self.cont_lex(j + 1)? {
                Lex::YearShift(shift @ (-1 | 1)) => counted(shift, false, j + 2),
                Lex::WeakShift(shift) if !self.counts_from_elsewhere(j + 2) => {
                    counted(shift, false, j + 2)
                }
                _ => None,
            },
            Lex::Hafte => {
                let k = self.skip_ezafe(j + 1);
                // «شنبه هفته پیش رو»: of the coming week.
                if self.pish_ro(k) {
                    return counted(1, true, k + 2);
                }
                match self.cont_lex(k)? {
                    _ if !self.whole_word(k) => None,
                    Lex::YearShift(shift) => counted(shift, true, k + 1),
                    Lex::WeakShift(shift) if !self.counts_from_elsewhere(k + 1) => {
                        counted(shift, true, k + 1)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// «هفته گذشته», «ماه آینده», «سال جاری», «روز گذشته» (yesterday, in news
    /// copy), «هفته پیش رو» (the coming week), «هفته دیگر» (next week),
    /// «سال مالی جاری» (the current fiscal year).
    fn this_unit(&self, i: usize) -> Parsed<RelExpr> {
        let (unit, j) = self.unit(i)?;
        if self.after_a_count(i) {
            return None; // «۳ ماه گذشته» is a stretch of time
        }
        // «سال مالی جاری», «سال تحصیلی گذشته»: the kind of year is read with
        // it, and the year is the Solar Hijri one.
        let j = if unit == Unit::Year && self.cont_lex(j) == Some(Lex::YearKind) {
            j + 1
        } else {
            j
        };
        let j = self.skip_ezafe(j);
        // «سال میلادی جاری», «ماه میلادی گذشته»: the era may come before the
        // shift word as well as after it.
        let (era_before, j) = match unit {
            Unit::Month | Unit::Year => self.optional_era(j),
            Unit::Week | Unit::Day => (None, j),
        };
        let with_era = |shift: i8, next: usize| self.with_era(unit, shift, next, era_before);
        // «هفته پیش رو», «سال پیش‌رو» (ahead): the coming week, month or year.
        if unit != Unit::Day && self.pish_ro(j) {
            return Some(with_era(1, j + 2));
        }
        if !self.whole_word(j) {
            return None; // «هفته پیش نویس»: a compound of «پیش», not the last week
        }
        let shift = match self.cont_lex(j)? {
            Lex::YearShift(shift) => shift,
            Lex::WeakShift(shift) if unit != Unit::Day => shift,
            // «هفته دیگر», «ماه دیگه» (next week, next month). Not «سال
            // دیگر», as often «the other year» or «no longer»
            // («پرمحصول و سال دیگر کم محصول», «سن و سال دیگر انگیزه ندارد»).
            Lex::Digar if matches!(unit, Unit::Week | Unit::Month) => 1,
            _ => return None,
        };
        // «هفته بعد از آن», «سال قبل از آن»: before or after something named
        // before, not the reference. (Not every «از»: «سال قبل از نظر وزن»
        // is last year, «in weight».)
        let after_that = matches!(self.cont_lex(j), Some(Lex::WeakShift(_)))
            && self.cont_lex(j + 1) == Some(Lex::From)
            && (self.token_is(j + 2, "آن") || self.token_is(j + 2, "این"));
        if after_that {
            return None;
        }
        if unit == Unit::Day {
            // Only «روز گذشته» / «شب گذشته» (yesterday) and «روز آینده»
            // (tomorrow, in sport and news copy: «این تیم روز آینده راهی
            // ترکیه می‌شود»). («روز بعد», the day after something told, was
            // turned away above.)
            let tomorrow = shift == 1 && self.token_is(i, "روز");
            return (shift == -1 || tomorrow).then_some((day_offset(shift), j + 1));
        }
        Some(with_era(shift, j + 1))
    }

    /// The current month or year shifted by `shift`, read up to `next`, with
    /// the era marker after it when there is one, or the one written before
    /// the shift word: «سال جاری میلادی», «سال میلادی جاری» are the Gregorian
    /// year, not the Solar Hijri one. (A week has no era.)
    fn with_era(
        &self,
        unit: Unit,
        shift: i8,
        next: usize,
        written_before: Option<Era>,
    ) -> (RelExpr, usize) {
        let (era, next) = match (written_before, unit) {
            (Some(era), _) => (Some(era), next),
            (None, Unit::Month | Unit::Year) => self.optional_era(next),
            (None, Unit::Week | Unit::Day) => (None, next),
        };
        (RelExpr::Current { unit, shift, era }, next)
    }

    /// «سه روز پیش», «۳ روز قبل», «دو هفته بعد», «۱۰ روز دیگر», «چند روز پیش»;
    /// and two counts of the unit, «سه، چهار سال پیش», «۲ تا ۳ روز بعد», «یک
    /// یا دو هفته دیگر», read as the days or months between the two.
    fn counted(&self, i: usize) -> Parsed<RelExpr> {
        // «هزار و چهار صد سال پیش»: «صد» after a unit written apart is the
        // end of a larger number (400, and 1400 here), not a count of its own.
        let hundreds_of = self.cont_lex(i) == Some(Lex::Cardinal(100))
            && i.checked_sub(1)
                .is_some_and(|b| matches!(self.cont_lex(b), Some(Lex::Cardinal(2..=9))));
        if hundreds_of {
            return None;
        }
        let CountedUnit {
            other,
            count,
            unit,
            unit_at: j,
            next: k,
        } = self.counts_and_unit(i)?;
        if !self.whole_word(k) {
            return None;
        }
        // «یک سال و نیم پیش», «دو ماه و نیم قبل»: a count and a half, a
        // date with no day of its own (no value, as «چند سال پیش»).
        let half = self.cont_lex(k) == Some(Lex::Va) && self.token_is(k + 1, "نیم");
        if half && count.is_some_and(|n| n > max_count(unit)) {
            return None;
        }
        let (count, other, k) = if half {
            (None, None, k + 2)
        } else {
            (count, other, k)
        };
        let sign = match self.cont_lex(k)? {
            Lex::WeakShift(-1) => -1,
            Lex::WeakShift(1) | Lex::Digar => 1,
            _ => return None,
        };
        // «به مدت ۳ سال دیگر تمدید شد» (extended for three more years): a
        // stretch of time, no date; so is «برای دو سال دیگر در این کشور
        // باقی می‌مانند» (they stay for two more years), when «برای» is in
        // the window's reach (else it is never looked at).
        let for_more = sign == 1
            && self.cont_lex(k) == Some(Lex::Digar)
            && self.word_before_is(i, &["برای"])
            && self.within_relative_margin(i - 1, j);
        if self.counts_from_elsewhere(k + 1) || self.word_before_is(i, &["مدت"]) || for_more {
            return None;
        }
        let signed = |count: Option<u32>| match count {
            Some(n) if n > max_count(unit) => Err(()),
            Some(n) => i32::try_from(n).map(|n| Some(sign * n)).map_err(|_| ()),
            None => Ok(None),
        };
        let amount = signed(count).ok()?;
        let other = signed(other).ok()?;
        Some((
            RelExpr::Offset {
                unit,
                amount,
                other,
            },
            k + 1,
        ))
    }

    /// The counts and the unit of [`Self::counted`] from `i`.
    fn counts_and_unit(&self, i: usize) -> Option<CountedUnit> {
        // «دوسال قبل», «یکماه دیگر»: the count glued to its unit.
        if let Some(Lex::GluedCount { count, unit }) = self.cont_lex(i) {
            return Some(CountedUnit {
                other: None,
                count: Some(u32::from(count)),
                unit,
                unit_at: i,
                next: i + 1,
            });
        }
        let (count, j) = self.count(i)?;
        let (other, count, j) = match self.second_count(j, count) {
            // Only when the window of the unit surely holds the first count:
            // else the mention would depend on how far back the window reached.
            Some((second, next)) if self.within_relative_margin(i, next) => {
                (count, Some(second), next)
            }
            Some(_) => return None,
            // «یکی» (one) counts only before a second count.
            None if self.cont_lex(i) == Some(Lex::Yeki) => return None,
            None => (None, count, j),
        };
        let (unit, next, per_unit) = self.counted_unit(j)?;
        let scaled = |n: Option<u32>| n.map(|n| n.saturating_mul(per_unit));
        Some(CountedUnit {
            other: scaled(other),
            count: scaled(count),
            unit,
            unit_at: j,
            next,
        })
    }

    /// The count of units at `i` (`None` for «چند», some), in digits or in
    /// words, and the token after it. Digits count only before a unit or
    /// before the separator of a second count.
    fn count(&self, i: usize) -> Parsed<Option<u32>> {
        match self.at(i)?.kind {
            // The unit is looked for first: it is missing far more often.
            Kind::Number { value, digits }
                if digits <= 3
                    && value > 0
                    && (self.unit_follows(i + 1) || self.count_separator(i + 1))
                    && !self.in_numeric_run(i) =>
            {
                Some((Some(value), i + 1))
            }
            Kind::Word(Some(Lex::Chand)) => Some((None, i + 1)),
            Kind::Word(Some(Lex::Yeki)) => Some((Some(1), i + 1)),
            // «ده‌ها سال پیش» (tens of years ago), the plural joined to the
            // number: as vague as «دهها» and «چند».
            Kind::Word(Some(Lex::Cardinal(_)))
                if self.token_is(i + 1, "ها")
                    && self.at(i + 1).is_some_and(|t| t.gap != Gap::Space) =>
            {
                Some((None, i + 2))
            }
            Kind::Word(Some(Lex::Cardinal(_))) => {
                let (value, next) = self.number_words(i)?;
                Some((Some(value), next))
            }
            _ => None,
        }
    }

    /// Whether token `j` may join two counts of a unit: «یا» (or), «تا» (to),
    /// a comma or a dash. (Not «و»: «بیست و سه روز» is one number.)
    fn count_separator(&self, j: usize) -> bool {
        self.cont(j).is_some_and(|t| match t.kind {
            Kind::Punct(c) => matches!(c, '،' | ',' | '-' | '–' | '—'),
            Kind::Word(Some(lex)) => lex == Lex::Until,
            Kind::Word(None) => self.token_is(j, "یا"),
            Kind::Number { .. } => false,
        })
    }

    /// The second of two counts, after the first (`first`) and its separator
    /// at `j`, right before the unit: a larger count, or any other after a
    /// dash (written right to left, «7 - 6 ماه قبل» is six or seven months).
    /// With no separator after «یکی» («یکی دو روز»), or between two numbers
    /// in words, one after the other («دو سه سال قبل»).
    fn second_count(&self, j: usize, first: Option<u32>) -> Parsed<u32> {
        let first = first?;
        let before = j.checked_sub(1).and_then(|y| self.cont_lex(y));
        let in_a_row = || {
            let (Ok(a), Ok(b)) = (u16::try_from(first), u16::try_from(first + 1)) else {
                return false;
            };
            before == Some(Lex::Cardinal(a)) && self.cont_lex(j) == Some(Lex::Cardinal(b))
        };
        let from = if self.count_separator(j) {
            j + 1
        } else if before == Some(Lex::Yeki) || in_a_row() {
            j
        } else {
            return None;
        };
        let (second, next) = self.count(from)?;
        let second = second?;
        let in_order = second > first || (second != first && self.dash_at(j));
        (in_order && self.unit_follows(next)).then_some((second, next))
    }

    /// Whether token `i` starts within [`RELATIVE_BACK_MARGIN`] bytes before
    /// the unit word at `unit`.
    fn within_relative_margin(&self, i: usize, unit: usize) -> bool {
        match (self.at(i), self.at(unit)) {
            (Some(first), Some(unit)) => unit.start - first.start <= RELATIVE_BACK_MARGIN,
            _ => false,
        }
    }

    /// Whether tokens `k` and `k + 1` are «پیش رو» or «پیش‌رو» (ahead).
    fn pish_ro(&self, k: usize) -> bool {
        self.token_is(k, "پیش")
            && self
                .cont(k + 1)
                .is_some_and(|t| matches!(t.gap, Gap::Space | Gap::Joiner))
            && self.token_is(k + 1, "رو")
    }

    /// Whether token `k` is a whole word, if it is «قبل», «پیش» or «بعد»: no
    /// word part glued or joined after it but the ezafe «ی» («پیش‌رو»,
    /// upcoming, is no «پیش»; «قبل‌تر» is «earlier»). The other direction
    /// words keep their suffixes («روز گذشته‌شان», their yesterday).
    fn whole_word(&self, k: usize) -> bool {
        if !matches!(self.cont_lex(k), Some(Lex::WeakShift(_))) {
            return true;
        }
        // The same compounds with their joiner lost: «هفته پیش رو» (the
        // coming week), «ظرف دو هفته پیش نویس» (within two weeks, a draft).
        if self.token_is(k, "پیش")
            && (PISH_COMPOUNDS.iter().any(|w| self.token_is(k + 1, w))
                || (self.token_is(k + 1, "روی")
                    && AHEAD_OF.iter().any(|w| self.token_is(k + 2, w))))
        {
            return false;
        }
        !self.at(k + 1).is_some_and(|t| {
            matches!(t.gap, Gap::Joiner | Gap::Glued)
                && match t.kind {
                    Kind::Word(None) => !is_ezafe_letter(t),
                    Kind::Word(Some(_)) => true,
                    Kind::Number { .. } | Kind::Punct(_) => false,
                }
        })
    }

    /// Whether the word after «پیش», «بعد» or «دیگر» ties the count to something
    /// else: «دو ماه پیش از انقلاب» (before the revolution; not «از بین» or
    /// «از سوی»), «دو روز دیگر را»
    /// (the other two days). Not «را» after «پیش» or «قبل»: «رکورد دو سال
    /// پیش را شکستند» (they broke the record of two years ago).
    fn counts_from_elsewhere(&self, j: usize) -> bool {
        let after_digar = || {
            j.checked_sub(1)
                .is_some_and(|d| self.cont_lex(d) == Some(Lex::Digar))
        };
        match self.cont_lex(j) {
            // Not «از بین» (to vanish, or from among): «۲ ماه دیگر از بین
            // می‌رود» (it will be gone in two months); nor «از سوی», «از
            // طرف», «از جانب» (by, on behalf of): «دو سال پیش از سوی وزیر
            // مأموریت یافت» (two years ago, he was charged by the minister).
            Some(Lex::From) => !["بین", "سوی", "طرف", "جانب"]
                .iter()
                .any(|word| self.token_is(j + 1, word)),
            Some(Lex::Ra) => after_digar(),
            // «قرارداد او ۲ سال دیگر تمدید می‌شود» (extended by two more
            // years): time added, as after «به مدت»; «سه ماه دیگر طول
            // بکشد» (take three more months): time taken; «سه روز دیگر فرصت
            // دارد», «دو سال دیگر مهلت», «یک سال دیگر صبر کردند», «۲ ماه دیگر
            // وقت باقی است», «یک سال دیگر باقی مانده»: time left or waited.
            None => {
                after_digar()
                    && (self.token_is(j, "طول")
                        || TIME_AFTER_DIGAR
                            .iter()
                            .any(|word| self.word_starts_with(j, word)))
            }
            _ => false,
        }
    }

    /// A unit word: «روز», «شب», «هفته», «ماه», «سال».
    fn unit(&self, i: usize) -> Parsed<Unit> {
        let unit = match self.cont_lex(i)? {
            Lex::Rooz | Lex::Shab => Unit::Day,
            Lex::Hafte => Unit::Week,
            Lex::Mah => Unit::Month,
            Lex::Sal => Unit::Year,
            _ => return None,
        };
        Some((unit, i + 1))
    }

    /// The unit a count may come before at `i`, the token after it and how
    /// many of the unit one counted stands for: one of [`Self::unit`], or
    /// «دهه» (a decade: «دو دهه پیش», ten years to the decade).
    fn counted_unit(&self, i: usize) -> Option<(Unit, usize, u32)> {
        match self.unit(i) {
            Some((unit, next)) => Some((unit, next, 1)),
            None if self.cont_lex(i) == Some(Lex::Decade) => Some((Unit::Year, i + 1, 10)),
            None => None,
        }
    }

    /// Whether a unit a count may come before is at `i` ([`Self::counted_unit`]).
    fn unit_follows(&self, i: usize) -> bool {
        self.counted_unit(i).is_some()
    }

    /// Skips the ezafe «ی» written apart («هفته‌ی گذشته», «هفته ی گذشته»).
    fn skip_ezafe(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t) if self.is_ezafe(t) => j + 1,
            _ => j,
        }
    }

    /// Whether a number or «چند» comes right before token `i`.
    pub(super) fn after_a_count(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).and_then(|b| self.at(b)) else {
            return false;
        };
        // «ساعت ۲۴ شب گذشته»: a number after «ساعت» is the time of day.
        if i.checked_sub(2)
            .is_some_and(|h| self.cont_lex(h) == Some(Lex::Hour))
        {
            return false;
        }
        let is_count = |t: &Token| {
            matches!(
                t.kind,
                Kind::Number { .. } | Kind::Word(Some(Lex::Cardinal(_) | Lex::Chand))
            )
        };
        // «یک میلیون سال پیش», «ده‌ها سال قبل», «میلیون ها سال قبل» (the
        // plural joined to its number or written apart): counts the grammar
        // does not read, but counts, and no «سال پیش» (last year).
        // (Asked of every unit word: only words of the right kind and
        // length are compared. «میلیون» is a counted unit of the lexicon,
        // «ها» no word of it.)
        let of_len = |t: &Token, kind: Kind, lens: &[usize]| {
            t.kind == kind && lens.contains(&(t.end - t.start))
        };
        let large = |k: usize| {
            self.at(k)
                .is_some_and(|t| of_len(t, Kind::Word(Some(Lex::Unit)), &LARGE_NUMBER_LENS))
                && LARGE_NUMBERS.iter().any(|w| self.token_is(k, w))
        };
        let large_or_plural = || {
            large(i - 1)
                || (of_len(before, Kind::Word(None), &["ها".len()])
                    && self.text.get(before.start..before.end) == Some("ها")
                    && i.checked_sub(2)
                        .is_some_and(|k| large(k) || self.at(k).is_some_and(is_count)))
        };
        self.cont(i).is_some() && (is_count(before) || large_or_plural())
    }

    /// A named day, with its year when written («نوروز ۱۴۰۴», «یلدای امسال»).
    fn named(&self, j: usize, month: u8, day: u8) -> Parsed<RelExpr> {
        let month = MonthRef {
            set: MonthSet::Iranian,
            month,
            homograph: false,
        };
        // «در ایام نوروز 3500 بازرس»: four digits past the Solar years a
        // named day is written with are a count, not its year.
        let solar_year = |year: &YearExpr| match year {
            YearExpr::Digits { value, digits: 4 } => (1000..1500).contains(value),
            _ => true,
        };
        let (year, era, next) = match self.year(j) {
            Some(((year, era), next)) if solar_year(&year) => (Some(year), era, next),
            _ => (None, None, j),
        };
        let date = DateExpr {
            day: Some(day),
            month: Some(month),
            year,
            era,
            ..DateExpr::default()
        };
        Some((RelExpr::Named { date }, next))
    }
}

pub(super) fn day_offset(offset: i8) -> RelExpr {
    RelExpr::Offset {
        unit: Unit::Day,
        amount: Some(i32::from(offset)),
        other: None,
    }
}
