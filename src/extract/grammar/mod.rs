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
//!           | «هفته» ordinal month [year]         «هفته دوم آذرماه» (the month's value)
//! range    := [«از»] day («تا»|«الی»|-) single    «۱۲ تا ۱۵ تیر»
//!           | [«از»] single («تا»|«الی»|-) single «از ۲۸ اسفند ۱۴۰۳ تا ۵ فروردین ۱۴۰۴»
//! list     := day ((،|و) day)* single             «۲۵ و ۲۹ آبان» (one mention per day;
//!                                                  «۲۹ و ۳۰ خرداد» is one range)
//!           | «سال» year ((،|و) year)+ [era]      «سال ۸۲ و ۸۶» (one mention per year;
//!                                                  one range when they follow one another)
//! day      := 1..31 [«ام»] | ordinal words        «۱۵ ام», «بیست و چهارم», «سی‌ام»
//! month    := month name [«ماه»]
//! year     := [«سال»] (4 or 2 digits | number words) [era] | «امسال» | «سال» («جاری»|«گذشته»|…)
//! ```
//!
//! The grammar never reads across a line break, and a day-and-month right after
//! a place or movement noun («میدان ۱۵ خرداد») is a name, not a date.

use std::cell::Cell;

use chrono::Weekday;

mod parts;
mod relative;

use super::chars::{fold, is_pictograph};
use super::lexicon::{Lex, MonthSet};
use super::scan::MONTH_BACK_MARGIN;
use super::token::{Gap, Kind, Token};

/// How many years a range written «۱۳۹۹-۰۰» may span into the next century:
/// «1399-98» (the later year first) would otherwise read as 1399..1498.
const MAX_CENTURY_WRAP: u32 = 20;

/// A month as written: which set of names, and its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthRef {
    pub(crate) set: MonthSet,
    pub(crate) month: u8,
    /// The name is common in another sense (صفر, مه, میزان) and needs more evidence.
    pub(crate) homograph: bool,
}

impl MonthRef {
    /// The month a word names, if it is a month name.
    fn of(lex: Lex) -> Option<MonthRef> {
        match lex {
            Lex::Month {
                set,
                month,
                homograph,
                ..
            } => Some(MonthRef {
                set,
                month,
                homograph,
            }),
            _ => None,
        }
    }

    /// Whether the name is a month's and nothing else, so that it is a month
    /// mention by itself («جلسه نوامبر شورای حکام», «نقل و انتقالات ژانویه»):
    /// the Gregorian months but مه, می and جون (fog, wine, dear), مارس (also
    /// Mars), آوریل (a first name) and اوت, آگوست (an out, a first name).
    fn names_only_a_month(self) -> bool {
        self.set == MonthSet::Gregorian && !self.homograph && !matches!(self.month, 3 | 4 | 8)
    }
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
    Relative(RelExpr),
}

/// A unit of time in a relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A date relative to the reference date, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelExpr {
    /// `amount` units after (before, when negative) the reference: «دیروز»
    /// (day, −1), «سه روز پیش» (day, −3), «دو هفته بعد» (week, +2). `None` for «چند روز پیش».
    /// `other` is the first of two counts, «سه، چهار سال پیش» (year, −4,
    /// other −3): the mention is the stretch between them.
    Offset {
        unit: Unit,
        amount: Option<i32>,
        other: Option<i32>,
    },
    /// The week, month or year of the reference, shifted: «هفته گذشته» (week, −1),
    /// «این ماه» (month, 0), «پارسال» (year, −1). A month or year is Solar
    /// Hijri unless an era marker says otherwise: «سال جاری میلادی» is the
    /// Gregorian year of the reference, «سال گذشته قمری» the lunar year before it.
    Current {
        unit: Unit,
        shift: i8,
        era: Option<Era>,
    },
    /// A weekday counted from the reference: the last one before it («جمعه
    /// گذشته», `shift` −1, `in_week` false), the next one after it («دوشنبه
    /// آینده», +1), or the one in a week of Saturday to Friday («جمعه این
    /// هفته», 0, true; «شنبه هفته آینده», +1, true).
    Weekday {
        weekday: Weekday,
        shift: i8,
        in_week: bool,
    },
    /// A named day of the Solar Hijri year: «نوروز», «سیزده‌بدر», «شب یلدا»; its
    /// year may be written («نوروز ۱۴۰۴»), and the mention is relative when
    /// it is not.
    Named { date: DateExpr },
}

/// A mention as written, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Expr {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Where the words this mention was read from start: before `start` for
    /// the later decades of a list («۷۰» in «دهه ۶۰ و ۷۰» is read with «دهه»).
    pub(crate) extent_start: usize,
    /// Where the words this mention was read from end: past `end` for the
    /// first days of a list («۲۵» in «۲۵ و ۲۹ آبان» borrows its month).
    pub(crate) extent_end: usize,
    pub(crate) shape: Shape,
}

impl Expr {
    /// Whether the mention names a month by its Afghan (Dari or Pashto) name.
    pub(crate) fn uses_afghan_months(&self) -> bool {
        let afghan = |d: &DateExpr| d.month.is_some_and(|m| m.set == MonthSet::Afghan);
        match &self.shape {
            Shape::Single(d) => afghan(d),
            Shape::Range(a, b) => afghan(a) || afghan(b),
            Shape::Relative(_) => false,
        }
    }
}

/// How the day before a month is written, for `month_after_day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayForm {
    /// In digits or as an ordinal: «۱۷», «هفدهم».
    Plain,
    /// In cardinal words, «هفده»: also a count («دو تیر», two arrows).
    Cardinal,
}

/// Finds every mention in `tokens`, leftmost-longest and non-overlapping, and
/// appends them to `out` in text order.
pub(crate) fn parse(text: &str, tokens: &[Token], out: &mut Vec<Expr>) {
    // A mention never crosses a line break: parse each line on its own.
    let mut rest = tokens;
    while !rest.is_empty() {
        let line_end = rest
            .iter()
            .skip(1)
            .position(|t| t.gap == Gap::Break)
            .map_or(rest.len(), |p| p + 1);
        let (line, tail) = rest.split_at(line_end);
        parse_line(text, line, out);
        rest = tail;
    }
}

/// What [`parse`] finds in a window that holds the word `lex` at
/// `start..end` and nothing else, when the word alone decides it: «امروز»,
/// «دیروز», «فردا» are a relative day whatever stands outside the window
/// (the first token of a window always starts a word). `None` for every other
/// word: the window is tokenized and parsed. Most relative mentions in news
/// are these words, alone in their windows.
pub(crate) fn lone_word(lex: Lex, start: usize, end: usize) -> Option<Expr> {
    match lex {
        Lex::RelativeDay(offset) => Some(Expr {
            start,
            end,
            extent_start: start,
            extent_end: end,
            shape: Shape::Relative(relative::day_offset(offset)),
        }),
        _ => None,
    }
}

/// Finds the mentions in the tokens of one line.
fn parse_line(text: &str, tokens: &[Token], out: &mut Vec<Expr>) {
    let parser = Parser::new(text, tokens);
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        // Most tokens are marks and words that mean nothing in dates: the
        // cheapest test goes first.
        if !may_start_mention(token) || !starts_word(tokens, i, token) {
            i += 1;
            continue;
        }
        match parser.mention_at(i, out) {
            Some(next) => i = next,
            None => i += 1,
        }
    }
}

/// Whether `token` (at `i`) starts a word that a mention may start with.
fn starts_word(tokens: &[Token], i: usize, token: &Token) -> bool {
    // A mention starts a word: not «۱» in «فروردین۱» (the scan, which
    // looks only at word starts, agrees).
    // «و12 اردیبهشت» (the conjunction lost its space) is the exception.
    // After a ZWNJ it is the second half of a word («ژوئیه‌دیروز»).
    let glued_to_word = match token.gap {
        Gap::Joiner => true,
        // Glued, it may follow only an opening mark («(۱۲ تیر)») or «و».
        Gap::Glued => !i
            .checked_sub(1)
            .and_then(|b| tokens.get(b))
            .is_some_and(|b| match b.kind {
                Kind::Word(lex) => lex == Some(Lex::Va) || day_glued_after_word(tokens, i, i - 1),
                // Or an emoji («✅فردا»), or the sign of a tag («#نوروز»).
                Kind::Punct(c) => {
                    matches!(
                        c,
                        '(' | '«' | '"' | '\'' | '[' | '-' | '–' | '—' | '/' | '،' | '“' | '#'
                    ) || is_pictograph(c)
                        // «داشت:۹ دی», «بود.29 دسامبر»: after a mark glued
                        // to a word, not to a number («۱۰:۳۰»), nor after a
                        // space («گفت .۱فروردین»: the word is another one,
                        // which the month's window may not hold).
                        || (i >= 2
                            && b.gap == Gap::Glued
                            && day_glued_after_word(tokens, i, i - 2))
                }
                Kind::Number { .. } => false,
            }),
        Gap::Space | Gap::Break => return true,
    };
    // Inside a run like «۱/۲/۳/۴» only the first number can start a date.
    let inside_numbers = matches!(token.kind, Kind::Number { .. })
        && token.gap == Gap::Glued
        && i >= 2
        && tokens.get(i - 1).is_some_and(|t| {
            t.gap == Gap::Glued && matches!(t.kind, Kind::Punct('/' | '-' | '.' | ','))
        })
        && tokens
            .get(i - 2)
            .is_some_and(|t| matches!(t.kind, Kind::Number { .. }));
    !glued_to_word && !inside_numbers
}

/// Whether the number at `i`, glued to the word at `word` (right before it,
/// or before a mark glued to both, a colon or a full stop), is a day whose
/// space was lost: «روز28 بهمن ماه», «امروز۱۶ مهر», «مقارن28 اسفند», «داشت:۹ دی»,
/// and the first of several days, «که۸تا۱۰ فوریه», «جامعه16 و17 مهرماه».
///
/// Only days of one or two digits with their month name after them, which
/// the scan always finds: the month is an anchor, and its window reaches
/// back over a word of parts («روز28») that starts within
/// [`MONTH_BACK_MARGIN`] bytes of it. So the word must start there, after a
/// space, and be one of two letters or more (not a tatweel, «ـ۴»), and not a
/// month name («فروردین۱»).
fn day_glued_after_word(tokens: &[Token], i: usize, word: usize) -> bool {
    let Some(word) = tokens.get(word) else {
        return false;
    };
    let whole_word = matches!(word.gap, Gap::Space | Gap::Break) && word.end - word.start >= 4;
    let is_day = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| matches!(t.kind, Kind::Number { digits: 1..=2, .. }))
    };
    if !whole_word || !is_day(i) {
        return false;
    }
    // «۸تا۱۰», «16 و17», «۱۸، ۱۹ و ۲۰»: a few more days before the month.
    let mut j = i + 1;
    loop {
        let Some(t) = tokens.get(j).filter(|t| t.gap != Gap::Break) else {
            return false;
        };
        let joins_days = match t.kind {
            Kind::Word(Some(Lex::Month { .. })) => {
                return matches!(word.kind, Kind::Word(lex) if !matches!(lex, Some(Lex::Month { .. })))
                    && t.start - word.start <= MONTH_BACK_MARGIN;
            }
            Kind::Word(Some(Lex::Va | Lex::Until)) => true,
            Kind::Punct(c) => matches!(c, '-' | '–' | '،' | ','),
            _ => false,
        };
        if !joins_days || j > i + 5 || !is_day(j + 1) {
            return false;
        }
        j += 2;
    }
}

/// Whether a mention can start with this token: most tokens are words that
/// mean nothing in dates, and are skipped without trying the grammar.
fn may_start_mention(token: &Token) -> bool {
    match token.kind {
        Kind::Number { .. } => true,
        Kind::Punct(_) | Kind::Word(None) => false,
        Kind::Word(Some(lex)) => matches!(
            lex,
            Lex::Month { .. }
                | Lex::LunarHead(_)
                | Lex::Weekday(_)
                | Lex::Cardinal(_)
                | Lex::Ordinal(_)
                | Lex::From
                | Lex::Sal
                | Lex::Sals
                | Lex::Decade
                | Lex::Century
                | Lex::Mah
                | Lex::Rooz
                | Lex::Shab
                | Lex::Hafte
                | Lex::Yeki
                | Lex::RelativeDay(_)
                | Lex::RelativeYear(_)
                | Lex::Pas
                | Lex::In
                | Lex::Chand
                | Lex::OrdinalIn(_)
                | Lex::Named { .. }
        ),
    }
}

struct Parser<'t> {
    /// The text the tokens' spans index, for the rare rule that must tell
    /// two spellings of one meaning apart («مه» from «می»).
    text: &'t str,
    tokens: &'t [Token],
    /// The last [`Parser::single`]: a range reads the single date after its
    /// «تا» or dash, and when it fails the main loop reads it again as a start.
    single_memo: Memo<Parsed<DateExpr>>,
    /// The last two [`Parser::day`]s: a single date, a range and a list all
    /// start with the same day, with the range's second end read in between.
    day_memo: [Memo<Parsed<u8>>; 2],
}

impl<'t> Parser<'t> {
    fn new(text: &'t str, tokens: &'t [Token]) -> Parser<'t> {
        Parser {
            text,
            tokens,
            single_memo: Memo::default(),
            day_memo: [Memo::default(), Memo::default()],
        }
    }
}

/// One remembered result of a rule, by the token index it was read at.
///
/// Every rule reads only the tokens of one line, so its result at an index
/// never changes: remembering it is safe, and saves reading the same tokens
/// again when several rules start at the same place.
struct Memo<T: Copy>(Cell<Option<(usize, T)>>);

impl<T: Copy> Default for Memo<T> {
    fn default() -> Self {
        Memo(Cell::new(None))
    }
}

impl<T: Copy> Memo<T> {
    /// The result remembered for index `i`, if it is the one remembered.
    #[inline]
    fn get(&self, i: usize) -> Option<T> {
        self.0
            .get()
            .and_then(|(at, value)| (at == i).then_some(value))
    }

    #[inline]
    fn set(&self, i: usize, value: T) {
        self.0.set(Some((i, value)));
    }
}

/// Whether a year is written in full (four digits or words), not as «۸۸» or «امسال».
fn is_full_year(year: Option<YearExpr>) -> bool {
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

/// Whether months of the two sets count in one calendar (the Iranian and
/// Afghan names both name Solar Hijri months).
fn same_calendar(a: MonthSet, b: MonthSet) -> bool {
    let solar = |set| matches!(set, MonthSet::Iranian | MonthSet::Afghan);
    a == b || solar(a) && solar(b)
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

/// The two years of a range written with a dash, the earlier first, a year
/// of two digits completed from a year of four at the other end. Digits typed
/// among right-to-left words often come out with the later year first
/// («(1640-1577 میلادی)», «سال‌های 2004- 1996», and «سال تحصیلی 58-1357»,
/// the school year 1357–58). (With «تا» the order is as written, and a range
/// that runs backwards is none.) `None` when two digits cannot be the year
/// after: «1399-98».
fn dashed_years(first: YearExpr, second: YearExpr) -> Option<(YearExpr, YearExpr)> {
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

/// Whether `t` is a word of one letter outside the lexicon: in running text,
/// the ezafe «ی» written after a joiner («ژانویه‌ی ۲۰۲۵», «هفته‌ی گذشته»).
fn is_ezafe_letter(t: &Token) -> bool {
    matches!(t.kind, Kind::Word(None)) && t.end - t.start == 'ی'.len_utf8()
}

/// Whether `t` separates the items of a list: «و» or a comma.
fn is_list_separator(t: &Token) -> bool {
    matches!(t.kind, Kind::Word(Some(Lex::Va)) | Kind::Punct('،' | ','))
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

/// Whether each of `values` is `next` of the one before it: days, months or
/// years that follow one another in a list, which read as one range («۲۹ و ۳۰
/// خرداد», «بهمن و اسفند», «سال‌های ۲۰۰۴ و ۲۰۰۵»).
fn one_after_another<T: Copy + PartialEq>(
    values: impl Iterator<Item = T> + Clone,
    next: impl Fn(T) -> T,
) -> bool {
    values
        .clone()
        .zip(values.skip(1))
        .all(|(a, b)| next(a) == b)
}

/// Whether two years are written with as many digits.
fn same_digits(a: YearExpr, b: YearExpr) -> bool {
    matches!(
        (a, b),
        (YearExpr::Digits { digits: x, .. }, YearExpr::Digits { digits: y, .. }) if x == y
    )
}

/// Whether `second` is the year after `first`: a season or a school year
/// after a cue word («فصل ۹۸-۹۹», «فصل 2014-2015»), not «فصل ۱۰-۱۲»
/// (chapters 10 to 12) or the typo «فصل 29-2018».
fn one_year_apart(first: YearExpr, second: YearExpr) -> bool {
    matches!(
        (first, second),
        (YearExpr::Digits { value: a, .. }, YearExpr::Digits { value: b, .. }) if b == a + 1
    )
}

/// Whether a bare number of four digits may be a year of this age: 1900..=2100,
/// or Solar Hijri 1300..=1499.
fn is_year_of_this_age(value: u32) -> bool {
    (1900..=2100).contains(&value) || (1300..1500).contains(&value)
}

/// Whether two years joined by a dash with no «سال» or era before or after
/// them (in order already, see [`dashed_years`]; `short` when one was written
/// with two digits) are surely a range of years: «دوره 1394-1384»,
/// «(2004-1999)», «(76-1973)», «سال تحصیلی ... و 97-1996». Numbers so joined
/// are as often codes, scores or amounts («2000-2500»), so both must be years
/// of this age (1900..=2100, or Solar Hijri 1300..=1499), of one calendar and
/// at most 30 years apart (so never two whole hundreds). Two digits complete the
/// other year up to 20 years on, and not up to twelve: «1399-05» and
/// «2006-07» are as often a year and its month.
fn years_of_this_age(first: YearExpr, second: YearExpr, short: bool) -> bool {
    let (YearExpr::Digits { value: a, .. }, YearExpr::Digits { value: b, .. }) = (first, second)
    else {
        return false;
    };
    if !(is_year_of_this_age(a) && is_year_of_this_age(b) && (a >= 1900) == (b >= 1900) && a < b) {
        return false;
    }
    if short {
        b - a <= 20 && b % 100 > 12
    } else {
        b - a <= 30
    }
}

/// A range of years, both of era `era` when it is written (once).
fn year_range_shape(first: YearExpr, second: YearExpr, era: Option<Era>) -> Shape {
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

/// A parse result: the value and the index of the first token after it.
type Parsed<T> = Option<(T, usize)>;

impl Parser<'_> {
    /// Token `j`, if it exists.
    fn at(&self, j: usize) -> Option<&Token> {
        self.tokens.get(j)
    }

    /// Token `j` as part of a mention (the parser sees one line at a time, so
    /// this is simply token `j`).
    fn cont(&self, j: usize) -> Option<&Token> {
        self.tokens.get(j)
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
        match tok.lex() {
            Some(Lex::From) => {
                // «از» belongs to the mention only when it opens a range.
                if !self.may_start(i + 1) {
                    return None;
                }
                let (shape, next) = self.range(i + 1, self.single(i + 1))?;
                return self.push(i, next, shape, out);
            }
            // «امروز», «پارسال»: no date, range or list starts with these; only
            // the relative rule can (most relative mentions in news are these).
            Some(Lex::RelativeDay(_) | Lex::RelativeYear(_)) => {
                let (relative, next) = self.relative(i)?;
                return self.push(i, next, Shape::Relative(relative), out);
            }
            Some(Lex::Decade) => return self.decades(i, out),
            Some(Lex::Hafte) => {
                if let Some(next) = self.week_of_month(i, out) {
                    return Some(next);
                }
            }
            Some(Lex::Sal | Lex::Sals) => {
                if let Some(next) = self.list_of_years(i, out) {
                    return Some(next);
                }
            }
            Some(Lex::Century) => return self.centuries(i),
            _ => {}
        }
        if !self.may_start(i) || self.inside_number_words(i) {
            return None;
        }
        if let Some(next) = self.list_of_months(i, out) {
            return Some(next);
        }
        // Read once: a range starts with it, and so does a single date.
        let single = self.single(i);
        if let Some((shape, next)) = self.range(i, single) {
            return self.push(i, next, shape, out);
        }
        if let Some((expr, next)) = single {
            // A name holds no date, not even its month («بندر پنجم نوامبر»).
            if self.names_a_place(i, &expr) {
                return Some(next);
            }
            return self.push(i, next, Shape::Single(expr), out);
        }
        if let Some(next) = self.list(i, out) {
            return Some(next);
        }
        let (relative, next) = self.relative(i)?;
        self.push(i, next, Shape::Relative(relative), out)
    }

    /// Whether the number word at `i` goes on a number in words before it:
    /// «هفتم» in «بیست و هفتم», «پنجاه» in «صد و پنجاه سال قبل», which the
    /// mention at the first word reads whole (or refuses). Or may, when «و»
    /// opens the window after a letter: the window's edge may have cut the
    /// first word off (a list «بیست و هفتم یا بیست و هشتم ماه مبارک رمضان»
    /// reaches further back than the month's window), and «هفتم» alone
    /// would be the 7th.
    fn inside_number_words(&self, i: usize) -> bool {
        let value = match self.at(i).and_then(Token::lex) {
            Some(Lex::Ordinal(n) | Lex::OrdinalIn(n)) => u32::from(n),
            Some(Lex::Cardinal(n)) => u32::from(n),
            _ => return false,
        };
        let Some(va) = i.checked_sub(1) else {
            return false;
        };
        if self.cont_lex(va) != Some(Lex::Va) {
            return false;
        }
        match va.checked_sub(1) {
            // A larger number before: «بیست و هفتم», «صد و پنجاه»; not «بیست و
            // یک و بیست و دو» (21 and 22), where «بیست» starts a number.
            Some(b) => {
                matches!(self.cont_lex(b), Some(Lex::Cardinal(before)) if u32::from(before) > value)
            }
            None => self.letter_before(va),
        }
    }

    /// Whether a letter of the Arabic block comes before token `k`, past
    /// spaces, in the whole text (not only the tokens of the window).
    fn letter_before(&self, k: usize) -> bool {
        let Some(t) = self.at(k) else {
            return false;
        };
        self.text
            .get(..t.start)
            .and_then(|head| head.trim_end_matches(' ').chars().next_back())
            .is_some_and(|c| ('\u{0621}'..='\u{06D3}').contains(&c))
    }

    /// A quick reject: `false` only when no rule (single, range, list or
    /// relative) can match at `i`. Most numbers and month names in dense text
    /// lead nowhere («۲۵ نفر», «۱ ۲ ۳», «تیر تیر»), and the token after them
    /// shows it without trying every rule that starts with them.
    #[inline]
    fn may_start(&self, i: usize) -> bool {
        match self.at(i).map(|t| t.kind) {
            Some(Kind::Number { .. }) => self.number_may_start(i),
            Some(Kind::Word(Some(Lex::Month { with_mah, .. }))) => {
                with_mah || self.month_may_start(i)
            }
            Some(_) => true,
            None => false,
        }
    }

    /// Whether a mention can start with the month name at `i` (without «ماه»
    /// glued on), judged by its neighbours: a quick reject, true whenever some
    /// rule could match.
    ///
    /// Only `month year`, `month ماه`, a cued month, the first end of a
    /// range and the first months of a list start with a month, so the token
    /// after it must be «ماه», a year, «تا» or a dash, a lunar honorific, the
    /// ezafe «ی», or «و», «یا» or a comma; or the word before it must be a
    /// cue («اوایل», «ماه», «در», «تا», «از»). (The scan asks the same of
    /// the raw text before it opens a window for a bare Iranian month: see
    /// `scan::bare_months`, which must keep up with this.)
    #[inline(never)]
    fn month_may_start(&self, i: usize) -> bool {
        // A Gregorian month that names nothing else, after a word.
        let only_a_month = self
            .cont_lex(i)
            .and_then(MonthRef::of)
            .is_some_and(MonthRef::names_only_a_month);
        if only_a_month && self.after_a_word(i) {
            return true;
        }
        let cued = i
            .checked_sub(1)
            .and_then(|b| self.at(b))
            .is_some_and(|b| match b.kind {
                Kind::Word(Some(lex)) => matches!(
                    lex,
                    Lex::MonthCue
                        | Lex::Mah
                        | Lex::Until
                        | Lex::From
                        | Lex::Period
                        | Lex::Ordinal(_)
                ),
                // «در», «نخست» of «نیمه نخست», «ایام» or «مبارک» before a lunar
                // month, told by their lengths alone (a quick reject:
                // `month_year` reads them).
                Kind::Word(None) => {
                    let len = b.end - b.start;
                    len == "در".len() || len == "نخست".len() || len == "مبارک".len()
                }
                _ => false,
            });
        cued || self.at(i + 1).is_some_and(|next| match next.kind {
            Kind::Number { .. } => true,
            // A dash of a range, a comma of a list or before a year («فوریه،۲۰۰۲»).
            Kind::Punct(c) => matches!(c, '-' | '–' | '—' | '،' | ','),
            Kind::Word(Some(lex)) => lex.may_follow_bare_month(),
            // The ezafe «ی» after a ZWNJ («ژانویه‌ی ۲۰۲۵»), or «یا».
            Kind::Word(None) => next.gap == Gap::Joiner || self.is_month_list_separator(i + 1),
        })
    }

    /// Whether a mention can start with the number at `i`, judged by the token
    /// after it: a quick reject, true whenever some rule could match.
    ///
    /// Each rule that starts with a number needs a particular token right
    /// after it: a separator of a numeric date or a list («/», «-», «.», «،»),
    /// the dash or «تا» of a range, a month (perhaps after «ام»), an era, «و»
    /// of a list, the unit of «۳ روز پیش», or «شنبه» («4 شنبه», Wednesday).
    /// The exceptions are a bare year after a cue word («مصوب ۱۳۸۰»), a
    /// preposition or a season («در 1983», «تابستان 2013»), whatever follows
    /// it.
    fn number_may_start(&self, i: usize) -> bool {
        self.after_year_cue(i)
            || self.at(i + 1).is_some_and(|next| match next.kind {
                Kind::Punct(c) => matches!(c, '/' | '\\' | '.' | '-' | '–' | '—' | '،' | ','),
                Kind::Word(Some(lex)) => matches!(
                    lex,
                    Lex::Month { .. }
                        | Lex::LunarHead(_)
                        | Lex::Am
                        | Lex::EraLetter(_)
                        | Lex::Hejri
                        | Lex::Solar
                        | Lex::Lunar
                        | Lex::Miladi
                        | Lex::Until
                        | Lex::Va
                        | Lex::Rooz
                        | Lex::Shab
                        | Lex::Hafte
                        | Lex::Mah
                        | Lex::Sal
                        | Lex::PashtoYear
                        | Lex::Weekday(Weekday::Sat)
                ),
                // «۱۴ یا ۱۵ اردیبهشت»: «یا» (or) between days.
                Kind::Word(None) => self.is_month_list_separator(i + 1),
                Kind::Number { .. } => false,
            })
            // «در 1983 در فیلیپین»: a bare year after a preposition.
            || self.before_plain_year(i)
    }

    fn push(&self, first: usize, next: usize, shape: Shape, out: &mut Vec<Expr>) -> Option<usize> {
        let (start, end) = self.span(first, next)?;
        out.push(Expr {
            start,
            end,
            extent_start: start,
            extent_end: end,
            shape,
        });
        Some(next)
    }

    /// «دهه ۶۰», «دهه 1990 میلادی», «دهه شصت»: the ten years from a year
    /// that ends in 0, its digits read as a year's are (two digits are
    /// 13x0, and 19x0 with «میلادی»). A range or a list of decades may follow
    /// the first.
    #[inline(never)]
    fn decades(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
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

    /// «هفته دوم آذرماه», «هفته آخر اسفند», «دومین هفته آبان»: a week of a
    /// month, named before it. The mention holds the week's words and has
    /// the month's value: the annotated sets read it so (the week is named,
    /// its days are not), where «اوایل», «پایان» … stay out of the span.
    #[inline(never)]
    fn week_of_month(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
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
        let (first, month_at) = match (counted, ordinal_before) {
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

    /// «سال 82 و 86», «سال‌های ۱۳۷۶ و ۱۳۷۹», «سال های 2001، 2003 و 2008
    /// میلادی»: years of as many digits after «سال», joined by «و» or
    /// commas. Each is a mention of its own, as the days of a list are, read
    /// with the «سال» before them; an era after the last is all of theirs.
    /// Years that follow one another («سال‌های ۱۳۷۶ و ۱۳۷۷») are one range.
    #[inline(never)]
    fn list_of_years(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
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
                if t.gap == Gap::Joiner && self.token_is(j, "ی")
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
    fn centuries(&self, i: usize) -> Option<usize> {
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

    /// A day and month without a year right after «میدان», «بیمارستان», «سینمای» … is a name;
    /// after «شهدای» (the martyrs of), only when a place noun comes before it.
    fn names_a_place(&self, first: usize, expr: &DateExpr) -> bool {
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
        before.lex() == Some(Lex::NameContext) && this_gap != Some(Gap::Break) && !martyrs_alone
    }

    /// `[weekday [،]] day month [year]`, a numeric date, `month year`, `month ماه`, or a year alone.
    fn single(&self, i: usize) -> Parsed<DateExpr> {
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
        if self.cont_lex(j) == Some(Lex::Mah) {
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
    fn day_month_year(&self, i: usize) -> Parsed<DateExpr> {
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
    fn month_after_day(
        &self,
        day: u8,
        j: usize,
        form: DayForm,
        day_in_digits: bool,
    ) -> Parsed<DateExpr> {
        // «۲۱ ماه مه ۲۰۰۴», «۱۵ ماه رمضان ۱۴۰۴»: «ماه» between the day and a
        // Gregorian or lunar month. (Not an Iranian one: «۲ ماه تیر و مرداد»
        // is two months.)
        // «بیست و پنجم ماه مبارک رمضان»: «مبارک» (blessed) after «ماه».
        let (month, mah, k, mah_before) = match self.month(j) {
            Some((month, mah, k)) => (month, mah, k, false),
            None if self.cont_lex(j) == Some(Lex::Mah) => {
                let blessed = usize::from(self.token_is(j + 1, "مبارک"));
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
            None => (None, None, k),
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
            MonthSet::Gregorian => day_in_digits || year.is_some() || !month.homograph,
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

    /// `month year`, or a month with «ماه» or after a cue («اوایل بهمن», «ماه ژانویه»).
    fn month_year(&self, i: usize) -> Parsed<DateExpr> {
        self.month_year_cued(i, false)
    }

    /// [`Self::month_year`], the month cued (as by «اوایل») when `cued` is true.
    fn month_year_cued(&self, i: usize, cued: bool) -> Parsed<DateExpr> {
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
        let cued = cued || self.month_cue_before(i);
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
                (cued || self.preposition_before(i, month)) && !month.homograph
            }
            MonthSet::Afghan => false,
        };
        enough.then_some((expr, j))
    }

    /// Whether the token before `i` is one of `words` (compared folded).
    fn word_before_is(&self, i: usize, words: &[&str]) -> bool {
        i.checked_sub(1)
            .is_some_and(|before| words.iter().any(|word| self.token_is(before, word)))
    }

    /// Whether token `k` is `word`, compared folded.
    fn token_is(&self, k: usize, word: &str) -> bool {
        self.at(k)
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|text| text.chars().map(fold).eq(word.chars().map(fold)))
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
    fn lunar_cued(&self, i: usize) -> bool {
        self.lunar_cue_before(i) || self.cont_lex(i + 1) == Some(Lex::LunarHonorific)
    }

    /// Whether the word before token `i` makes the numbers after it an
    /// identifier: «کد 1990 - 2000», «شماره 1384-94», «پلاک 1380-1382».
    fn after_an_identifier(&self, i: usize) -> bool {
        self.word_before_is(i, &["کد", "شماره", "تلفن", "پلاک", "ردیف", "صفحه", "ص"])
    }

    /// Whether token `i` follows a word on its line, a space or a joiner
    /// between.
    fn after_a_word(&self, i: usize) -> bool {
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
        (is_mah(b) && !(self.token_is(i, "صفر") && counted(b)))
            || self.token_is(b, "ایام")
            || (self.token_is(b, "مبارک") && b.checked_sub(1).is_some_and(is_mah))
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

    /// Whether `t` is «در», by its bytes (it has no other spelling to fold).
    #[inline]
    fn is_dar(&self, t: &Token) -> bool {
        t.end - t.start == "در".len() && self.text.get(t.start..t.end) == Some("در")
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
    fn year_before_sal(&self, j: usize) -> Parsed<YearExpr> {
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
    fn year_before_unit(&self, j: usize) -> Parsed<YearExpr> {
        match self.cont(j)?.kind {
            Kind::Number { value, digits: 4 } if value % 100 != 0 && !self.in_numeric_run(j) => {
                Some((YearExpr::Digits { value, digits: 4 }, j + 1))
            }
            _ => None,
        }
    }

    /// Past the kind of year at `j` after «سال» («سال تحصیلی ۸۲-۸۳»), if one is there.
    fn past_year_kind(&self, j: usize) -> usize {
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
    fn after_year_cue(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|b| self.at(b))
            .is_some_and(|b| b.lex() == Some(Lex::YearCue))
            && self.cont(i).is_some()
    }

    /// Whether the number at `i` comes right after «در», «از» or «تا» (in,
    /// from, until) or a season: a bare year may follow («در 1983 در
    /// فیلیپین», «تا 2025 تمدید کرد», «تابستان 2013 به رئال پیوست», «در
    /// پاییز 1395»), if [`Self::plain_year`] agrees. The season itself is no
    /// part of the mention (seasons are not dates here, see `corpus_gold.md`).
    /// (A quick test: it is asked of every number that no token after it
    /// explains.)
    fn before_plain_year(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).and_then(|b| self.at(b)) else {
            return false;
        };
        match before.kind {
            Kind::Word(Some(lex)) => matches!(lex, Lex::From | Lex::Until),
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

    /// `range := day (تا|الی|-) single | single (تا|الی|-) single | «سال» year تا year`.
    ///
    /// `single_at_i` is [`Parser::single`] at `i`, which the caller has read already.
    fn range(&self, i: usize, single_at_i: Parsed<DateExpr>) -> Parsed<Shape> {
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
    fn dash_at(&self, j: usize) -> bool {
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

    /// `day ((،|و|یا) day)* single`: each day is its own mention, sharing the
    /// month and year («۲۵ و ۲۹ آبان»), or days that follow one another one
    /// range («۲۹ و ۳۰ خرداد», «۱۴ یا ۱۵ اردیبهشت»).
    fn list(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
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
    fn list_of_months(&self, i: usize, out: &mut Vec<Expr>) -> Option<usize> {
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
        // another word of the same kind.
        let listed = |month: MonthRef| !month.homograph || month.set == MonthSet::Iranian;
        let (first, _, k) = self.month(i)?;
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
            let (last, next) = self.single(j).or_else(|| {
                self.month_year(i)
                    .and_then(|_| self.month_year_cued(j, true))
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
    fn is_month_list_separator(&self, k: usize) -> bool {
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
    fn plain_number_end(&self, i: usize) -> Option<usize> {
        let number = matches!(self.at(i)?.kind, Kind::Number { .. });
        let word_after = matches!(self.at(i + 1).map(|t| t.kind), Some(Kind::Word(Some(_))));
        (number && !word_after).then_some(i + 1)
    }

    /// `(تا|الی|-|–)` between the two ends of a range; returns the index after it.
    fn until(&self, j: usize) -> Option<usize> {
        let tok = self.cont(j)?;
        // (`matches!` rather than `Token::is_punct`: the derived `==` on
        // token kinds is not inlined, and this is asked at most tokens.)
        matches!(
            tok.kind,
            Kind::Word(Some(Lex::Until)) | Kind::Punct('-' | '–' | '—')
        )
        .then_some(j + 1)
    }

    fn skip_comma(&self, j: usize) -> usize {
        match self.cont(j) {
            Some(t) if matches!(t.kind, Kind::Punct('،' | ',')) => j + 1,
            _ => j,
        }
    }
}
