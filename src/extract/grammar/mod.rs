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
//!
//! Here: the expressions, the main loop (which rule may start at a token) and
//! the parser's helpers. The rules, by what they read: [`single`] (one date,
//! and the words that make a month name one), [`ranges`], [`lists`],
//! [`years`] (years alone, lists of years, decades and centuries), [`parts`]
//! (weekday, day, month, year, era marker, numeric dates, numbers in words)
//! and [`relative`] (relative and named dates).

use std::cell::Cell;

use chrono::Weekday;

mod lists;
mod parts;
mod ranges;
mod relative;
mod single;
mod years;

use super::chars::{fold, is_pictograph};
use super::lexicon::{Lex, MonthSet};
use super::scan::MONTH_BACK_MARGIN;
use super::token::{Gap, Kind, Token};

/// A month as written: which set of names, and its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthRef {
    pub(crate) set: MonthSet,
    pub(crate) month: u8,
    /// The name is common in another sense (صفر, مه, میزان) and needs more evidence.
    pub(crate) homograph: bool,
}

impl MonthRef {
    /// The month of the reference date, named after a day by «ماه جاری» or
    /// «همین ماه» («۲۳ ماه جاری», the 23rd of this month). Its number, 0, is
    /// no month's: resolution puts the reference's Solar Hijri month in its
    /// place, and without a reference date there is no date.
    pub(crate) const OF_REFERENCE: MonthRef = MonthRef {
        set: MonthSet::Iranian,
        month: 0,
        homograph: false,
    };

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
    /// «هجری» alone: lunar before the year 1300, Solar Hijri from then on
    /// (see `resolve::calendar_of`).
    Hejri,
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

/// A unit of time in a relative date (the lexicon's: see [`Lex::GluedCount`]).
pub(crate) use super::lexicon::Unit;

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
                        // «اكتبر(مهر)سال 2002», «(بخش دولتي)از 12 تا 15 تير»:
                        // «سال» or «از» glued after a closing bracket, before
                        // the number that anchors the mention (and its window).
                        || (matches!(c, ')' | '»')
                            && matches!(token.lex(), Some(Lex::Sal | Lex::From)))
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
                | Lex::GluedCount { .. }
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

/// Whether `t` is a word of one letter outside the lexicon: in running text,
/// the ezafe «ی» written after a joiner («ژانویه‌ی ۲۰۲۵», «هفته‌ی گذشته»).
fn is_ezafe_letter(t: &Token) -> bool {
    matches!(t.kind, Kind::Word(None)) && t.end - t.start == 'ی'.len_utf8()
}

/// Whether `t` separates the items of a list: «و» or a comma.
fn is_list_separator(t: &Token) -> bool {
    matches!(t.kind, Kind::Word(Some(Lex::Va)) | Kind::Punct('،' | ','))
}

/// A parse result: the value and the index of the first token after it.
type Parsed<T> = Option<(T, usize)>;

impl Parser<'_> {
    /// Token `j`, if it exists.
    fn at(&self, j: usize) -> Option<&Token> {
        self.tokens.get(j)
    }

    /// Whether `t` is the ezafe «ی» (or «ي») written as a word of its own,
    /// after a joiner or, in messy text, a space: «هفته‌ی گذشته», «هفته ی
    /// گذشته», «ژانویه ی ۲۰۲۵». (Alone, that letter is no other word.)
    pub(super) fn is_ezafe(&self, t: &Token) -> bool {
        matches!(t.kind, Kind::Word(None))
            && t.gap != Gap::Glued
            && matches!(self.text.get(t.start..t.end), Some("ی" | "ي"))
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
                        // «ماه قمری ذیحجه», «ماه‌های رجب و شعبان»
                        | Lex::Lunar
                        | Lex::Plural
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
            // A dash of a range, a comma of a list or before a year («فوریه،۲۰۰۲»),
            // the bracket closing a gloss («اکتبر (مهر)»).
            Kind::Punct(c) => {
                matches!(c, '-' | '–' | '—' | '،' | ',') || (c == ')' && self.glossed_month(i))
            }
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
                        | Lex::Decade
                        | Lex::PashtoYear
                        | Lex::Weekday(Weekday::Sat)
                        // «۲۳ همین ماه».
                        | Lex::Hamin
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

    /// Whether the token before `i` is one of `words` (compared folded).
    fn word_before_is(&self, i: usize, words: &[&str]) -> bool {
        i.checked_sub(1)
            .is_some_and(|before| words.iter().any(|word| self.token_is(before, word)))
    }

    /// Whether token `j` is a word that starts with `prefix` (compared folded).
    fn word_starts_with(&self, j: usize, prefix: &str) -> bool {
        self.cont(j)
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|word| {
                let mut letters = word.chars().map(fold);
                prefix.chars().map(fold).all(|c| letters.next() == Some(c))
            })
    }

    /// Whether token `k` is `word`, compared folded.
    fn token_is(&self, k: usize, word: &str) -> bool {
        self.at(k)
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|text| text.chars().map(fold).eq(word.chars().map(fold)))
    }
}
