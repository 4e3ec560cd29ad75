//! The parts of a date: weekday, day, month, year, era marker, numeric dates
//! and numbers in words. Each reads from a token index and returns what it
//! read and the index after it.

use chrono::Weekday;

use super::{is_ezafe_letter, DateExpr, Era, MonthRef, Parsed, Parser, YearExpr};
use crate::extract::chars::is_date_sign;
use crate::extract::lexicon::{weekday_after_saturday, Lex, MonthSet};
use crate::extract::token::{Gap, Kind, Token};

impl Parser<'_> {
    /// A weekday name: «سه‌شنبه», «سهشنبه», «سه شنبه», «يكشنبه», «جمعه».
    pub(super) fn weekday(&self, i: usize) -> Parsed<Weekday> {
        // «سه شنبه», and «4 شنبه» or «۵شنبه» with the count in a digit (in
        // informal text and some transcripts): the days after Saturday.
        let count = match self.at(i)?.kind {
            Kind::Word(Some(Lex::Weekday(w))) => return Some((w, i + 1)),
            Kind::Word(Some(Lex::Cardinal(n))) => n,
            Kind::Number { value, digits: 1 } => u16::try_from(value).ok()?,
            _ => return None,
        };
        if self.cont_lex(i + 1) != Some(Lex::Weekday(Weekday::Sat)) {
            return None;
        }
        Some((weekday_after_saturday(count)?, i + 2))
    }

    /// A day of the month: 1..=31 in digits (perhaps with «ام»), or in ordinal words.
    pub(super) fn day(&self, i: usize) -> Parsed<u8> {
        match self.at(i)?.kind {
            Kind::Number { .. } => {}
            // Words are read at once; only numbers are worth remembering.
            Kind::Word(Some(Lex::Ordinal(_) | Lex::Cardinal(_))) => return self.day_uncached(i),
            Kind::Word(_) | Kind::Punct(_) => return None,
        }
        let [last, before] = &self.day_memo;
        if let Some(found) = last.get(i).or_else(|| before.get(i)) {
            return found;
        }
        let found = self.day_uncached(i);
        before.0.set(last.0.get());
        last.set(i, found);
        found
    }

    fn day_uncached(&self, i: usize) -> Parsed<u8> {
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
            // «بیستم و هفتم» (the twenty-seventh, in formal records).
            Kind::Word(Some(Lex::Ordinal(tens @ (20 | 30)))) => {
                match (self.cont_lex(i + 1), self.cont_lex(i + 2)) {
                    (Some(Lex::Va), Some(Lex::Ordinal(unit @ 1..=9))) if tens + unit <= 31 => {
                        Some((tens + unit, i + 3))
                    }
                    _ => Some((tens, i + 1)),
                }
            }
            Kind::Word(Some(Lex::Ordinal(n))) => Some((n, i + 1)),
            Kind::Word(Some(Lex::Cardinal(tens @ (20 | 30)))) => {
                let next = self.cont(i + 1)?;
                let (unit, after) = match next.lex()? {
                    Lex::Va => match self.cont_lex(i + 2)? {
                        Lex::Ordinal(u @ 1..=9) => (u, i + 3),
                        _ => return None,
                    },
                    // «بیست‌وچهارم», and «بیست وچهارم» with «و» glued to the unit.
                    Lex::VaOrdinal(u) => (u, i + 2),
                    // «بیست سوم ذیقعده»: «و» left out (it read the 3rd).
                    Lex::Ordinal(u @ 1..=9) => (u, i + 2),
                    Lex::Am if tens == 30 => (0, i + 2),
                    _ => return None,
                };
                let day = tens as u8 + unit;
                (day <= 31).then_some((day, after))
            }
            _ => None,
        }
    }

    /// A day of the month in cardinal words: «یک», «دوازده», «بیست و دو», «سی و یک».
    pub(super) fn cardinal_day(&self, i: usize) -> Parsed<u8> {
        let Kind::Word(Some(Lex::Cardinal(n))) = self.cont(i)?.kind else {
            return None;
        };
        if self.counts_periods(i) {
            return None;
        }
        let (value, next) = match n {
            20 | 30 => match (self.cont_lex(i + 1), self.cont_lex(i + 2)) {
                (Some(Lex::Va), Some(Lex::Cardinal(unit @ 1..=9))) => (n + unit, i + 3),
                (Some(Lex::VaCardinal(unit @ 1..=9)), _) => (n + unit, i + 2),
                _ => (n, i + 1),
            },
            1..=19 => (n, i + 1),
            _ => return None,
        };
        u8::try_from(value)
            .ok()
            .filter(|d| *d <= 31)
            .map(|d| (d, next))
    }

    /// Whether an ordinal at `i` follows «هفته», «دهه», «قرن» …, and so counts
    /// those, not days; also the second of a pair, «هفته دوم و سوم شهریور»,
    /// whose «سوم» is no day either. (Asked of every number word: the word
    /// before is read once, and most often settles it.)
    #[inline]
    pub(super) fn counts_periods(&self, i: usize) -> bool {
        let Some(b) = i.checked_sub(1).filter(|_| self.cont(i).is_some()) else {
            return false;
        };
        match self.at(b).and_then(Token::lex) {
            Some(Lex::Period | Lex::Decade | Lex::Century | Lex::Hafte) => true,
            Some(Lex::Plural | Lex::Va) => self.counts_periods_past(b),
            _ => false,
        }
    }

    /// [`Self::counts_periods`] when the word before is «های» or «و» (at `b`):
    /// «هفته‌های دوم» (the plural ending read apart), «هفته دوم و سوم».
    #[inline(never)]
    fn counts_periods_past(&self, b: usize) -> bool {
        let lex = |k: usize| self.at(k).and_then(Token::lex);
        let is_period = |k: usize| {
            matches!(
                lex(k),
                Some(Lex::Period | Lex::Decade | Lex::Century | Lex::Hafte)
            )
        };
        let Some(before) = b.checked_sub(1) else {
            return false;
        };
        match lex(b) {
            Some(Lex::Plural) => is_period(before),
            // The first of the pair counts periods itself, right after them
            // or after their plural.
            Some(Lex::Va) => {
                matches!(lex(before), Some(Lex::Ordinal(_)))
                    && before.checked_sub(1).is_some_and(|p| {
                        is_period(p)
                            || (lex(p) == Some(Lex::Plural)
                                && p.checked_sub(1).is_some_and(is_period))
                    })
            }
            _ => false,
        }
    }

    /// Whether the number at `i` is glued to a neighbouring number by a separator
    /// («۱۷/۲۰», «۲.۵», «1403/5/3/2»): then it is part of something else.
    // Inlined, with the gaps looked at first: it is asked at nearly every
    // number, and most numbers are not glued to anything.
    #[inline]
    pub(super) fn in_numeric_run(&self, i: usize) -> bool {
        let glued_sep = |t: &Token| {
            t.gap == Gap::Glued
                && matches!(
                    t.kind,
                    Kind::Punct('/' | '.' | ',' | '-' | '٫' | '٬' | ':' | '\\' | '_')
                )
        };
        let glued = |t: &Token| t.gap == Gap::Glued;
        let is_num = |t: &Token| matches!(t.kind, Kind::Number { .. });
        let left = self.at(i).is_some_and(glued)
            && i >= 2
            && self.at(i - 1).is_some_and(glued_sep)
            && self.at(i - 2).is_some_and(is_num);
        let right = self.at(i + 1).is_some_and(glued_sep)
            && self.at(i + 2).is_some_and(|t| glued(t) && is_num(t));
        left || right
    }

    /// A month name, perhaps followed by «ماه»; returns whether «ماه» was there.
    pub(super) fn month(&self, i: usize) -> Option<(MonthRef, bool, usize)> {
        let tok = self.cont(i)?;
        let (month_ref, with_mah, mut j) = match tok.lex()? {
            Lex::Month {
                set,
                month,
                with_mah,
                homograph,
            } => {
                // «می» with a ZWNJ after it is the verb prefix («می‌شود»), not
                // May; so is «می» before a verb form with the ZWNJ lost («می
                // شود»), and «مه» glued to a number (see `ordinal_suffix`).
                if homograph && set == MonthSet::Gregorian {
                    let verb = self
                        .at(i + 1)
                        .is_some_and(|t| t.gap == Gap::Joiner || t.lex() == Some(Lex::VerbStem));
                    if verb || self.ordinal_suffix(i) {
                        return None;
                    }
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
        // «دی‌اکسید» (dioxide), «تیر‌های» (arrows): a name joined by a ZWNJ
        // to a word other than «ماه», an honorific or the ezafe «ی» is part
        // of that word.
        let joined_to_a_word = self.at(j).is_some_and(|t| {
            t.gap == Gap::Joiner
                && match t.kind {
                    Kind::Word(Some(lex)) => !matches!(lex, Lex::Mah | Lex::LunarHonorific),
                    Kind::Word(None) => !is_ezafe_letter(t),
                    Kind::Number { .. } | Kind::Punct(_) => false,
                }
        });
        if joined_to_a_word {
            return None;
        }
        if month_ref.set == MonthSet::Lunar && self.cont_lex(j) == Some(Lex::LunarHonorific) {
            j += 1;
        }
        // «تیر ماه», but not «ماه‌های» (the months of) that opens the next words.
        let mah_plural = || {
            self.at(j + 1)
                .is_some_and(|t| t.gap == Gap::Joiner && t.lex() == Some(Lex::Plural))
        };
        if !with_mah && self.cont_lex(j) == Some(Lex::Mah) && !mah_plural() {
            return Some((month_ref, true, j + 1));
        }
        // The ezafe «ی» written apart («ژانویه‌ی ۲۰۲۵») belongs to the month.
        let ezafe = self.cont(j).is_some_and(|t| self.is_ezafe(t));
        if ezafe && self.year(j + 1).is_some() {
            j += 1;
        }
        Some((month_ref, with_mah, j))
    }

    /// The year part after a month: `[«سال»] number [era]`, «امسال», «سال جاری» ….
    pub(super) fn year(&self, i: usize) -> Parsed<(YearExpr, Option<Era>)> {
        let tok = self.cont(i)?;
        match tok.lex() {
            // «ژوئن امسال», «ژانویه سال جاری میلادی»: the era marker is part of it.
            Some(Lex::RelativeYear(shift)) => {
                let (era, next) = self.optional_era(i + 1);
                return Some(((YearExpr::Relative(shift), era), next));
            }
            Some(Lex::YearShift(shift)) => {
                return Some(((YearExpr::Direction(shift), None), i + 1))
            }
            Some(Lex::Sal) => {
                // «سال گذشته میلادی», and «سال میلادی گذشته» with the era first.
                let (era_first, shift_at) = match self.cont_lex(i + 1) {
                    Some(Lex::Miladi) => self.optional_era(i + 1),
                    _ => (None, i + 1),
                };
                if let Some(Lex::YearShift(shift) | Lex::WeakShift(shift)) = self.cont_lex(shift_at)
                {
                    let (era, next) = match era_first {
                        Some(era) => (Some(era), shift_at + 1),
                        None => self.optional_era(shift_at + 1),
                    };
                    return Some(((YearExpr::Relative(shift), era), next));
                }
                // «اردیبهشت ماه سال،1374»; «تیرماه سال ۱۴۰۳ گرم ترین ماه»,
                // a unit word after the year as `year_alone` reads it.
                let first = self.past_comma_before_number(i + 1);
                return self.year_number_or_with_era(first).or_else(|| {
                    let (year, next) = self.year_before_unit(first)?;
                    Some(((year, None), next))
                });
            }
            _ => {}
        }
        // «در فوريه،2002», «۲۲ مرداد،۱۳۳۲»: a year of four digits glued to
        // the comma after the month. (With a space after the comma, «اول
        // مهر، ۱۳۰۰ دانش‌آموز», the number is as likely a count.)
        if matches!(tok.kind, Kind::Punct('،' | ',')) {
            let year_glued = self.comma_before_number(i)
                && matches!(
                    self.at(i + 1).map(|t| t.kind),
                    Some(Kind::Number { digits: 4, .. })
                );
            if year_glued {
                return self.year_number_or_with_era(i + 1);
            }
            // «یکم فروردین ماه، سال 1345», «بیستم تیرماه، 1368 هجری شمسی»:
            // after the comma and a space, «سال» before the number or an era
            // after it says the number is the year.
            if self.cont_lex(i + 1) == Some(Lex::Sal) {
                return self.year_number_or_with_era(i + 2);
            }
            let ((year, era), next) = self.year_with_era(i + 1)?;
            return Some(((year, Some(era)), next));
        }
        self.year_number_or_with_era(i)
    }

    /// A year of four or two digits with its era marker if one follows, or a
    /// year of any length with one («ذیحجه سال ۳۴۶ هجری قمری»).
    fn year_number_or_with_era(&self, i: usize) -> Parsed<(YearExpr, Option<Era>)> {
        if let Some((year, j)) = self.year_number(i) {
            let (era, next) = self.optional_era(j);
            return Some(((year, era), next));
        }
        let ((year, era), next) = self.year_with_era(i)?;
        Some(((year, Some(era)), next))
    }

    pub(super) fn optional_era(&self, j: usize) -> (Option<Era>, usize) {
        match self.era(j) {
            Some((era, next)) => (Some(era), next),
            None => (None, j),
        }
    }

    /// Whether token `i` is glued to a number before it: «مه» there is the
    /// Pashto ordinal suffix («د زمري ۲۴مه», the 24th of Zmarai), not May,
    /// which Persian text writes apart from its day («۲۴ مه»).
    pub(super) fn ordinal_suffix(&self, i: usize) -> bool {
        let glued = self.at(i).is_some_and(|t| t.gap == Gap::Glued);
        glued
            && i.checked_sub(1)
                .and_then(|b| self.at(b))
                .is_some_and(|b| matches!(b.kind, Kind::Number { .. }))
    }

    /// A Pashto day after its month, «(په) ۲۴مه» (on the 24th), from `j`.
    pub(super) fn pashto_day(&self, j: usize) -> Parsed<u8> {
        let j = if self.cont_lex(j) == Some(Lex::PashtoOn) {
            j + 1
        } else {
            j
        };
        let Kind::Number {
            value,
            digits: 1..=2,
        } = self.cont(j)?.kind
        else {
            return None;
        };
        let suffix = self.ordinal_suffix(j + 1) && self.token_is(j + 1, "مه");
        let day = u8::try_from(value).ok().filter(|d| (1..=31).contains(d))?;
        suffix.then_some((day, j + 2))
    }

    /// A year written as four or two digits, or in words.
    pub(super) fn year_number(&self, i: usize) -> Parsed<YearExpr> {
        let tok = self.cont(i)?;
        match tok.kind {
            Kind::Number { value, digits } => {
                if !(digits == 4 || digits == 2)
                    || self.in_numeric_run(i)
                    || self.counts_something(i + 1, digits)
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

    /// A year of any length followed by its era marker: «۶۱ هجری قمری»,
    /// «۶۵۴ ه.ق.», «۱۳۵۷ ه.ش.», and in words from a thousand on («هزار و
    /// سیصد و چهل و یک هجری شمسی», as formal records write a year). Without
    /// the marker only four or two digits are years.
    pub(super) fn year_with_era(&self, i: usize) -> Parsed<(YearExpr, Era)> {
        let Kind::Number { value, digits } = self.cont(i)?.kind else {
            // A year in words (`year_number` reads none below a thousand:
            // smaller numbers before «هجری» are rare and as often counts, «دو
            // هجری», and the scan opens no window for them either).
            let (year, next) = self.year_number(i)?;
            let (era, next) = self.era(next)?;
            return Some(((year, era), next));
        };
        // The era first: it is missing far more often, and cheaper to look for.
        let (era, next) = self.era(i + 1)?;
        if digits > 4 || value == 0 || self.in_numeric_run(i) {
            return None;
        }
        Some(((YearExpr::Digits { value, digits }, era), next))
    }

    /// Whether the token at `j` is a counted unit, making the number before it
    /// a count («۲۵ نفر», «۸۸ سال»). After a four-digit number a time unit
    /// counts only with «پیش», «قبل» … after it («۱۴۰۰ سال پیش»): «نوروز ۱۴۰۴
    /// سال نو» and «۱۴۰۳ روز جمهوری» are years. A unit glued to more letters
    /// is another word («گرم‌ترین» is not «گرم»).
    pub(super) fn counts_something(&self, j: usize, digits: u8) -> bool {
        let Some(unit) = self.cont(j) else {
            return false;
        };
        if self.at(j + 1).is_some_and(|t| {
            matches!(t.gap, Gap::Joiner | Gap::Glued) && matches!(t.kind, Kind::Word(_))
        }) {
            return false;
        }
        match unit.lex() {
            Some(Lex::Unit | Lex::Cardinal(1000)) => true,
            Some(Lex::Hour) => {
                !matches!(self.cont(j + 1).map(|t| t.kind), Some(Kind::Number { .. }))
            }
            Some(Lex::Sal | Lex::Mah | Lex::Rooz | Lex::Hafte | Lex::Shab) => {
                digits != 4
                    || matches!(
                        self.cont_lex(j + 1),
                        Some(Lex::WeakShift(_) | Lex::YearShift(_) | Lex::Digar)
                    )
            }
            _ => false,
        }
    }

    /// A number in words: «هزار و سیصد و پنجاه و هشت».
    pub(super) fn number_words(&self, i: usize) -> Parsed<u32> {
        let mut total: u32 = 0;
        let mut group: u32 = 0;
        let mut j = i;
        let mut first = true;
        loop {
            let tok = self.cont(j)?;
            let n = match tok.lex() {
                Some(Lex::Cardinal(n)) if first => n,
                // «یک هزار و سیصد …»: thousands counted apart.
                Some(Lex::Cardinal(1000)) if group > 0 => 1000,
                // «هزار‌وسیصد», and «هزار وسیصد» with «و» glued to the next one.
                Some(Lex::VaCardinal(n)) if !first => n,
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
                Some(Lex::Cardinal(1000)) if group > 0 => {}
                _ => break,
            }
            if j > i + 16 {
                break;
            }
        }
        // «یک هزار و ۹۶۰ تومان»: a number that goes on in digits is an amount.
        let goes_on_in_digits = self.cont_lex(j) == Some(Lex::Va)
            && matches!(self.cont(j + 1).map(|t| t.kind), Some(Kind::Number { .. }));
        (!goes_on_in_digits && (!first || j > i)).then_some((total + group, j))
    }

    /// An era marker: «ه.ش.», «ه.خ.» (هجری خورشیدی), «ه ش», «هجری شمسی»,
    /// «هجری خورشیدی», «خورشیدی», «ه.ق.», «میلادی», «م.», and after a
    /// four-digit year «ق», «ش», «م» alone.
    pub(super) fn era(&self, i: usize) -> Parsed<Era> {
        let tok = self.cont(i)?;
        match tok.lex()? {
            Lex::Hejri => match self.cont_lex(i + 1) {
                Some(Lex::Solar) => Some((Era::Solar, i + 2)),
                Some(Lex::Lunar) => Some((Era::Lunar, i + 2)),
                _ => Some((Era::Hejri, i + 1)),
            },
            Lex::Solar => Some((Era::Solar, i + 1)),
            Lex::Lunar => Some((Era::Lunar, i + 1)),
            Lex::Miladi => Some((Era::Christian, i + 1)),
            Lex::EraLetter('ه') => {
                let j = self.skip_dot(i + 1);
                let era = match self.cont_lex(j)? {
                    Lex::EraLetter('ش' | 'خ') => Era::Solar,
                    Lex::EraLetter('ق') => Era::Lunar,
                    _ => return None,
                };
                Some((era, self.skip_dot(j + 1)))
            }
            // «م.», and «2010م», «1417ق», «(1332 ش)», «مرداد 1348ش»: the
            // first letter of میلادی, قمری or شمسی with its dot, or alone after
            // a year (see `year_letter_alone`).
            Lex::EraLetter(letter @ ('م' | 'ق' | 'ش')) => {
                let era = match letter {
                    'م' => Era::Christian,
                    'ق' => Era::Lunar,
                    _ => Era::Solar,
                };
                let j = self.skip_dot(i + 1);
                (j > i + 1 || self.year_letter_alone(i)).then_some((era, j))
            }
            _ => None,
        }
    }

    /// Whether the era letter at `i` («م», «ق», «ش», no dot after it) follows
    /// a year of four digits: only there is the letter alone an era («2010م»,
    /// «1417ق»); after a shorter number «۲۰۰ م» is two hundred metres.
    fn year_letter_alone(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|b| self.at(b))
            .is_some_and(|b| matches!(b.kind, Kind::Number { digits: 4, .. }))
    }

    pub(super) fn skip_dot(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t) if matches!(t.gap, Gap::Glued | Gap::Joiner) && t.is_punct('.') => j + 1,
            _ => j,
        }
    }

    /// `Y/M/D` or `D/M/Y` with `/`, `-` or `.` (two-digit years only with `/`).
    pub(super) fn numeric(&self, i: usize) -> Parsed<DateExpr> {
        let a = self.number(i)?;
        let sep = self.cont(i + 1)?;
        let Kind::Punct(s) = sep.kind else {
            return None;
        };
        if !is_date_sign(s) {
            return None;
        }
        // «۱۰\۱۰\۱۳۷۰»: a backslash, as some type the slash, reads like one.
        let slash = matches!(s, '/' | '\\');
        let b = self.number(i + 2)?;
        let sep2 = self.cont(i + 3)?;
        if !matches!(sep2.kind, Kind::Punct(c) if c == s) {
            return None;
        }
        let c = self.number(i + 4)?;
        // Spaces are allowed only around «/» («۱۴۰۳ / ۱۱ / ۳۰»), and must match.
        let gaps = [sep.gap, self.at(i + 2)?.gap, sep2.gap, self.at(i + 4)?.gap];
        let glued = gaps.iter().all(|g| *g == Gap::Glued);
        let spaced = gaps.iter().all(|g| matches!(g, Gap::Glued | Gap::Space));
        // «۱۴۰۳ / ۱۱ / ۳۰», «۱۳۹۹ - ۰۳ - ۰۲»: spaces around «-» and «.» only
        // with a four-digit year, since «۱۸ - ۲۰ آذر» is a range of days.
        let year_of_four = a.1 == 4 || self.number(i + 4).is_some_and(|c| c.1 == 4);
        if !(glued || (spaced && (slash || year_of_four))) {
            return None;
        }
        // Not part of a longer run («1403/5/3/2», «2/1403/5/3»).
        let longer_right = self.at(i + 5).is_some_and(|t| {
            t.gap == Gap::Glued
                && matches!(t.kind, Kind::Punct(c) if is_date_sign(c))
                && self
                    .at(i + 6)
                    .is_some_and(|n| n.gap == Gap::Glued && matches!(n.kind, Kind::Number { .. }))
        });
        let longer_left = i >= 1
            && self.at(i).is_some_and(|t| t.gap == Gap::Glued)
            && self
                .at(i - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct(c) if is_date_sign(c)));
        if longer_right || longer_left {
            return None;
        }
        // «98.06.27», «۹۸-۰۶-۲۷»: a two-digit year with a dot or a dash only
        // when it cannot be a day and all is glued and written with two digits
        // (not «1.2.3», a version, nor «12.05.23», which may be a day first).
        let year_first_padded = glued && b.1 == 2 && c.1 == 2;
        let (year, month, day) = match (a, c) {
            ((y, 4), (d, 1..=2)) => ((y, 4), b, d),
            ((d, 1..=2), (y, 4)) => ((y, 4), b, d),
            ((y, 2), (d, 1..=2)) if slash && (y > 31 || d <= 31) => ((y, 2), b, d),
            ((y, 2), (d, 2)) if year_first_padded && y > 31 => ((y, 2), b, d),
            ((d, 1..=2), (y, 2)) if slash => ((y, 2), b, d),
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
    pub(super) fn number(&self, i: usize) -> Option<(u32, u8)> {
        match self.cont(i)?.kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }
}
