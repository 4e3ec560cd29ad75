//! Years on their own: a bare year after a cue word, «سال» or a season
//! («مصوب ۱۳۸۰», «تابستان 2013»), lists of years, decades and centuries, and
//! how two years joined by a dash are read (which is the earlier, how a year
//! of two digits is completed from the other).

use super::lists::one_after_another;
use super::single::is_full_year;
use super::{is_list_separator, DateExpr, Era, Expr, Parsed, Parser, Shape, YearExpr};
use crate::extract::chars::fold;
use crate::extract::lexicon::Lex;
use crate::extract::token::{Gap, Kind, Token};

/// How many years a range written «۱۳۹۹-۰۰» may span into the next century:
/// «1399-98» (the later year first) would otherwise read as 1399..1498.
const MAX_CENTURY_WRAP: u32 = 20;

/// The second year of «۲۰۰۹–۱۰» or «۱۳۸۵-۸۶» written with two digits takes the
/// century of the first.
pub(super) fn complete_second_year(first: YearExpr, second: YearExpr) -> YearExpr {
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

/// The two years of a range written with a dash, the earlier first, a year
/// of two digits completed from a year of four at the other end. Digits typed
/// among right-to-left words often come out with the later year first
/// («(1640-1577 میلادی)», «سال‌های 2004- 1996», and «سال تحصیلی 58-1357»,
/// the school year 1357–58). (With «تا» the order is as written, and a range
/// that runs backwards is none.) `None` when two digits cannot be the year
/// after: «1399-98».
pub(super) fn dashed_years(first: YearExpr, second: YearExpr) -> Option<(YearExpr, YearExpr)> {
    let short = |year| matches!(year, YearExpr::Digits { digits: 2, .. });
    let full = |year| matches!(year, YearExpr::Digits { digits: 4, .. });
    let (first, second) = if full(first) && short(second) {
        (first, year_after(first, second)?)
    } else if short(first) && full(second) {
        (year_after(second, first)?, second)
    } else {
        (first, second)
    };
    Some(match (first, second) {
        (YearExpr::Digits { value: a, .. }, YearExpr::Digits { value: b, .. }) if b < a => {
            (second, first)
        }
        _ => (first, second),
    })
}

/// The year that the two digits `short` write after the four-digit year
/// `full` («۱۳۹۸-۹۹», «۱۳۹۹-۰۰»), if it is not far into the next century.
fn year_after(full: YearExpr, short: YearExpr) -> Option<YearExpr> {
    let completed = complete_second_year(full, short);
    let (YearExpr::Digits { value: from, .. }, YearExpr::Digits { value: to, .. }) =
        (full, completed)
    else {
        return None;
    };
    let wrapped = to / 100 != from / 100;
    (!wrapped || to - from <= MAX_CENTURY_WRAP).then_some(completed)
}

/// The first year of a decade in its era: «دهه 60 میلادی» is the 1960s
/// (two digits are otherwise 13xx, as a year's are).
fn decade_in_era(start: YearExpr, era: Option<Era>) -> YearExpr {
    match start {
        YearExpr::Digits { value, digits: 2 } if era == Some(Era::Christian) => YearExpr::Digits {
            value: 1900 + value,
            digits: 4,
        },
        _ => start,
    }
}

/// Whether two years are written with as many digits.
pub(super) fn same_digits(a: YearExpr, b: YearExpr) -> bool {
    matches!(
        (a, b),
        (YearExpr::Digits { digits: x, .. }, YearExpr::Digits { digits: y, .. }) if x == y
    )
}

/// Whether `second` is the year after `first`: a season or a school year
/// after a cue word («فصل ۹۸-۹۹», «فصل 2014-2015»), not «فصل ۱۰-۱۲»
/// (chapters 10 to 12) or the typo «فصل 29-2018».
pub(super) fn one_year_apart(first: YearExpr, second: YearExpr) -> bool {
    matches!(
        (first, second),
        (YearExpr::Digits { value: a, .. }, YearExpr::Digits { value: b, .. }) if b == a + 1
    )
}

/// Whether a bare number of four digits may be a year of this age: 1900..=2100,
/// or Solar Hijri 1300..=1499.
pub(super) fn is_year_of_this_age(value: u32) -> bool {
    (1900..=2100).contains(&value) || (1300..1500).contains(&value)
}

/// Whether two years joined by a dash with no «سال» or era before or after
/// them (in order already, see [`dashed_years`]; `short` when one was written
/// with two digits) are surely a range of years: «دوره 1394-1384»,
/// «(2004-1999)», «(76-1973)», «سال تحصیلی ... و 97-1996». Numbers so joined
/// are as often codes, scores or amounts («2000-2500»), so both must be years
/// of this age (1900..=2100, or Solar Hijri 1300..=1499) of one calendar, or
/// both Gregorian years of history (1450..=1899), and at most 30 years apart
/// (so never two whole hundreds). Two digits complete the
/// other year up to 20 years on, and not up to twelve: «1399-05» and
/// «2006-07» are as often a year and its month.
pub(super) fn years_of_this_age(first: YearExpr, second: YearExpr, short: bool) -> bool {
    let (YearExpr::Digits { value: a, .. }, YearExpr::Digits { value: b, .. }) = (first, second)
    else {
        return false;
    };
    // Two Gregorian years of history («(1535-1541)», the years of a
    // painting; «(1799 - 1825)») are a range too, as close together.
    let historic = |y: u32| (1450..1900).contains(&y);
    let history = historic(a) && historic(b);
    if !(history || is_year_of_this_age(a) && is_year_of_this_age(b) && (a >= 1900) == (b >= 1900))
        || a >= b
    {
        return false;
    }
    if short {
        b - a <= 20 && b % 100 > 12
    } else {
        b - a <= 30
    }
}

/// A range of years, both of era `era` when it is written (once).
pub(super) fn year_range_shape(first: YearExpr, second: YearExpr, era: Option<Era>) -> Shape {
    let point = |year| DateExpr {
        year: Some(year),
        era,
        ..DateExpr::default()
    };
    Shape::Range(point(first), point(second))
}

/// The seasons, before a bare year («بهار 1384», «تابستان 2013»); autumn
/// is also written with «ئ».
const SEASONS: [&str; 5] = ["بهار", "تابستان", "پاییز", "پائیز", "زمستان"];

impl Parser<'_> {
    /// «دهه ۶۰», «دهه 1990 میلادی», «دهه شصت»: the ten years from a year
    /// that ends in 0, its digits read as a year's are (two digits are
    /// 13x0, and 19x0 with «میلادی»). A range or a list of decades may follow
    /// the first.
    #[inline(never)]
    pub(super) fn decades(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        let number = self.past_ezafe_or_plural(i + 1);
        let first = self.decade_start(number)?;
        if let Some((shape, next)) = self.range_of_decades(number, first) {
            return self.push(i, next, shape, out);
        }
        self.list_of_decades(i, number, first, out)
    }

    /// «دهه‌های ۵۰ تا ۷۰ میلادی»: one range from the start of the first decade
    /// (`first`, written at `number`) to the end of the last.
    fn range_of_decades(&self, number: usize, first: YearExpr) -> Parsed<Shape> {
        let k = self.until(number + 1)?;
        let last = self
            .decade_start(k)
            .filter(|&last| same_digits(last, first))?;
        let (era, next) = self.optional_era(k + 1);
        let (first, last) = (decade_in_era(first, era), decade_in_era(last, era));
        let (YearExpr::Digits { value: a, .. }, YearExpr::Digits { value: b, digits }) =
            (first, last)
        else {
            return None;
        };
        if a >= b {
            return None;
        }
        let end = YearExpr::Digits {
            value: b + 9,
            digits,
        };
        Some((year_range_shape(first, end, era), next))
    }

    /// «دهه ۶۰», and «دهه‌های ۶۰ و ۷۰», «دهه 60، 70 و 80»: each decade after
    /// the first (written at `number`) is a mention of its own, as the days
    /// of a list are, read with the «دهه» before them; an era after the last
    /// is all of theirs.
    fn list_of_decades(
        &self,
        i: usize,
        number: usize,
        first: YearExpr,
        out: &mut Vec<Expr>,
    ) -> Option<usize> {
        let decade_word_start = self.at(i)?.start;
        let mut starts = vec![(first, i, number + 1)];
        let mut j = number + 1;
        while self.cont(j).is_some_and(is_list_separator) {
            match self.decade_start(j + 1) {
                Some(start) if same_digits(start, first) => {
                    starts.push((start, j + 1, j + 2));
                    j += 2;
                }
                _ => break,
            }
        }
        let (era, next) = self.optional_era(j);
        let last = starts.len() - 1;
        for (k, &(start, from, to)) in starts.iter().enumerate() {
            let start = decade_in_era(start, era);
            let YearExpr::Digits { value, digits } = start else {
                continue;
            };
            let end = YearExpr::Digits {
                value: value + 9,
                digits,
            };
            // The era belongs to the span of the last.
            let to = if k == last { next } else { to };
            let (span_start, span_end) = self.span(from, to)?;
            out.push(Expr {
                start: span_start,
                end: span_end,
                extent_start: decade_word_start,
                extent_end: span_end,
                shape: year_range_shape(start, end, era),
            });
        }
        Some(next)
    }

    /// «سال 82 و 86», «سال‌های ۱۳۷۶ و ۱۳۷۹», «سال های 2001، 2003 و 2008
    /// میلادی»: years of as many digits after «سال», joined by «و» or
    /// commas. Each is a mention of its own, as the days of a list are, read
    /// with the «سال» before them; an era after the last is all of theirs.
    /// Years that follow one another («سال‌های ۱۳۷۶ و ۱۳۷۷») are one range.
    #[inline(never)]
    pub(super) fn list_of_years(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
        let (plural, first) = match self.at(i)?.lex() {
            Some(Lex::Sals) => (true, i + 1),
            Some(Lex::Sal) if self.cont_lex(i + 1) == Some(Lex::Plural) => (true, i + 2),
            Some(Lex::Sal) => (false, self.past_year_kind(i + 1)),
            _ => return None,
        };
        // Most years after «سال» are alone: a separator must follow the first.
        if !self.cont(first + 1).is_some_and(is_list_separator) {
            return None;
        }
        let (year, after) = self.year_number(first)?;
        let YearExpr::Digits { value, digits } = year else {
            return None;
        };
        // Each year with its value and the tokens it is written in.
        let mut years = vec![(year, value, first, after)];
        let mut j = after;
        while let Some(separator) = self.cont(j).filter(|t| is_list_separator(t)) {
            // «سال 80، 17 نفر»: after a comma two digits are as often a count
            // as a year, unless «سال‌های» has announced years.
            if digits == 2 && !plural && matches!(separator.kind, Kind::Punct(_)) {
                break;
            }
            // (A year far from the first, «سال ۱۴۰۲ و ۱۲۳۴», is some other number.)
            match self.year_number(j + 1) {
                Some((
                    next @ YearExpr::Digits {
                        value: v,
                        digits: d,
                    },
                    after,
                )) if d == digits && v.abs_diff(value) <= 100 && years.len() < 16 => {
                    years.push((next, v, j + 1, after));
                    j = after;
                }
                _ => break,
            }
        }
        // «سال‌های ۶۰ و ۷۰»: the sixties and seventies, decades, no years.
        let all_decades = years.iter().all(|&(_, value, ..)| value % 10 == 0);
        if years.len() < 2 || (plural && all_decades) {
            return None;
        }
        // «سالهای 1982، 1979 و 1971 - 1972»: the last item a range of years
        // with a dash (the later perhaps first, see `dashed_years`).
        let dashed_last = self
            .dash_at(j)
            .then(|| self.year_number(j + 1))
            .flatten()
            .and_then(|(second, after)| Some((dashed_years(years.last()?.0, second)?, after)));
        let j = dashed_last.map_or(j, |(_, after)| after);
        let (era, next) = self.optional_era(j);
        // «سال‌های ۲۰۰۴ و ۲۰۰۵», «سال 82 و 83»: years that follow one another
        // are one range, as days are (see `list`).
        let in_order = one_after_another(years.iter().map(|&(_, value, ..)| value), |v| v + 1);
        if in_order && dashed_last.is_none() {
            let (first, last) = (years.first()?.0, years.last()?.0);
            return self.push(i, next, year_range_shape(first, last, era), out);
        }
        let sal_start = self.at(i)?.start;
        let last = years.len() - 1;
        for (k, &(year, _, from, to)) in years.iter().enumerate() {
            // The first is written with «سال», the last with the era.
            let from = if k == 0 { i } else { from };
            let to = if k == last { next } else { to };
            let (start, end) = self.span(from, to)?;
            let point = |year| DateExpr {
                year: Some(year),
                era,
                ..DateExpr::default()
            };
            let shape = match dashed_last {
                Some(((a, b), _)) if k == last => Shape::Range(point(a), point(b)),
                _ => Shape::Single(point(year)),
            };
            out.push(Expr {
                start,
                end,
                extent_start: sal_start,
                extent_end: end,
                shape,
            });
        }
        Some(next)
    }

    /// Past the ezafe «ی» or the plural «های» at `j` after a noun, glued by a
    /// joiner («دهه‌ی ۶۰», «دهه‌های ۶۰») or apart («دهه های ۶۰»).
    fn past_ezafe_or_plural(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t)
                if self.is_ezafe(t)
                    || matches!(t.gap, Gap::Joiner | Gap::Space)
                        && t.lex() == Some(Lex::Plural) =>
            {
                j + 1
            }
            _ => j,
        }
    }

    /// «قرن ۱۹ میلادی», «قرن‌های ۴ و ۵ هجری», «قرن ۸ تا ۱۱ میلادی»:
    /// centuries, which are no years.
    /// They are read past, so that no rule takes their numbers for years,
    /// and make no mention (a century's first and last years are a matter of
    /// convention).
    #[inline(never)]
    pub(super) fn centuries(&self, i: usize) -> Option<usize> {
        let is_number =
            |j: usize| matches!(self.cont(j).map(|t| t.kind), Some(Kind::Number { .. }));
        let mut j = self.past_ezafe_or_plural(i + 1);
        if !is_number(j) {
            return None;
        }
        j += 1;
        while (self.cont(j).is_some_and(is_list_separator) || self.until(j).is_some())
            && is_number(j + 1)
        {
            j += 2;
        }
        Some(self.optional_era(j).1)
    }

    /// The first year of a decade written at `i`: a number of two or four
    /// digits that ends in 0 («۶۰», «1990»), or the tens in words («شصت»).
    fn decade_start(&self, i: usize) -> Option<YearExpr> {
        let tok = self.cont(i)?;
        let (value, digits) = match tok.kind {
            Kind::Number { value, digits } if digits == 2 || digits == 4 => (value, digits),
            // Not «دهه شصت و …» (a count, «شصت و پنج»).
            Kind::Word(Some(Lex::Cardinal(tens))) if self.cont_lex(i + 1) != Some(Lex::Va) => {
                (u32::from(tens), 2)
            }
            _ => return None,
        };
        let decade = value % 10 == 0 && (digits == 4 || (10..=90).contains(&value));
        (decade && !self.in_numeric_run(i)).then_some(YearExpr::Digits { value, digits })
    }

    /// Whether `t` is a season (see [`SEASONS`]). Asked of the word before
    /// many numbers: the first letter (ب, ت, پ, ز) rules out most words
    /// before they are folded and compared.
    fn is_season(&self, t: &Token) -> bool {
        let Some(word) = self.text.get(t.start..t.end) else {
            return false;
        };
        matches!(word.chars().next(), Some('ب' | 'ت' | 'پ' | 'ز'))
            && SEASONS
                .iter()
                .any(|season| word.chars().map(fold).eq(season.chars().map(fold)))
    }

    /// `«سال» year [era]` or `year era`.
    pub(super) fn year_alone(&self, i: usize) -> Parsed<DateExpr> {
        let tok = self.at(i)?;
        let first = if tok.lex() == Some(Lex::Sal) {
            self.past_year_kind(i + 1)
        } else {
            i
        };
        if first > i && self.after_a_count(i) {
            return None; // «ظرف ۲۱ سال ۱۵ عنوان»: «سال» counts the number before it
        }
        if first > i && self.day_of_month_after(first) {
            return None; // «سال تحصیلی٢٥فروردین ۱۲٢٥»: the 25th of Farvardin
        }
        let ((year, era), next) = if let Some(((year, era), next)) = self.year_with_era(first) {
            ((year, Some(era)), next)
        } else if first > i {
            // «سال ۱۳۵۷», «سال ۸۸», «سال هزار و سیصد و پنجاه و هفت».
            let (year, next) = self
                .year_number(first)
                .or_else(|| {
                    let found = self.year_before_sal(first)?;
                    // «هر سال ۱۰ سال»: every year, ten years.
                    (!self.word_before_is(i, &["هر"])).then_some(found)
                })
                .or_else(|| self.year_before_unit(first))?;
            ((year, None), next)
        } else {
            // «مصوب ۱۳۸۰»: a bare four-digit year after a cue word (looked
            // for first: it is cheaper than reading the year); «در 1983»,
            // «از 1966», «تا 2025» after a preposition, more strictly.
            let cued = self.after_year_cue(i);
            if !cued && !self.before_plain_year(i) {
                return None;
            }
            let (year, next) = self.year_number(i)?;
            if !is_full_year(Some(year)) || (!cued && !self.plain_year(year, i, next)) {
                return None;
            }
            ((year, None), next)
        };
        if self.before_christ(next) {
            return None;
        }
        Some((
            DateExpr {
                year: Some(year),
                era,
                ..DateExpr::default()
            },
            next,
        ))
    }

    /// Whether the number at `j` is a day, a month name right after it.
    fn day_of_month_after(&self, j: usize) -> bool {
        matches!(
            self.cont(j).map(|t| t.kind),
            Some(Kind::Number {
                value: 1..=31,
                digits: 1..=2
            })
        ) && matches!(self.cont_lex(j + 1), Some(Lex::Month { .. }))
    }

    /// A two-digit year that «سال» follows, where the year is named after
    /// «سال» («سال ۹۸ سال پر آشوبی بود»: 98 was a turbulent year;
    /// «سال‌های ۱۳۹۸ تا ۹۹ سال‌های …»). [`Self::year_number`] reads «۹۸ سال» as
    /// a count of years, which it is elsewhere; a direction after it keeps it
    /// one («سال ۴۰ سال بعد»: forty years later).
    pub(super) fn year_before_sal(&self, j: usize) -> Parsed<YearExpr> {
        let Kind::Number { value, digits: 2 } = self.cont(j)?.kind else {
            return None;
        };
        let sal_after = self.cont_lex(j + 1) == Some(Lex::Sal)
            && !matches!(
                self.cont_lex(j + 2),
                Some(Lex::WeakShift(_) | Lex::YearShift(_) | Lex::Digar)
            );
        (sal_after && !self.in_numeric_run(j))
            .then_some((YearExpr::Digits { value, digits: 2 }, j + 1))
    }

    /// A year of four digits right after «سال» with a unit after it, which
    /// [`Self::year_number`] reads as a count: «سال 2004 نمره 31 را» (a score
    /// of 31 in 2004), «سال ۱۳۶۳ مورد بازنگری قرار گرفت». After «سال» a count
    /// is of something a year («سالی ۱۷۰۰ تومان», «سال 2200 نفر»), and such
    /// counts are round: a number that is not a whole hundred is a year.
    pub(super) fn year_before_unit(&self, j: usize) -> Parsed<YearExpr> {
        match self.cont(j)?.kind {
            Kind::Number { value, digits: 4 } if value % 100 != 0 && !self.in_numeric_run(j) => {
                Some((YearExpr::Digits { value, digits: 4 }, j + 1))
            }
            _ => None,
        }
    }

    /// Past the kind of year at `j` after «سال» («سال تحصیلی ۸۲-۸۳»), if one is there.
    pub(super) fn past_year_kind(&self, j: usize) -> usize {
        if self.cont_lex(j) == Some(Lex::YearKind) {
            j + 1
        } else {
            self.past_comma_before_number(j)
        }
    }

    /// Past a comma before a year («سال،1358», «سال ،82»: common in some
    /// news archives; see [`Self::comma_before_number`]), or `j` itself.
    pub(super) fn past_comma_before_number(&self, j: usize) -> usize {
        if self.comma_before_number(j) {
            j + 1
        } else {
            j
        }
    }

    /// Whether token `j` is a comma with a number glued after it («،1358»).
    /// (After a comma and a space, a number is as likely a count.)
    pub(super) fn comma_before_number(&self, j: usize) -> bool {
        matches!(self.cont(j).map(|t| t.kind), Some(Kind::Punct('،' | ',')))
            && self
                .at(j + 1)
                .is_some_and(|t| t.gap == Gap::Glued && matches!(t.kind, Kind::Number { .. }))
    }

    /// Whether token `i` exists and follows a word that makes a bare year a
    /// year («مصوب», «متولد»).
    pub(super) fn after_year_cue(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|b| self.at(b))
            .is_some_and(|b| b.lex() == Some(Lex::YearCue))
            && self.cont(i).is_some()
    }

    /// Whether the number at `i` comes right after «در», «از» or «تا» (in,
    /// from, until), a season, or a part of a year («اوایل», «پایان»): a
    /// bare year may follow («در 1983 در
    /// فیلیپین», «تا 2025 تمدید کرد», «تابستان 2013 به رئال پیوست», «در
    /// پاییز 1395»), if [`Self::plain_year`] agrees. The season itself is no
    /// part of the mention (seasons are not dates here, see `corpus_gold.md`).
    /// (A quick test: it is asked of every number that no token after it
    /// explains.)
    pub(super) fn before_plain_year(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).and_then(|b| self.at(b)) else {
            return false;
        };
        match before.kind {
            // «اوایل 2006», «تا پایان 2004»: a part of the year before it.
            Kind::Word(Some(lex)) => matches!(lex, Lex::From | Lex::Until | Lex::MonthCue),
            Kind::Word(None) => self.is_dar(before) || self.is_season(before),
            _ => false,
        }
    }

    /// Whether `year` at `i`, after a preposition and with `next` after it,
    /// is surely a year: four digits of this age (1900..=2040, or Solar Hijri
    /// 1300..=1420), not a whole hundred («در 2000 جلد», a print run), no
    /// number, unit or counted time after it («از 1400 غرفه», «پس از ۱۴۰۰
    /// سال»), nor «تا» and a number; not after «بیش از» or «کمتر از» (more,
    /// less than), nor after a number and «تا» (the second end of a range
    /// typed the wrong way round, «(1383 تا 1379)», or of one whose first end
    /// is no year). Years are written so more often than counts are.
    fn plain_year(&self, year: YearExpr, i: usize, next: usize) -> bool {
        let YearExpr::Digits { value, digits: 4 } = year else {
            return false;
        };
        let of_this_age = (1900..=2040).contains(&value) || (1300..=1420).contains(&value);
        if !of_this_age || value % 100 == 0 {
            return false;
        }
        let counts = self.at(next).is_some_and(|t| match t.kind {
            Kind::Number { .. } => true,
            Kind::Word(Some(lex)) => matches!(
                lex,
                Lex::Unit | Lex::Sal | Lex::Mah | Lex::Rooz | Lex::Shab | Lex::Hafte | Lex::Hour
            ),
            _ => false,
        });
        // «از 1950 تا 2000 نفر»: the first end of a range that the rules of
        // ranges of years turned away is no year either.
        let range_of_numbers = self.until(next).is_some()
            && matches!(self.at(next + 1).map(|t| t.kind), Some(Kind::Number { .. }));
        let Some(b) = i.checked_sub(1) else {
            return false;
        };
        let amount = match self.cont_lex(b) {
            Some(Lex::From) => self.word_before_is(b, &["بیش", "بیشتر", "کمتر", "کم"]),
            Some(Lex::Until) => b
                .checked_sub(1)
                .and_then(|n| self.at(n))
                .is_some_and(|n| matches!(n.kind, Kind::Number { .. })),
            _ => false,
        };
        !counts && !range_of_numbers && !amount && !self.in_numeric_run(next - 1)
    }

    /// Whether «قبل از میلاد», «پیش از میلاد» or «ق.م.» follows: a year before
    /// Christ, which no calendar here can hold; or «پیش از هجرت» (before the
    /// Hijra).
    fn before_christ(&self, j: usize) -> bool {
        let words = (self.cont_lex(j), self.cont_lex(j + 1), self.cont_lex(j + 2));
        let abbreviation = self.cont_lex(j) == Some(Lex::EraLetter('ق'))
            && self.cont_lex(self.skip_dot(j + 1)) == Some(Lex::EraLetter('م'));
        // «سال ۱۳ پیش از هجرت»: before the Hijra, as far from any year here.
        let before_hijra = matches!(words, (Some(Lex::WeakShift(-1)), Some(Lex::From), _))
            && self.token_is(j + 2, "هجرت");
        matches!(
            words,
            (Some(Lex::WeakShift(-1)), Some(Lex::From), Some(Lex::Milad))
        ) || abbreviation
            || before_hijra
    }
}
