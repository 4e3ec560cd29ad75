//! Splits a stretch of text into tokens: numbers, words and punctuation.
//!
//! Only the stretches around anchors are tokenized (see [`super::scan`]). A token
//! keeps its byte span in the caller's text and how it is separated from the
//! token before it, because «۱۲تیر», «تیر ماه», «تیر‌ماه» and a line break
//! between two words mean different things to the grammar.

use super::chars::{arabic_word_fold, is_joiner, is_word_char, DROPPED, NOT_WORD};
use super::hashtags::joins_tag_words;
use super::lexicon::{read_word, Lex, Lexicon, WordKey};

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the two touch («۱۲تیر», «۱۴۰۳/»).
    Glued,
    /// Only invisible joiners (ZWNJ, RLM …): one word written in parts («تیر‌ماه»).
    Joiner,
    /// Spaces (and perhaps joiners) on one line.
    Space,
    /// A line or paragraph break: the grammar never reads across it.
    Break,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of digits in any of the three scripts; `value` saturates, `digits` counts them.
    Number { value: u32, digits: u8 },
    /// A word, with its meaning in dates if it has one.
    Word(Option<Lex>),
    /// One other visible character.
    Punct(char),
}

/// One token: its byte span in the caller's text, its gap and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) gap: Gap,
    pub(crate) kind: Kind,
}

impl Token {
    /// The word meaning, if this is a known word.
    #[inline]
    pub(crate) fn lex(&self) -> Option<Lex> {
        match self.kind {
            Kind::Word(lex) => lex,
            _ => None,
        }
    }

    /// Whether this token is the punctuation character `c`.
    #[inline]
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Whether the last token read is a number.
fn after_number(out: &[Token]) -> bool {
    out.last()
        .is_some_and(|t| matches!(t.kind, Kind::Number { .. }))
}

/// Whether `word` is nothing but tatweels (U+0640).
fn only_tatweels(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c == '\u{0640}')
}

/// A word read as a preposition glued to another word: see
/// [`after_glued_preposition`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct GluedPreposition {
    /// The byte length of the preposition.
    pub(crate) len: usize,
    /// The preposition's own meaning ([`GLUED_PREPOSITIONS`]).
    pub(crate) preposition: Option<Lex>,
    /// The meaning of the word after it.
    pub(crate) rest: Lex,
}

/// For a word like «درپنجم» (the preposition «در» glued to an ordinal, a
/// month name, «سال» or «هفته»: «درسال 2002», «درسالهای», «درهفته اول
/// شهريور»; or to a count, «درچند هفته پيش», whose unit would else read as
/// «هفته پيش», last week), and for «از» and «تا» glued the same way
/// («ازاول خرداد», «تاپنجم جولای», «ازسه سال پیش»): the preposition and the
/// word after it.
///
/// Only for words the lexicon does not know; the tokenizer calls it only when
/// the word's bytes start with one of [`GLUED_PREPOSITIONS`], which rules out
/// nearly all of them.
#[inline]
pub(crate) fn after_glued_preposition(word: &str, lexicon: &Lexicon) -> Option<GluedPreposition> {
    let (written, preposition, rest) = GLUED_PREPOSITIONS
        .iter()
        .find_map(|&(p, lex)| word.strip_prefix(p).map(|rest| (p, lex, rest)))?;
    if rest.is_empty() {
        return None;
    }
    let rest = lexicon.lookup(rest)?;
    splits_from_preposition(rest).then_some(GluedPreposition {
        len: written.len(),
        preposition,
        rest,
    })
}

/// The prepositions read apart from a word glued after them (see
/// [`after_glued_preposition`]), with their meaning as tokens: «از» (from)
/// and «تا» (until) mean to the grammar what they mean apart; «در» is read
/// by its letters.
const GLUED_PREPOSITIONS: [(&str, Option<Lex>); 3] = [
    ("در", None),
    ("از", Some(Lex::From)),
    ("تا", Some(Lex::Until)),
];

/// Whether a word of this meaning is read apart from a preposition glued
/// before it (see [`after_glued_preposition`]). The rest must be a whole word
/// of the lexicon, which rules out the words these letters begin («دربار»,
/// «ازدواج», «تاریخ»).
fn splits_from_preposition(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::Ordinal(_)
            | Lex::Month { .. }
            | Lex::Sal
            | Lex::Sals
            | Lex::Hafte
            | Lex::Cardinal(_)
            | Lex::Chand
    )
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}' | '\u{0085}'
    )
}

/// The value and byte length of the digit at byte `i` of `bytes`, if one
/// starts there: ASCII 0-9, Persian ۰-۹ (U+06F0.., bytes DB B0..B9) or
/// Arabic-Indic ٠-٩ (U+0660.., bytes D9 A0..A9), the digits
/// [`super::chars::digit_value`] knows.
#[inline(always)]
fn digit_at(bytes: &[u8], i: usize) -> Option<(u8, usize)> {
    match *bytes.get(i)? {
        lead @ b'0'..=b'9' => Some((lead - b'0', 1)),
        lead @ (0xD9 | 0xDB) => {
            let low = bytes
                .get(i + 1)?
                .wrapping_sub(if lead == 0xDB { 0xB0 } else { 0xA0 });
            (low < 10).then_some((low, 2))
        }
        _ => None,
    }
}

/// How a token (or a separator) starts: see [`start_at`].
enum Start {
    /// A digit with its value; the number goes on at byte `.1`.
    Digit(u8, usize),
    /// A word character; `.0` is the key with it added, the word goes on at `.1`.
    Word(WordKey, usize),
    /// A character known to be a punctuation mark (no separator), ending at `.1`.
    Punct(char, usize),
    /// Any other character (a separator or a punctuation mark), ending at `.1`.
    Other(char, usize),
}

/// What starts at byte `i` of `text`, or `None` at its end (or, which cannot
/// happen for a `&str` walked char by char, off a char boundary).
///
/// Arabic-block characters and ASCII are classified from their bytes; only
/// other characters are decoded and asked [`is_word_char`].
#[inline(always)]
fn start_at(text: &str, i: usize) -> Option<Start> {
    let bytes = text.as_bytes();
    let lead = *bytes.get(i)?;
    if lead & 0xFC == 0xD8 {
        // In valid UTF-8 the next byte continues this two-byte character.
        let low = (lead & 0x03) << 6 | bytes.get(i + 1)? & 0x3F;
        return Some(match (lead, low) {
            // Persian ۰-۹ (U+06F0..) and Arabic-Indic ٠-٩ (U+0660..).
            (0xDB, 0xF0..=0xF9) => Start::Digit(low - 0xF0, i + 2),
            (0xD9, 0x60..=0x69) => Start::Digit(low - 0x60, i + 2),
            _ => {
                let mut key = WordKey::new();
                match arabic_word_fold(low) {
                    // The block has no spaces, breaks or joiners.
                    NOT_WORD => Start::Punct(char::from_u32(0x0600 | u32::from(low))?, i + 2),
                    DROPPED => Start::Word(key, i + 2),
                    folded => {
                        key.push_folded(folded);
                        Start::Word(key, i + 2)
                    }
                }
            }
        });
    }
    if lead < 0x80 {
        let c = char::from(lead);
        return Some(match lead {
            b'0'..=b'9' => Start::Digit(lead - b'0', i + 1),
            b'a'..=b'z' | b'A'..=b'Z' => {
                let mut key = WordKey::new();
                key.push_char(c);
                Start::Word(key, i + 1)
            }
            // Inside a hashtag, a space (see `hashtags`).
            b'_' => Start::Other(c, i + 1),
            _ if lead.is_ascii_punctuation() => Start::Punct(c, i + 1),
            _ => Start::Other(c, i + 1),
        });
    }
    // Outside ASCII and the Arabic block there are no digits (of the three
    // scripts) to look for.
    let c = text.get(i..)?.chars().next()?;
    let end = i + c.len_utf8();
    // The commonest character here (ZWNJ) answered before asking Unicode.
    if !is_joiner(c) && is_word_char(c) {
        let mut key = WordKey::new();
        key.push_char(c);
        return Some(Start::Word(key, end));
    }
    Some(Start::Other(c, end))
}

/// A stretch the scan knows already, one of its anchors: byte offsets into
/// the text, and for an anchor word its meaning (`None` for a number).
#[derive(Debug, Clone, Copy)]
pub(crate) struct KnownWord {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) lex: Option<Lex>,
}

/// The scan's anchor words of a stretch, in text order, as the tokenizer
/// meets them: numbers are left out (they are read again).
struct KnownWords<'k> {
    words: &'k [KnownWord],
    /// The next anchor word, in `words`.
    next: usize,
    /// Where it starts (`usize::MAX` past the last): the one thing the
    /// tokenizer asks of every token.
    next_start: usize,
}

impl<'k> KnownWords<'k> {
    fn new(words: &'k [KnownWord]) -> KnownWords<'k> {
        let mut known = KnownWords {
            words,
            next: 0,
            next_start: usize::MAX,
        };
        known.settle();
        known
    }

    /// Moves `next` to the first anchor word from there on and notes its start.
    fn settle(&mut self) {
        while self.words.get(self.next).is_some_and(|w| w.lex.is_none()) {
            self.next += 1;
        }
        self.next_start = self.words.get(self.next).map_or(usize::MAX, |w| w.start);
    }

    /// The end and meaning of the next anchor word, which is then passed.
    fn take(&mut self) -> Option<(usize, Lex)> {
        let word = self.words.get(self.next)?;
        self.next += 1;
        self.settle();
        Some((word.end, word.lex?))
    }

    /// Passes the anchor words that start before `at`.
    fn skip_before(&mut self, at: usize) {
        while self.next_start < at {
            self.next += 1;
            self.settle();
        }
    }
}

/// The length of the UTF-8 character whose first byte is `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Whether `bytes` start with one of [`GLUED_PREPOSITIONS`] (their first
/// four bytes), a quick test before [`after_glued_preposition`]. The scan asks
/// it too, of the word before an anchor: such a word may hide a day or a
/// count glued to the preposition, which the tokenizer reads apart.
#[inline]
pub(crate) fn may_start_glued_preposition(bytes: &[u8]) -> bool {
    const DAR: &[u8] = "در".as_bytes();
    const AZ: &[u8] = "از".as_bytes();
    const TA: &[u8] = "تا".as_bytes();
    matches!(bytes.get(..4), Some(DAR | AZ | TA))
}

/// Tokenizes `text[start..end]` into `out` (cleared first).
///
/// `start` and `end` must be char boundaries of `text`. `known` lists the
/// scan's anchors in the stretch, in text order: the words among them are
/// not read and looked up again.
///
/// The stretch is read byte by byte: spaces, digits and Arabic-block letters
/// (nearly everything in Persian text) are recognized from their bytes, and
/// each word's look-up key is built while it is read. Only other characters
/// are decoded. The tokens are those the char-by-char reading gave (the
/// tests compare the two).
pub(crate) fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    known: &[KnownWord],
    out: &mut Vec<Token>,
) {
    out.clear();
    let mut known = KnownWords::new(known);
    let Some(stretch) = text.get(start..end) else {
        return;
    };
    let bytes = stretch.as_bytes();
    let mut gap = Gap::Space;
    // Offsets into `stretch`; tokens get offsets into `text`.
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        let at = i;
        if lead == b' ' {
            // The commonest character of all, first.
            if gap != Gap::Break {
                gap = Gap::Space;
            }
            i += 1;
            continue;
        }
        // An anchor word of the scan starting here: its meaning is known, and
        // its end (in text of nothing but anchors, «تیر تیر …», most tokens).
        // (One that starts inside a token, as the tokens fell, is passed by.)
        known.skip_before(start + at);
        if start + at == known.next_start {
            if let Some((word_end, lex)) = known.take() {
                // Never backwards nor inside a character, whatever `known` says.
                i = word_end.saturating_sub(start).max(at + utf8_len(lead));
                out.push(Token {
                    start: start + at,
                    end: word_end,
                    gap,
                    kind: Kind::Word(Some(lex)),
                });
                gap = Gap::Glued;
                continue;
            }
        }
        let Some(first) = start_at(stretch, i) else {
            break;
        };
        let kind = match first {
            Start::Digit(first, next) => {
                let mut value = u32::from(first);
                let mut digits: u8 = 1;
                i = next;
                while let Some((d, len)) = digit_at(bytes, i) {
                    value = value.saturating_mul(10).saturating_add(u32::from(d));
                    digits = digits.saturating_add(1);
                    i += len;
                }
                Kind::Number { value, digits }
            }
            Start::Word(mut key, next) => {
                i = read_word(stretch, next, &mut key);
                let word = || stretch.get(at..i).unwrap_or_default();
                let lex = lexicon.lookup_key(&key, word);
                // «(1358ـ 1372)», «فصل 28 ـ 1926»: tatweels alone after a
                // number stand for a dash, typed where «-» would upset the
                // direction of the line. (No word of the lexicon: asked of
                // unknown words only.)
                if lex.is_none() && after_number(out) && only_tatweels(word()) {
                    out.push(Token {
                        start: start + at,
                        end: start + i,
                        gap,
                        kind: Kind::Punct('-'),
                    });
                    gap = Gap::Glued;
                    continue;
                }
                // Only a word starting with «در», «از» or «تا» (four bytes)
                // and longer can be one glued to another: check the bytes
                // before cutting the word out.
                if lex.is_none()
                    && i - at > 4
                    && bytes.get(at..).is_some_and(may_start_glued_preposition)
                {
                    if let Some(glued) = after_glued_preposition(word(), lexicon) {
                        // «درپنجم دی»: «در» lost its space. It is two words, as
                        // if the space were there: «در» is no part of the
                        // mention, and what comes before does not run on into
                        // it («فروردین درسال۱۲» is no month and year).
                        out.push(Token {
                            start: start + at,
                            end: start + at + glued.len,
                            gap,
                            kind: Kind::Word(glued.preposition),
                        });
                        out.push(Token {
                            start: start + at + glued.len,
                            end: start + i,
                            gap: Gap::Space,
                            kind: Kind::Word(Some(glued.rest)),
                        });
                        gap = Gap::Glued;
                        continue;
                    }
                }
                Kind::Word(lex)
            }
            Start::Punct(c, next) => {
                i = next;
                Kind::Punct(c)
            }
            Start::Other(c, next) => {
                i = next;
                if is_break(c) {
                    gap = Gap::Break;
                    continue;
                }
                if c.is_whitespace() || (c == '_' && joins_tag_words(text.as_bytes(), start + at)) {
                    if gap != Gap::Break {
                        gap = Gap::Space;
                    }
                    continue;
                }
                if is_joiner(c) {
                    if gap == Gap::Glued {
                        gap = Gap::Joiner;
                    }
                    continue;
                }
                Kind::Punct(c)
            }
        };
        out.push(Token {
            start: start + at,
            end: start + i,
            gap,
            kind,
        });
        gap = Gap::Glued;
    }
}

/// The tokenizer as it was, kept as the reference for the tests.
#[cfg(test)]
mod reference {
    use super::super::chars::{digit_value, fold_into, is_joiner, is_word_char};
    use super::super::lexicon::{Lex, Lexicon};
    use super::{
        after_number, is_break, only_tatweels, splits_from_preposition, Gap, Kind, Token,
        GLUED_PREPOSITIONS,
    };
    use crate::extract::hashtags::joins_tag_words;

    fn after_glued_preposition(
        word: &str,
        lexicon: &Lexicon,
        scratch: &mut String,
    ) -> Option<(usize, Option<Lex>, Lex)> {
        for (written, preposition) in GLUED_PREPOSITIONS {
            let Some(rest) = word.strip_prefix(written) else {
                continue;
            };
            scratch.clear();
            fold_into(rest, scratch);
            let lex = lexicon.get(scratch)?;
            return splits_from_preposition(lex).then_some((written.len(), preposition, lex));
        }
        None
    }

    /// The tokenizer as it was before it read bytes: char by char, folding each
    /// word into a string. The reference the byte tokenizer is tested against.
    ///
    /// `scratch` holds the folded form of each word.
    pub(super) fn tokenize(
        text: &str,
        start: usize,
        end: usize,
        lexicon: &Lexicon,
        scratch: &mut String,
        out: &mut Vec<Token>,
    ) {
        out.clear();
        let Some(stretch) = text.get(start..end) else {
            return;
        };
        let mut gap = Gap::Space;
        let mut chars = stretch.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            let at = start + offset;
            // Most characters are letters: test for them first.
            if !is_word_char(c) && digit_value(c).is_none() {
                if is_break(c) {
                    gap = Gap::Break;
                    continue;
                }
                if c.is_whitespace() || (c == '_' && joins_tag_words(text.as_bytes(), at)) {
                    if gap != Gap::Break {
                        gap = Gap::Space;
                    }
                    continue;
                }
                if is_joiner(c) {
                    if gap == Gap::Glued {
                        gap = Gap::Joiner;
                    }
                    continue;
                }
            }
            let mut token_end = at + c.len_utf8();
            let kind = if let Some(first) = digit_value(c) {
                let mut value = first;
                let mut digits: u8 = 1;
                while let Some(&(o, d)) = chars.peek() {
                    let Some(v) = digit_value(d) else { break };
                    value = value.saturating_mul(10).saturating_add(v);
                    digits = digits.saturating_add(1);
                    token_end = start + o + d.len_utf8();
                    chars.next();
                }
                Kind::Number { value, digits }
            } else if is_word_char(c) {
                while let Some(&(o, d)) = chars.peek() {
                    if !is_word_char(d) {
                        break;
                    }
                    token_end = start + o + d.len_utf8();
                    chars.next();
                }
                let word = text.get(at..token_end).unwrap_or_default();
                // Tatweels alone after a number: a dash (see the byte tokenizer).
                if after_number(out) && only_tatweels(word) {
                    out.push(Token {
                        start: at,
                        end: token_end,
                        gap,
                        kind: Kind::Punct('-'),
                    });
                    gap = Gap::Glued;
                    continue;
                }
                scratch.clear();
                fold_into(word, scratch);
                let lex = lexicon.get(scratch);
                if lex.is_none() {
                    if let Some((skip, preposition, inner)) =
                        after_glued_preposition(word, lexicon, scratch)
                    {
                        // «درپنجم دی»: «در» lost its space: two words.
                        out.push(Token {
                            start: at,
                            end: at + skip,
                            gap,
                            kind: Kind::Word(preposition),
                        });
                        out.push(Token {
                            start: at + skip,
                            end: token_end,
                            gap: Gap::Space,
                            kind: Kind::Word(Some(inner)),
                        });
                        gap = Gap::Glued;
                        continue;
                    }
                }
                Kind::Word(lex)
            } else {
                Kind::Punct(c)
            };
            out.push(Token {
                start: at,
                end: token_end,
                gap,
                kind,
            });
            gap = Gap::Glued;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Pieces the strings of the equivalence tests are built from: letters
    /// and lexicon words in their variant spellings, «در» glued on, digits of
    /// three scripts, joiners, ignorable marks, every kind of space and break,
    /// punctuation inside and outside the Arabic block, Latin and other
    /// scripts, presentation forms.
    const PIECES: &[&str] = &[
        "تیر",
        "ماه",
        "تیرماه",
        "تير",
        "ماه\u{200C}",
        "در",
        "درپنجم",
        "دربهمن",
        "درتیر",
        "درسال",
        "دراول",
        "در\u{0640}پنجم",
        "دی",
        "بهمن",
        "بهـــمن",
        "آبان",
        "ابان",
        "پنجم",
        "بیست\u{200C}و\u{200C}یکم",
        "شنبه",
        "يكشنبه",
        "سال",
        "های",
        "روز",
        "فروردین",
        "جمادی\u{200C}الثانیه",
        "اردیبهشتماه",
        "خیابانهای",
        "ی",
        "ک",
        "ي",
        "ك",
        "ة",
        "ۀ",
        "ه",
        "م",
        "ش",
        "\u{064E}",
        "\u{0651}",
        "\u{0670}",
        "\u{06EA}",
        "\u{0640}",
        "\u{0600}",
        "\u{06FF}",
        "ڼ",
        "ښ",
        "۱",
        "۲",
        "۱۲",
        "۱۴۰۳",
        "۰",
        "۹",
        "٠",
        "١",
        "٩",
        "0",
        "1",
        "12",
        "4294967295",
        "99999999999",
        "\u{200C}",
        "\u{200D}",
        "\u{200F}",
        "\u{200E}",
        "\u{FEFF}",
        "\u{00AD}",
        "\u{2067}",
        "\u{202B}",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\u{000B}",
        "\u{000C}",
        "\u{0085}",
        "\u{00A0}",
        "\u{2028}",
        "\u{2029}",
        "\u{2009}",
        "\u{3000}",
        "\u{202F}",
        "/",
        "-",
        ".",
        ":",
        "،",
        "؛",
        "؟",
        "٪",
        "٫",
        "٬",
        "۔",
        "\u{06DD}",
        "\u{06FD}",
        "«",
        "»",
        "(",
        ")",
        "abc",
        "May",
        "Z",
        "é",
        "жж",
        "\u{FEE3}\u{FEE0}",
        "\u{096A}",
        "\u{0E51}",
        "中",
        "😀",
        "\u{FFFD}",
        "\u{0301}",
        "\u{1F1EE}",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
    }

    type Flat = (usize, usize, Gap, Kind);

    fn run(text: &str, start: usize, end: usize, reference: bool) -> Vec<Flat> {
        thread_local! {
            static LEXICON: Lexicon = Lexicon::new();
        }
        LEXICON.with(|lexicon| {
            let mut scratch = String::new();
            let mut out = vec![Token {
                start: 9,
                end: 9,
                gap: Gap::Break,
                kind: Kind::Punct('x'),
            }];
            if reference {
                super::reference::tokenize(text, start, end, lexicon, &mut scratch, &mut out);
            } else {
                tokenize(text, start, end, lexicon, &[], &mut out);
            }
            out.iter()
                .map(|t| (t.start, t.end, t.gap, t.kind))
                .collect()
        })
    }

    /// The byte tokenizer gives what the char tokenizer gave, token for token.
    fn assert_same(text: &str, start: usize, end: usize) {
        let new = run(text, start, end, false);
        let old = run(text, start, end, true);
        assert_eq!(new, old, "{:?}", text.get(start..end));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn byte_tokenizer_matches_the_char_tokenizer(
            text in text(),
            a in any::<prop::sample::Index>(),
            b in any::<prop::sample::Index>(),
        ) {
            assert_same(&text, 0, text.len());
            // And on a stretch inside it, between char boundaries.
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let (x, y) = (bounds[a.index(bounds.len())], bounds[b.index(bounds.len())]);
            assert_same(&text, x.min(y), x.max(y));
        }
    }

    #[test]
    fn byte_tokenizer_matches_the_char_tokenizer_on_every_char() {
        // Each char alone, after a letter, after a digit and before «ماه».
        for c in ('\0'..='\u{3000}').chain(['\u{FEFF}', '\u{FEE3}', '\u{1F600}']) {
            for text in [
                format!("{c}"),
                format!("تیر{c}ماه ۱۲{c}۳"),
                format!("در{c}پنجم a{c}b"),
            ] {
                assert_same(&text, 0, text.len());
            }
        }
    }

    #[test]
    fn out_of_range_stretches_give_nothing() {
        let text = "۱۲ تیر";
        assert!(run(text, 1, text.len(), false).is_empty());
        assert!(run(text, 0, text.len() + 1, false).is_empty());
        assert!(run(text, 4, 2, false).is_empty());
    }

    /// Words handed in as known (as the scan does for its anchors) give the
    /// tokens a plain reading gives.
    #[test]
    fn known_words_change_nothing() {
        let lexicon = Lexicon::new();
        let text = "سه‌شنبه ۳۰ بهمن ۱۴۰۳ و ۱۲تیرماه، درپنجم دی ماه سال گذشته (امروز) «اسفند»";
        let mut plain = Vec::new();
        tokenize(text, 0, text.len(), &lexicon, &[], &mut plain);
        let known: Vec<KnownWord> = plain
            .iter()
            .filter_map(|t| match t.kind {
                Kind::Word(Some(lex)) => Some(KnownWord {
                    start: t.start,
                    end: t.end,
                    lex: Some(lex),
                }),
                _ => None,
            })
            .collect();
        assert!(known.len() > 8, "{known:?}");
        let mut with_known = Vec::new();
        tokenize(text, 0, text.len(), &lexicon, &known, &mut with_known);
        let spans = |tokens: &[Token]| -> Vec<(usize, usize, Gap, Kind)> {
            tokens
                .iter()
                .map(|t| (t.start, t.end, t.gap, t.kind))
                .collect()
        };
        assert_eq!(spans(&with_known), spans(&plain));
    }

    fn kinds(text: &str) -> Vec<(String, Gap)> {
        let lexicon = Lexicon::new();
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &lexicon, &[], &mut out);
        out.iter()
            .map(|t| (text[t.start..t.end].to_string(), t.gap))
            .collect()
    }

    #[test]
    fn splits_digits_from_letters_and_keeps_gaps() {
        let toks = kinds("۱۲تیر‌ماه ۱۴۰۳/۱۱\nسال");
        let texts: Vec<&str> = toks.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["۱۲", "تیر", "ماه", "۱۴۰۳", "/", "۱۱", "سال"]);
        let gaps: Vec<Gap> = toks.iter().map(|(_, g)| *g).collect();
        assert_eq!(
            gaps,
            [
                Gap::Space,
                Gap::Glued,
                Gap::Joiner,
                Gap::Space,
                Gap::Glued,
                Gap::Glued,
                Gap::Break
            ]
        );
    }

    /// The same comparison over whole files, in stretches of about 3000
    /// bytes: `SHAMSI_TOKENIZE_FILES=a.txt:b.txt cargo test --release --lib
    /// the_char_tokenizer_on_files -- --ignored`.
    #[test]
    #[ignore = "needs SHAMSI_TOKENIZE_FILES"]
    fn byte_tokenizer_matches_the_char_tokenizer_on_files() {
        let files = std::env::var("SHAMSI_TOKENIZE_FILES").unwrap_or_default();
        for file in files.split(':').filter(|f| !f.is_empty()) {
            let bytes = std::fs::read(file).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let mut start = 0;
            while start < text.len() {
                let mut end = (start + 3000).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                assert_same(&text, start, end);
                start = end;
            }
            eprintln!("{file}: same tokens");
        }
    }
}
