//! Finds the stretches of text worth parsing, fast.
//!
//! Almost all of a text holds no date. Every date mention contains a digit or
//! an anchor word (a month name, «سال», «امروز» …), and both stand at the start
//! of a word. So the scan hops from word start to word start (a bit mask of the
//! spaces of each 64-byte block) and reads the first eight bytes of each word
//! as one integer: two letters of the Arabic block and the character after
//! them are looked up in a 128 Ki-bit table of the first three letters of every
//! anchor word, as written. Only the few words that pass (and digits) are
//! checked further, by their first four folded letters, before the scan folds
//! the word and asks the lexicon; the last few short words met are remembered
//! by their bytes, so text that repeats them («تیر تیر …», «سال») skips both.
//!
//! Each anchor opens a window: a little text before it (for a weekday, an
//! ordinal day, «از», a count) and after it (for a year, «ماه», an era
//! marker). Windows whose margins touch are merged, so each byte is tokenized
//! at most once and the scan is linear in the length of the text. A window
//! never reaches past a line break or a letter of another script (Latin,
//! Cyrillic, CJK, emoji …: see [`is_barrier`]), which no mention holds.

use super::chars::{digit_value, fold, is_arabic_word_char, is_joiner, is_word_char};
use super::lexicon::{read_word, Lex, Lexicon, MonthSet, WordKey};
use super::token::KnownWord;

/// How far before and after an anchor a mention may reach, by kind of anchor
/// (bytes; Persian letters take two).
#[derive(Debug, Clone, Copy)]
struct Margins {
    back: usize,
    forward: usize,
}

/// A month name: a weekday, an ordinal day and «از» before it («از سه‌شنبه،
/// بیست و چهارم »), a year in words and an era after it («… هزار و سیصد و
/// پنجاه و هشت هجری شمسی»).
const MONTH_MARGINS: Margins = Margins {
    back: 64,
    forward: 96,
};
/// Digits: a weekday or «از» / «سال» before, an era marker after.
const DIGIT_MARGINS: Margins = Margins {
    back: 32,
    forward: 48,
};
/// «هزار و …» (a year in words: «… هزار و سیصد و پنجاه و هشت هجری شمسی»).
const YEAR_WORDS_MARGINS: Margins = Margins {
    back: 32,
    forward: 96,
};
/// Relative words: a count before («بیست و پنج روز پیش»), a direction word
/// or a year after («نوروز ۱۴۰۴», «سال گذشته»).
const RELATIVE_MARGINS: Margins = Margins {
    back: 40,
    forward: 20,
};

/// «امروز», «دیروز»: a word that is a date by itself, and its mention is
/// the word alone: nothing before it belongs to it (unlike «امسال», which
/// may follow its month, «درآذرماه امسال», where the month is no anchor of
/// its own), and no rule reads on past it.
const DEICTIC_MARGINS: Margins = Margins {
    back: 0,
    forward: 0,
};

/// The longest window: anchors are merged into one window up to this size.
const MAX_WINDOW_BYTES: usize = 1 << 16;
/// How far from a homograph month name its day or year may be
/// («بیست و پنجم رمضان المبارک ۱۳۹۹»).
const DIGITS_NEAR_BYTES: usize = 48;

/// The word-start filters: which first letters can begin an anchor word.
#[derive(Debug)]
pub(crate) struct Scanner {
    /// The first, cheapest check, made at every word start: one bit per
    /// hashed triple of the first three characters as written (raw UTF-8,
    /// before folding), set for the first three letters of every anchor word
    /// in every spelling that folds to them. A word of two letters is entered
    /// with every way its third character can end it.
    triples: Box<[u64; TRIPLE_WORDS]>,
    /// One bit per hashed quadruple of first letters (folded) of the anchor
    /// words, asked only when the triple table lets a word through («فرد» is
    /// not «فردا», «روزنامه» not «روز»).
    starts4: Vec<u64>,
    kinds: AnchorKinds,
}

/// A place where a mention may be: a digit run or a month name.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    start: usize,
    end: usize,
    margins: Margins,
    /// The meaning of an anchor word (none for digits), handed on to the
    /// tokenizer so that it does not look the word up again.
    lex: Option<Lex>,
}

/// Which kinds of words open windows: a kind switched off on the extractor
/// costs nothing in the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AnchorKinds {
    pub(crate) gregorian: bool,
    pub(crate) lunar: bool,
    pub(crate) afghan: bool,
    pub(crate) relative: bool,
}

impl AnchorKinds {
    /// Whether `lex` opens a window under these kinds.
    fn admits(self, lex: Lex) -> bool {
        match lex {
            Lex::Month { set, .. } => match set {
                MonthSet::Iranian => true,
                MonthSet::Afghan => self.afghan,
                MonthSet::Gregorian => self.gregorian,
                MonthSet::Lunar => self.lunar,
            },
            Lex::LunarHead(_) => self.lunar,
            Lex::Cardinal(1000) | Lex::Sal | Lex::Named { .. } | Lex::Badr | Lex::Cardinal(13) => {
                true
            }
            Lex::Pas => self.relative,
            Lex::Mah
            | Lex::Rooz
            | Lex::Shab
            | Lex::Hafte
            | Lex::RelativeDay(_)
            | Lex::RelativeYear(_) => self.relative,
            _ => false,
        }
    }
}

impl Scanner {
    /// Builds the word-start table from the anchor words in `lexicon` that
    /// `kinds` admits.
    pub(crate) fn new(lexicon: &Lexicon, kinds: AnchorKinds) -> Scanner {
        let mut triples = Box::new([0u64; TRIPLE_WORDS]);
        let mut starts4 = vec![0u64; STARTS_WORDS];
        // What may follow a word of two letters in the raw text: anything
        // outside the block (a space, a ZWNJ, Latin), which the key leaves
        // out, or a digit or punctuation mark of the block («دی،», «مه۱۲»).
        // The block's other non-letters (number signs, Quranic marks) do not
        // end words in running text, and each entry here fills the table
        // that every word of the text is checked against.
        let word_ends: Vec<u64> = ('\u{0660}'..='\u{0669}')
            .chain('\u{06F0}'..='\u{06F9}')
            .chain(['،', '؛', '\u{061C}', '؟', '٪', '٫', '٬', '۔'])
            .map(two_bytes)
            .chain([OUTSIDE_BLOCK, JOINER_LEAD])
            .collect();
        for (word, lex) in lexicon.entries() {
            if !kinds.admits(lex) {
                continue;
            }
            // «می» (May) is left to the digits beside it: see `may_beside`.
            let may = word == "می";
            let mut letters = word.chars().chain(std::iter::repeat('\0'));
            let (Some(a), Some(b), Some(c)) = (letters.next(), letters.next(), letters.next())
            else {
                continue;
            };
            let d = letters.next().unwrap_or('\0');
            // The tables are read on the raw text: enter every spelling that
            // folds to these letters.
            let (all_a, all_b, all_c, all_d) = (unfolded(a), unfolded(b), unfolded(c), unfolded(d));
            // «پس» (then) is an anchor only with a joiner after it, as in
            // «پس‌فردا»; «پس فردا» is found from «فردا».
            let ends: &[u64] = if lex == Lex::Pas {
                &[JOINER_LEAD]
            } else {
                &word_ends
            };
            for &raw_a in &all_a {
                for &raw_b in &all_b {
                    if c == '\0' && !may {
                        for &end in ends {
                            set_triple(&mut triples, raw_triple(raw_a, raw_b, end));
                        }
                    }
                    for &raw_c in &all_c {
                        if c != '\0' {
                            set_triple(&mut triples, raw_triple(raw_a, raw_b, two_bytes(raw_c)));
                        }
                        let (la, lb, lc) = (low_byte(raw_a), low_byte(raw_b), low_byte(raw_c));
                        for &raw_d in &all_d {
                            set_bit(&mut starts4, start_key4(la, lb, lc, low_byte(raw_d)));
                        }
                    }
                }
            }
        }
        Scanner {
            triples,
            starts4,
            kinds,
        }
    }

    /// The first check of a word start, on the eight bytes `word` that begin
    /// the word (little-endian): `false` when the word certainly holds no
    /// anchor. Two letters of the Arabic block are looked up with the
    /// character after them in the triple table; a digit, or «و» glued to
    /// one, goes on; one letter alone («و») is no anchor; anything else
    /// (Latin, punctuation, an ASCII digit) is left to the slower checks.
    #[inline]
    fn may_start_anchor(&self, word: u64) -> bool {
        if word & 0x00FC_00FC == 0x00D8_00D8 {
            // Two characters of the block, the usual case.
            if is_block_digit(word) || (word & 0xFFFF == 0x88D9 && is_block_digit(word >> 16)) {
                return true;
            }
            let (first, second) = triple_keys(word);
            let has = |key: usize| {
                self.triples
                    .get((key >> 6) & (TRIPLE_WORDS - 1))
                    .is_some_and(|w| w >> (key & 63) & 1 == 1)
            };
            return has(first) && has(second);
        }
        // One character of the block alone: only a digit («۵ تیر») matters.
        if word & 0xFC == 0xD8 {
            return is_block_digit(word);
        }
        may_open_anchor(word)
    }

    /// The second, finer check of a word that passed [`Self::may_start_anchor`]:
    /// its first four letters (0 for each letter past the end of the word).
    fn may_be_anchor_word(&self, bytes: &[u8]) -> bool {
        let (a, b, c) = (
            letter_at(bytes, 0),
            letter_at(bytes, 2),
            letter_at(bytes, 4),
        );
        let d = if c == 0 { 0 } else { letter_at(bytes, 6) };
        let key = start_key4(a, b, c, d);
        self.starts4
            .get((key >> 6) & (STARTS_WORDS - 1))
            .is_some_and(|w| w >> (key & 63) & 1 == 1)
    }

    /// The windows of `text`, in order.
    pub(crate) fn windows<'s, 'h>(
        &'s self,
        text: &'h str,
        lexicon: &'s Lexicon,
    ) -> Windows<'s, 'h> {
        Windows {
            scanner: self,
            lexicon,
            text,
            word_starts: WordStarts::new(text.as_bytes()),
            lookahead: None,
            last_end: 0,
            anchors: Vec::new(),
            anchor_cursor: 0,
            short_words: ShortWords::new(),
        }
    }
}

/// The size of the four-letter table, in 64-bit words (2^16 bits, 8 KiB).
const STARTS_WORDS: usize = 1024;

/// Whether a word whose first character is outside the Arabic block may lead
/// to an anchor: an ASCII digit, or an opening sign or invisible mark that
/// [`skip_openers`] looks past («(۱۲ تیر)», «"بهمن»). The lexicon has no word
/// outside the block, so a Latin word, a sign that opens nothing, or an
/// opening sign followed by a space is none (text made of digits and spaced
/// separators, «۱ / ۱ - ۱», is full of these).
#[inline]
fn may_open_anchor(word: u64) -> bool {
    let [first, second, ..] = word.to_le_bytes();
    match first {
        b'0'..=b'9' => true,
        b'(' | b'"' | b'\'' | b'[' | b'-' | b'/' => second != b' ',
        // «: C2 AB.
        0xC2 => second == 0xAB,
        // Joiners, directional marks, curly quotes (E2 80 ..) and the BOM
        // (EF BB BF): the slower checks decide.
        0xE2 | 0xEF => true,
        _ => false,
    }
}

/// The size of the triple table, in 64-bit words (2^17 bits, 16 KiB).
const TRIPLE_WORDS: usize = 2048;

/// Whether the two bytes at the bottom of `word` (little-endian) are a
/// Persian (DB B0..) or Arabic-Indic (D9 A0..) digit, or one of the few
/// signs that share their first five bits (٪ ٫ ٬ ٭ ٮ ٯ and U+06BA..06BF):
/// the digit path sorts those out.
#[inline]
fn is_block_digit(word: u64) -> bool {
    let pair = word & 0xF0FF;
    (pair == 0xB0DB) | (pair == 0xA0D9)
}

/// The two triple-table slots of the word starting with the eight bytes
/// `word` (little-endian), whose first two characters are in the Arabic
/// block: the bits that tell code points of the block apart (the low two of
/// each lead byte, the low six of each continuation byte) of those two
/// characters and of the third when it is in the block too, hashed to two
/// 17-bit slots. A triple is in the table when both bits are set (a Bloom
/// filter with two probes: a third as many false hits as one probe gives,
/// and the second is read only when the first is set).
#[inline]
fn triple_keys(word: u64) -> (usize, usize) {
    // The third character's bits come from a table indexed by its lead byte:
    // two-letter words are common and come in no pattern, and the compiler
    // turns any `if` here into a branch that is mispredicted often.
    let third = THIRD_CHAR_BITS
        .get(usize::from((word >> 32) as u8))
        .copied()
        .unwrap_or(0);
    let bits = 0x3F03_3F03 | third;
    let hash = (word & bits).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((hash >> 47) as usize, (hash >> 30) as usize & 0x1_FFFF)
}

/// By the lead byte of a word's third character: the bits of the character
/// that [`triple_keys`] hashes when it is in the Arabic block, else none.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const THIRD_CHAR_BITS: [u64; 256] = {
    let mut bits = [0; 256];
    let mut lead = 0xD8;
    while lead <= 0xDB {
        bits[lead] = 0x3F03_0000_0000;
        lead += 1;
    }
    bits[JOINER_LEAD as usize] = 0xFF_0000_0000;
    bits
};

/// Enters a triple (from [`raw_triple`]) in the triple table.
fn set_triple(table: &mut [u64; TRIPLE_WORDS], triple: u64) {
    let (first, second) = triple_keys(triple);
    set_bit(table.as_mut_slice(), first);
    set_bit(table.as_mut_slice(), second);
}

/// The UTF-8 bytes of a character U+0080..U+07FF, little-endian.
fn two_bytes(c: char) -> u64 {
    let c = u64::from(c);
    (0xC0 | (c >> 6) & 0x1F) | (0x80 | c & 0x3F) << 8
}

/// What [`triple_keys`] reads of a third character outside the Arabic block
/// and other than [`JOINER_LEAD`]'s: nothing (a space stands for them all).
const OUTSIDE_BLOCK: u64 = 0x20;
/// The lead byte of U+2000..U+2FFF, which holds the joiners (ZWNJ, RLM …)
/// and the curly quotes: [`triple_keys`] reads it whole, so that «پس» then a
/// joiner («پس‌فردا») is told from «پس» then a space (then).
const JOINER_LEAD: u64 = 0xE2;

/// The first bytes of two characters of the Arabic block and of a third
/// (`third`: [`two_bytes`] of a character of the block, [`OUTSIDE_BLOCK`]
/// or [`JOINER_LEAD`]), as read by [`triple_keys`].
fn raw_triple(a: char, b: char, third: u64) -> u64 {
    two_bytes(a) | two_bytes(b) << 16 | third << 32
}

/// The slot in the four-letter table of a word's first four letters (by
/// their low bytes, folded; 0 for each letter past the end of the word),
/// hashed to 16 bits.
#[inline]
fn start_key4(a: usize, b: usize, c: usize, d: usize) -> usize {
    (a.wrapping_mul(0x9E37)
        ^ b.wrapping_mul(0x7F4B)
        ^ c.wrapping_mul(0x2D8F)
        ^ d.wrapping_mul(0x5A27)
        ^ 0x3C5A)
        & 0xFFFF
}

fn set_bit(table: &mut [u64], key: usize) {
    if let Some(slot) = table.get_mut(key / 64) {
        *slot |= 1 << (key % 64);
    }
}

/// The letter of the Arabic block at byte `i` of `bytes` (its low byte), or 0
/// where the word has ended («،», «؛», a digit, a space or a ZWNJ ends it).
#[inline]
fn letter_at(bytes: &[u8], i: usize) -> usize {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&lead), Some(&next)) if lead & 0xFC == 0xD8 => {
            let low = arabic_low_byte(lead, next);
            if is_arabic_word_char(low) {
                low
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// The low byte of a code point of the Arabic block from its two UTF-8 bytes.
#[inline]
fn arabic_low_byte(lead: u8, continuation: u8) -> usize {
    usize::from(lead & 0x03) << 6 | usize::from(continuation & 0x3F)
}

/// The low byte of a letter of the Arabic block; 0 for anything else (a word end).
fn low_byte(c: char) -> usize {
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        c as usize & 0xFF
    } else {
        0
    }
}

/// Every letter that [`fold`] maps to `c` (including `c`); for the end of a
/// word (NUL), NUL alone.
fn unfolded(c: char) -> Vec<char> {
    if c == '\0' {
        return vec![c];
    }
    ('\u{0600}'..='\u{06FF}')
        .filter(|r| fold(*r) == c && *r != c)
        .chain([c])
        .collect()
}

/// The windows `[start, end)` of a text: char boundaries, cut between words.
#[derive(Debug)]
pub(crate) struct Windows<'s, 'h> {
    scanner: &'s Scanner,
    lexicon: &'s Lexicon,
    text: &'h str,
    word_starts: WordStarts<'h>,
    /// An anchor read past the end of the last window, for the next one.
    lookahead: Option<Anchor>,
    /// The end of the last window: the next starts no earlier.
    last_end: usize,
    /// The anchors of the current window, in text order, with the meanings
    /// of the anchor words (for the tokenizer).
    anchors: Vec<KnownWord>,
    /// Where [`Self::holds_anchor`] last looked in `anchors`.
    anchor_cursor: usize,
    /// The meanings of short words met at word starts (see [`ShortWords`]).
    short_words: ShortWords,
}

impl Iterator for Windows<'_, '_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let first = match self.lookahead.take() {
            Some(anchor) => anchor,
            None => self.next_anchor()?,
        };
        // A window stays on the line of its anchors: mentions never cross a
        // line break, and what is found on a line must not depend on its
        // neighbours (the example program streams by lines).
        let earliest = first
            .start
            .saturating_sub(first.margins.back)
            .max(self.last_end);
        let earliest = char_boundary_at_or_after(self.text, earliest).min(first.start);
        // Nor does it reach past a letter of another script (see `BARRIER`).
        let earliest = last_barrier(self.text, earliest, first.start).unwrap_or(earliest);
        let start = window_start(self.text, earliest, first.start);
        let mut reach = first.end + first.margins.forward;
        let mut last = first.end;
        self.anchors.clear();
        self.anchor_cursor = 0;
        self.push_anchor(&first);
        while let Some(next) = self.next_anchor() {
            // A window is closed at 64 KiB, so that a text made of nothing
            // but anchors («۱/۱/۱/…», «تیر تیر …») is not tokenized as one
            // window of millions of tokens. (A date straddling that cut, in
            // such a text only, is read in two pieces.)
            let too_long = next.end.saturating_sub(start) > MAX_WINDOW_BYTES;
            // Reach first: the line check reads the text up to the next
            // anchor, which may be far away.
            let out_of_reach = next.start > reach + next.margins.back;
            if out_of_reach || too_long || has_barrier(self.text, last, next.start) {
                self.lookahead = Some(next);
                break;
            }
            reach = reach.max(next.end + next.margins.forward);
            self.push_anchor(&next);
            last = next.end;
        }
        // A barrier short of the reach settles the end without looking for
        // the end of the word there (often a long one, in another script).
        let within_reach = char_boundary_at_or_after(self.text, reach);
        let end = first_barrier(self.text, last, within_reach).unwrap_or_else(|| {
            let end = window_end(self.text, reach).max(last);
            if end > within_reach {
                first_barrier(self.text, last, end).unwrap_or(end)
            } else {
                end
            }
        });
        self.last_end = end;
        Some((start, end))
    }
}

impl Windows<'_, '_> {
    fn push_anchor(&mut self, anchor: &Anchor) {
        self.anchors.push(KnownWord {
            start: anchor.start,
            end: anchor.end,
            lex: anchor.lex,
        });
    }

    /// The anchors of the current window, in text order, with the meanings
    /// of the anchor words: the tokenizer need not look those up again.
    pub(crate) fn anchors(&self) -> &[KnownWord] {
        &self.anchors
    }

    /// Whether `start..end` holds one of the current window's anchors. A
    /// mention must: one that only a neighbouring anchor's window happened to
    /// reach («ژوئیه،فروردین۱۲») would come and go with its neighbours.
    ///
    /// Asked in text order (of `start`) within a window: the anchors are in
    /// text order and do not overlap, so the first one ending after `start` is
    /// the only candidate, and a cursor that only moves forward finds it (a
    /// window of dense text holds thousands of anchors).
    pub(crate) fn holds_anchor(&mut self, start: usize, end: usize) -> bool {
        let ends_by = |anchor: Option<&KnownWord>| anchor.is_some_and(|a| a.end <= start);
        // Back, if asked out of order (the grammar's mentions come in order;
        // this keeps the answer right regardless).
        while self.anchor_cursor > 0 && !ends_by(self.anchors.get(self.anchor_cursor - 1)) {
            self.anchor_cursor -= 1;
        }
        while ends_by(self.anchors.get(self.anchor_cursor)) {
            self.anchor_cursor += 1;
        }
        self.anchors
            .get(self.anchor_cursor)
            .is_some_and(|a| a.start < end)
    }

    /// The next word start whose first bytes may begin an anchor
    /// ([`Scanner::may_start_anchor`]).
    #[inline]
    fn next_candidate(&mut self) -> Option<usize> {
        let scanner = self.scanner;
        self.word_starts
            .next_where(|first_eight| scanner.may_start_anchor(first_eight))
    }

    /// The next anchor: a digit run that can be part of a date, or a month name.
    fn next_anchor(&mut self) -> Option<Anchor> {
        let bytes = self.text.as_bytes();
        loop {
            let mut at = self.next_candidate()?;
            let Some(&b0) = bytes.get(at) else { continue };
            // Most words start with a letter of the Arabic block: the table
            // rules out nearly all of them at once.
            let mut rest = bytes.get(at..).unwrap_or_default();
            // «و12 اردیبهشت»: the conjunction «و» (U+0648) glued to a number.
            if let [0xD9, 0x88, tail @ ..] = rest {
                if starts_with_digit(tail) {
                    at += 2;
                    rest = tail;
                }
            }
            if b0 & 0xFC == 0xD8 && !starts_with_digit(rest) {
                let found = match short_word_key(rest) {
                    Some(key) => {
                        let (lex, len) = match self.short_words.get(key) {
                            Some(known) => known,
                            None => {
                                let known = if self.scanner.may_be_anchor_word(rest) {
                                    let (lex, end) = self.word_at(at);
                                    (lex, end - at)
                                } else {
                                    (None, 0)
                                };
                                self.short_words.put(key, known);
                                known
                            }
                        };
                        lex.and_then(|lex| self.anchor_of(at, lex, at + len))
                    }
                    None if self.scanner.may_be_anchor_word(rest) => self.anchor_word(at),
                    None => None,
                };
                if found.is_some() {
                    return found;
                }
                continue;
            }
            if b0 < 0x80 && !b0.is_ascii_digit() || b0 == 0xC2 || b0 == 0xE2 {
                // «(۱۲ تیر)», «"بهمن»: look past opening punctuation and marks.
                at = skip_openers(self.text, at);
            }
            let rest = bytes.get(at..).unwrap_or_default();
            if starts_with_digit(rest) {
                // (A digit run holds no space: the next word start is past it.)
                let (end, count) = digit_run(self.text.as_bytes(), at);
                if digits_may_date(self.text, at, end, count) {
                    return Some(Anchor {
                        start: at,
                        end,
                        margins: DIGIT_MARGINS,
                        lex: None,
                    });
                }
            } else if self.scanner.may_be_anchor_word(rest) {
                if let Some(anchor) = self.anchor_word(at) {
                    return Some(anchor);
                }
            }
        }
    }

    /// The meaning of the word starting at `at`, if it has one in dates, and
    /// where the word ends. The word is folded and its key built in one pass
    /// over its bytes.
    #[inline]
    fn word_at(&self, at: usize) -> (Option<Lex>, usize) {
        let mut key = WordKey::new();
        let end = read_word(self.text, at, &mut key);
        let raw = || self.text.get(at..end).unwrap_or_default();
        (self.lexicon.lookup_key(&key, raw), end)
    }

    /// The month name (or «هزار و …») starting at `at`, if the word is one.
    fn anchor_word(&mut self, at: usize) -> Option<Anchor> {
        let (lex, end) = self.word_at(at);
        self.anchor_of(at, lex?, end)
    }

    /// The anchor that the word `at..end`, meaning `lex`, makes here, if any.
    fn anchor_of(&mut self, at: usize, lex: Lex, end: usize) -> Option<Anchor> {
        // The commonest anchor, a month name that is no other word, first.
        if let Lex::Month {
            homograph: false,
            set: MonthSet::Iranian,
            ..
        } = lex
        {
            return Some(Anchor {
                start: at,
                end,
                margins: MONTH_MARGINS,
                lex: Some(lex),
            });
        }
        if !self.scanner.kinds.admits(lex) {
            return None;
        }
        // «سال1373»: a year glued to «سال».
        let glued_digits = || {
            self.text
                .as_bytes()
                .get(end..)
                .is_some_and(starts_with_digit)
        };
        let wanted = match lex {
            Lex::Month {
                homograph: false, ..
            } => true,
            // «رمضان المبارک ۱۳۹۹»: a lunar year may come after an honorific.
            Lex::Month {
                set: MonthSet::Lunar,
                ..
            } => digits_near(self.text, at, end),
            // «۵ می», «می ۲۰۲۴», «۲۵ اسد ۱۴۰۰»: the number is the next word.
            Lex::Month { .. } => digits_adjacent(self.text, at, end),
            Lex::LunarHead(_)
            | Lex::RelativeDay(_)
            | Lex::RelativeYear(_)
            | Lex::Named { .. }
            | Lex::Badr => true,
            // A year in words: «هزار و سیصد و …».
            Lex::Cardinal(1000) => self.text.get(end..).is_some_and(|r| r.starts_with(" و")),
            // «سیزده‌بدر», «پس‌فردا»: the second half after a ZWNJ or a space.
            Lex::Cardinal(13) => self.next_word_is(end, "بدر"),
            Lex::Pas => self.next_word_is(end, "فردا"),
            // «سال1373», «سال گذشته», «این ماه», «سه روز پیش», «هفته‌ی آینده».
            Lex::Sal | Lex::Mah | Lex::Rooz | Lex::Shab | Lex::Hafte => {
                glued_digits()
                    || matches!(
                        self.word_after(end),
                        Some(Lex::YearShift(_) | Lex::WeakShift(_) | Lex::Digar)
                    )
                    || self.follows_in(at)
            }
            _ => false,
        };
        if !wanted {
            return None;
        }
        let margins = match lex {
            Lex::Month { .. } | Lex::LunarHead(_) => MONTH_MARGINS,
            Lex::Cardinal(1000) => YEAR_WORDS_MARGINS,
            // «سال1373 هجری شمسی»: an era marker may follow the year; «سال
            // گذشته», «دو سال پیش» need no more than a relative word does.
            Lex::Sal if glued_digits() => YEAR_WORDS_MARGINS,
            // «پس فردا»: «پس» is no anchor (it is far more often «then»);
            // «فردا» reaches back to it.
            Lex::RelativeDay(1) => Margins {
                back: self.pas_before(at).map_or(0, |pas| at - pas),
                forward: 0,
            },
            Lex::RelativeDay(_) => DEICTIC_MARGINS,
            // The back margin is for a count, «این» or a month glued to
            // «در» before the word: most often the word before is none of
            // these, and nothing before it can belong to the mention.
            _ if !self.word_before_counts(at) => Margins {
                back: 0,
                forward: RELATIVE_MARGINS.forward,
            },
            _ => RELATIVE_MARGINS,
        };
        Some(Anchor {
            start: at,
            end,
            margins,
            lex: Some(lex),
        })
    }

    /// The meaning of the word after byte `end` (past spaces, joiners and an
    /// ezafe «ی» written apart), if it is a direction word.
    fn word_after(&mut self, end: usize) -> Option<Lex> {
        let bytes = self.text.as_bytes();
        let mut start = gap_end(bytes, end);
        // The ezafe «ی» (DB 8C) written apart.
        if bytes.get(start..start + 2) == Some(&[0xDB, 0x8C]) {
            let after = start + 2;
            let past_gap = gap_end(bytes, after);
            if past_gap > after {
                start = past_gap;
            }
        }
        // Only the direction words matter here (گذشته جاری آینده آتی قبل پیش
        // بعد دیگر): a different first letter settles it without folding.
        let first_letter = matches!(
            bytes.get(start..start + 2),
            Some([0xDA, 0xAF] | [0xD8, 0xAC | 0xA2 | 0xA7 | 0xA8 | 0xAF] | [0xD9, 0x82 | 0xBE])
        );
        if !first_letter {
            return None;
        }
        self.word_at(start).0
    }

    /// Whether the word after byte `end` (past spaces and joiners) is `word`.
    fn next_word_is(&self, end: usize, word: &str) -> bool {
        let bytes = self.text.as_bytes();
        bytes
            .get(gap_end(bytes, end)..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()))
    }

    /// Where «پس» starts when it is the word before byte `at` («پس فردا»).
    fn pas_before(&self, at: usize) -> Option<usize> {
        const PAS: &[u8] = "پس".as_bytes();
        let end = gap_start(self.text.as_bytes(), at);
        let start = end.checked_sub(PAS.len())?;
        (self.text.as_bytes().get(start..end) == Some(PAS) && !self.word_char_before(start))
            .then_some(start)
    }

    /// Whether the word before byte `at` is «این» («این هفته», «این ماه»).
    fn follows_in(&self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        let end = gap_start(bytes, at);
        ["این", "اين"].iter().any(|this| {
            let this = this.as_bytes();
            let mut start = end;
            // «ایناین»: the same word twice, glued, is still «این» (as a
            // string's `trim_end_matches` would have it).
            while start >= this.len() && bytes.get(start - this.len()..start) == Some(this) {
                start -= this.len();
            }
            start < end && !self.word_char_before(start)
        })
    }

    /// Whether the word before a relative word at `at` may belong to its
    /// mention or decide it: a number («۳ روز پیش»), a word of the lexicon
    /// («سه روز پیش», «این هفته», «چند روز پیش»), a word starting with «در»,
    /// which may hide a month glued to it («درآذرماه امسال»), or anything
    /// that is not a word after a space (then the answer is yes).
    fn word_before_counts(&self, at: usize) -> bool {
        /// Longer than any word of the lexicon.
        const LONGEST_WORD: usize = 64;
        let bytes = self.text.as_bytes();
        let end = gap_start(bytes, at);
        let from = char_boundary_at_or_after(self.text, end.saturating_sub(LONGEST_WORD));
        let Some(head) = self.text.get(from..end) else {
            return true;
        };
        match head.chars().next_back() {
            // A line break or the start of the text: nothing before counts.
            None | Some('\n') => return false,
            Some(c) if end == at || !is_word_char(c) => return true,
            Some(_) => {}
        }
        let word_len: usize = head
            .chars()
            .rev()
            .take_while(|&c| is_word_char(c) || is_joiner(c))
            .map(char::len_utf8)
            .sum();
        if word_len == head.len() && from > 0 {
            return true; // a word longer than any in the lexicon: be safe
        }
        let word = head
            .get(head.len() - word_len..)
            .unwrap_or_default()
            .trim_start_matches(is_joiner);
        word.starts_with("در") || self.lexicon.lookup(word).is_some()
    }

    /// Whether the character before byte `at` belongs to a word.
    fn word_char_before(&self, at: usize) -> bool {
        self.text
            .get(..at)
            .and_then(|head| head.chars().next_back())
            .is_some_and(is_word_char)
    }
}

/// How many words [`ShortWords`] remembers.
const SHORT_WORD_SLOTS: usize = 16;

/// The last few short words met at word starts, with what they mean as
/// anchor words and their length: text dense with dates repeats a few words
/// («تیر تیر …», «۱۲ تیر ۱۲ تیر …»), and news repeats «سال», «روز»,
/// «ماه». A hit skips the four-letter check, reading the word and looking it
/// up. Keyed by the word's bytes up to its end (see [`short_word_key`]), so
/// an entry is only ever found for the same bytes, which mean the same.
#[derive(Debug)]
struct ShortWords {
    slots: [(u128, Option<Lex>, usize); SHORT_WORD_SLOTS],
}

impl ShortWords {
    fn new() -> ShortWords {
        // Key 0 is no word's: a key's first byte is at least 0x80.
        ShortWords {
            slots: [(0, None, 0); SHORT_WORD_SLOTS],
        }
    }

    fn slot(key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 60) as usize % SHORT_WORD_SLOTS
    }

    /// The meaning and length remembered for the word with this key.
    #[inline]
    fn get(&self, key: u128) -> Option<(Option<Lex>, usize)> {
        self.slots
            .get(Self::slot(key))
            .filter(|slot| slot.0 == key)
            .map(|&(_, lex, len)| (lex, len))
    }

    fn put(&mut self, key: u128, (lex, len): (Option<Lex>, usize)) {
        if let Some(slot) = self.slots.get_mut(Self::slot(key)) {
            *slot = (key, lex, len);
        }
    }
}

/// The key of a short word at the start of `bytes`: its sixteen first bytes
/// up to and including the first ASCII byte, when that byte ends the word (a
/// space, a digit, a sign: not a Latin letter). All the bytes before it are
/// parts of multi-byte characters, so the word's end and meaning depend on
/// these bytes alone ([`read_word`] stops at the ASCII byte at the latest,
/// and [`Scanner::may_be_anchor_word`] reads no further on a word of two
/// letters or more).
#[inline]
fn short_word_key(bytes: &[u8]) -> Option<u128> {
    const HIGH_BITS: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let sixteen = u128::from_le_bytes(*bytes.first_chunk::<16>()?);
    let ascii = !sixteen & HIGH_BITS;
    if ascii == 0 {
        return None;
    }
    let end = ascii.trailing_zeros() / 8;
    let terminator = bytes.get(end as usize)?;
    // Two letters at least: [`Scanner::may_be_anchor_word`] reads the bytes
    // of the first two, and of the third only when the second ends no word.
    if end < 4 || terminator.is_ascii_alphabetic() {
        return None;
    }
    Some(sixteen & (u128::MAX >> (8 * (15 - end))))
}

/// By byte: whether a window stops at it. A line break, because mentions
/// never cross one and what is found on a line must not depend on its
/// neighbours (the example program streams by lines). The first byte of a
/// letter of another script (Latin, Greek, Cyrillic, Hebrew, the scripts of
/// India and East Asia, emoji), because no mention holds one and no rule of
/// the grammar reads past one: text that mixes scripts is not tokenized
/// beyond its Persian stretches. (The Arabic block and what follows it up to
/// U+07FF, the punctuation of U+2000..U+2FFF with the joiners, and the
/// presentation forms from U+F000 are no barrier.)
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const BARRIER: [bool; 256] = {
    let mut barrier = [false; 256];
    barrier[b'\n' as usize] = true;
    let mut b = 0;
    while b < 256 {
        barrier[b] |= matches!(b as u8, b'A'..=b'Z' | b'a'..=b'z' | 0xC3..=0xD7 | 0xE0 | 0xE1 | 0xE3..=0xEE | 0xF0..=0xF4);
        b += 1;
    }
    barrier
};

#[inline]
fn is_barrier(b: u8) -> bool {
    BARRIER.get(usize::from(b)).copied().unwrap_or(false)
}

/// The length of the space or joiner ([`is_joiner`]) that starts `bytes`,
/// or 0.
#[inline]
fn gap_len(bytes: &[u8]) -> usize {
    match bytes {
        [b' ', ..] => 1,
        [0xC2, 0xAD, ..] => 2,
        [0xE2, 0x80, 0x8C..=0x8F | 0xAA..=0xAE, ..]
        | [0xE2, 0x81, 0xA6..=0xA9, ..]
        | [0xEF, 0xBB, 0xBF, ..] => 3,
        _ => 0,
    }
}

/// The first byte at or after `at` past spaces and joiners.
#[inline]
fn gap_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match gap_len(bytes.get(at..).unwrap_or_default()) {
            0 => return at,
            len => at += len,
        }
    }
}

/// The first byte of the run of spaces and joiners that ends at `at`.
#[inline]
fn gap_start(bytes: &[u8], mut at: usize) -> usize {
    loop {
        let step = [1, 2, 3]
            .into_iter()
            .find(|&len| at >= len && gap_len(bytes.get(at - len..at).unwrap_or_default()) == len);
        match step {
            Some(len) => at -= len,
            None => return at,
        }
    }
}

/// Whether `text[from..to]` holds a barrier (see [`BARRIER`]).
#[inline]
fn has_barrier(text: &str, from: usize, to: usize) -> bool {
    let gap = text.as_bytes().get(from..to).unwrap_or_default();
    gap.iter().any(|&b| is_barrier(b))
}

/// Where a window that would start at `earliest`, before an anchor at
/// `anchor`, starts instead after the last barrier between them: past the
/// line break or the character of another script.
fn last_barrier(text: &str, earliest: usize, anchor: usize) -> Option<usize> {
    let gap = text.as_bytes().get(earliest..anchor)?;
    let at = earliest + gap.iter().rposition(|&b| is_barrier(b))?;
    let c = text.get(at..)?.chars().next()?;
    Some(at + c.len_utf8())
}

/// Where a window that would end at `end`, after its last anchor ending at
/// `last`, ends instead before the first barrier between them: at a line
/// break, or at the start of the word that holds a character of another
/// script (no word is cut).
fn first_barrier(text: &str, last: usize, end: usize) -> Option<usize> {
    let gap = text.as_bytes().get(last..end)?;
    let at = last + gap.iter().position(|&b| is_barrier(b))?;
    if gap.get(at - last) == Some(&b'\n') {
        return Some(at);
    }
    let word_part: usize = text
        .get(last..at)?
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    Some(at - word_part)
}

/// Whether `bytes` starts with a digit in any of the three scripts.
#[inline]
fn starts_with_digit(bytes: &[u8]) -> bool {
    match bytes {
        [b, ..] if b.is_ascii_digit() => true,
        [0xDB, n, ..] => (0xB0..=0xB9).contains(n),
        [0xD9, n, ..] => (0xA0..=0xA9).contains(n),
        _ => false,
    }
}

/// The positions just after each space, tab or newline (and 0): where words
/// start. Works on 64-byte blocks: one bit mask per block (SWAR: the bytes of
/// a `u64` compared at once, without `unsafe` or platform intrinsics), then
/// one step per word, which is several times faster than a byte loop when
/// words are a few bytes long.
#[derive(Debug)]
struct WordStarts<'h> {
    bytes: &'h [u8],
    /// The offset of the block whose bits are in `mask`.
    block: usize,
    /// One bit per byte of the block that may be whitespace (a byte up to
    /// 0x20) and has not been returned yet.
    mask: u64,
    started: bool,
}

impl<'h> WordStarts<'h> {
    fn new(bytes: &'h [u8]) -> WordStarts<'h> {
        WordStarts {
            bytes,
            block: 0,
            mask: low_byte_mask(bytes, 0),
            started: false,
        }
    }

    /// The next word start whose first eight bytes (little-endian) pass
    /// `keep`, or that has fewer than eight bytes left. This loop visits every
    /// word of the text, so its state lives in locals while it runs.
    #[inline]
    fn next_where(&mut self, keep: impl Fn(u64) -> bool) -> Option<usize> {
        if !self.started {
            self.started = true;
            return Some(0);
        }
        let bytes = self.bytes;
        let (mut block, mut mask) = (self.block, self.mask);
        let found = loop {
            if mask == 0 {
                block += 64;
                if block >= bytes.len() {
                    break None;
                }
                mask = low_byte_mask(bytes, block);
                continue;
            }
            let space = block + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let at = space + 1;
            let first_eight = bytes
                .get(at..)
                .and_then(<[u8]>::first_chunk::<8>)
                .map(|eight| u64::from_le_bytes(*eight));
            if first_eight.is_some_and(|word| !keep(word)) {
                continue;
            }
            // The mask also catches other control bytes: keep only the three.
            if bytes.get(space).copied().is_some_and(is_space) {
                break Some(at);
            }
        };
        self.block = block;
        self.mask = mask;
        found
    }
}

/// Every word start, for the tests.
#[cfg(test)]
impl Iterator for WordStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        self.next_where(|_| true)
    }
}

/// One bit per byte of the 64 from `at` (fewer at the end of `bytes`): set
/// for a byte up to 0x20 (space, tab, newline and the other controls).
#[inline]
fn low_byte_mask(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<64>) {
        Some(block) => block
            .chunks_exact(8)
            .enumerate()
            .fold(0, |mask, (k, eight)| {
                let mut word = [0u8; 8];
                word.copy_from_slice(eight);
                mask | low_byte_bits(u64::from_le_bytes(word)) << (8 * k)
            }),
        None => bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .fold(0, |mask, (i, &b)| mask | u64::from(b <= 0x20) << i),
    }
}

/// Bit i set for each byte i of `w` (little-endian) that is at most 0x20.
#[inline]
fn low_byte_bits(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Adding 0x5F sets a byte's high bit from 0x21 up; the byte's own high
    // bit covers 0x80 up. No carry crosses into the next byte.
    let above = ((w & LOW7).wrapping_add(0x5F5F_5F5F_5F5F_5F5F)) | w;
    let high_bits = !above & !LOW7;
    // Gather the high bit of each byte into the low eight bits, byte i to bit i.
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[inline]
fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\n' || b == b'\t'
}

/// Skips opening punctuation and invisible marks at a word start («(۱۲ تیر)», «"بهمن»).
fn skip_openers(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    let skipped: usize = rest
        .chars()
        .take(4)
        .take_while(|c| {
            matches!(c, '(' | '«' | '"' | '\'' | '[' | '-' | '/' | '،' | '“') || is_joiner(*c)
        })
        .map(char::len_utf8)
        .sum();
    at + skipped
}

/// The end of the run of digits (in any script, mixed) starting at `start`,
/// and how many digits it holds.
#[inline]
fn digit_run(bytes: &[u8], start: usize) -> (usize, usize) {
    let (mut end, mut count) = (start, 0);
    loop {
        match bytes.get(end) {
            Some(b) if b.is_ascii_digit() => end += 1,
            Some(_) if bytes.get(end..).is_some_and(starts_with_digit) => end += 2,
            _ => return (end, count),
        }
        count += 1;
    }
}

/// Whether a run of `count` digits can be part of a date even with no month
/// name after it (a month name opens its own window, which reaches back over
/// its day): a four-digit year, a numeric date, a day glued to its month
/// («۱۲تیر»), a two-digit year after «سال», a short year before its era
/// marker («۶۵۴ ه.ق.»), or a day beside «می» (May).
fn digits_may_date(text: &str, start: usize, end: usize, count: usize) -> bool {
    // A year, unless right after another number («۱۲ ۱۴۰۳», «0912 3456»):
    // no rule reads a year there, and a text of digit groups would open a
    // window at every number of four digits. It may still start a numeric
    // date («۱۴۰۳/۰۴/۱۲ ۱۴۰۳/۰۴/۱۳») or come before its era, as below.
    if count > 2 {
        if count != 4 {
            return count == 3 && era_follows(text, end);
        }
        if !number_before(text.as_bytes(), start) {
            return true;
        }
    }
    let bytes = text.as_bytes();
    // Glued to a word («۱۲تیر»).
    let glued = match (bytes.get(end), bytes.get(end + 1)) {
        (Some(&lead), Some(&next)) if lead & 0xFC == 0xD8 => {
            is_arabic_word_char(arabic_low_byte(lead, next))
        }
        (Some(b), _) if *b < 0x80 => b.is_ascii_alphabetic(),
        (Some(_), _) => text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_word_char),
        (None, _) => false,
    };
    if glued {
        return true;
    }
    // A numeric date: three numbers, the same sign between them
    // («۱۲/۴/۱۴۰۳», «۰۲ / ۰۵ / ۱۰»). Two numbers are no date («۱۷/۲۰», a
    // grade), nor are numbers between different signs («۱ / ۲ - ۳»).
    let after = after_spaces(bytes, end);
    if let Some(&sign @ (b'/' | b'-' | b'.')) = bytes.get(after) {
        let second = sign_then_number(bytes, after, sign);
        if let Some(third) =
            second.and_then(|second| sign_then_number(bytes, after_spaces(bytes, second), sign))
        {
            // Not when the run goes on, glued («۱/۱/۱/۱»): the grammar
            // reads no date in a longer run, and text made of such runs
            // would open a window at every number.
            let longer = matches!(bytes.get(third), Some(b'/' | b'-' | b'.'))
                && bytes.get(third + 1..).is_some_and(starts_with_digit);
            if !longer {
                return true;
            }
        }
        // «سال‌های ۷۵ - ۷۶»: a range of two-digit years after «سال».
        let year_cue = || {
            const SAL: &[u8] = "سال".as_bytes();
            // (Bytes, not chars: «سال» starts with a lead byte, and neither
            // it nor a line break can match inside a character.)
            let before = bytes
                .get(start.saturating_sub(24)..start)
                .unwrap_or_default();
            // Its first byte (D8) first: between digits and signs there is none.
            SAL.first().is_some_and(|first| before.contains(first))
                && before.windows(SAL.len()).any(|w| w == SAL)
                && !before.contains(&b'\n')
        };
        if sign == b'-' && second.is_some() && year_cue() {
            return true;
        }
    }
    // The cues left: «سال» or «می» before, an era marker or «می» after. In
    // the usual surroundings (spaces, then a letter or a sign) the letter
    // next to the spaces rules them out without reading words: «سال» ends
    // in ل, «می» in ی or ي, and «می» and every era marker start with م, ه,
    // ق, ش or خ. Anything else (a joiner) is read in full.
    let mut before_spaces = start;
    while before_spaces > 0 && bytes.get(before_spaces - 1) == Some(&b' ') {
        before_spaces -= 1;
    }
    let pair_before = before_spaces
        .checked_sub(2)
        .and_then(|from| bytes.get(from..before_spaces));
    let cue_before = match pair_before {
        Some([0xD9, 0x84 | 0x8A] | [0xDB, 0x8C]) => true,
        Some([lead, last]) => lead & 0xFC != 0xD8 && *last >= 0x80,
        _ => true,
    };
    let cue_after = match bytes.get(after..).unwrap_or_default() {
        [0xD9, 0x85 | 0x87 | 0x82, ..] | [0xD8, 0xB4 | 0xAE, ..] => true,
        [lead, ..] => *lead >= 0x80 && lead & 0xFC != 0xD8,
        [] => false,
    };
    if !cue_before && !cue_after {
        return false;
    }
    let gap = |c: char| c == ' ' || is_joiner(c);
    let before = text.get(..start).unwrap_or_default().trim_end_matches(gap);
    let rest = text.get(end..).unwrap_or_default();
    before.ends_with("سال") || era_follows(text, end) || may_beside(before, rest)
}

/// Whether the last character before byte `at`, past spaces, is a digit.
#[inline(never)]
fn number_before(bytes: &[u8], at: usize) -> bool {
    let mut end = at;
    while end > 0 && bytes.get(end - 1) == Some(&b' ') {
        end -= 1;
    }
    match bytes.get(..end) {
        Some([.., b]) if b.is_ascii_digit() => true,
        Some([.., 0xDB, n]) => (0xB0..=0xB9).contains(n),
        Some([.., 0xD9, n]) => (0xA0..=0xA9).contains(n),
        _ => false,
    }
}

/// The first byte at or after `at` that is not a space.
#[inline]
fn after_spaces(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

/// Where the number after the sign at byte `at` ends, if `sign` is there and
/// a number follows it (spaces between).
#[inline]
fn sign_then_number(bytes: &[u8], at: usize, sign: u8) -> Option<usize> {
    if bytes.get(at) != Some(&sign) {
        return None;
    }
    let number = after_spaces(bytes, at + 1);
    bytes
        .get(number..)
        .is_some_and(starts_with_digit)
        .then(|| digit_run(bytes, number).0)
}

/// Whether the word that ends `before` or starts `after` is «می» (May): the
/// month opens no window of its own, because the word is far more often the
/// verb prefix with its ZWNJ lost («می شود»), so its day opens one
/// («۵ می», «می ۵»; a year opens one anyway).
fn may_beside(before: &str, after: &str) -> bool {
    let gap = |c: char| c == ' ' || is_joiner(c);
    let not_word = |c: Option<char>| !c.is_some_and(is_word_char);
    let ends_with_may = ["می", "مي"].iter().any(|may| {
        before
            .strip_suffix(may)
            .is_some_and(|head| not_word(head.chars().next_back()))
    });
    let first = after.trim_start_matches(gap);
    let starts_with_may = ["می", "مي"].iter().any(|may| {
        first
            .strip_prefix(may)
            .is_some_and(|tail| not_word(tail.chars().next()))
    });
    ends_with_may || starts_with_may
}

/// Whether an era marker («ه.ق.», «هجری», «میلادی», «قمری», «شمسی»,
/// «خورشیدی») is the next word: then a number of any length may be a year.
/// («۶۱۶ تا ۶۵۴ ه.ق.»: the window of the second number reaches back to the first.)
fn era_follows(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default().trim_start_matches(' ');
    // Every marker starts with ه م ق ش or خ (D9 87, D9 85, D9 82, D8 B4,
    // D8 AE): one look at two bytes settles most numbers.
    if !matches!(
        after.as_bytes(),
        [0xD9, 0x87 | 0x85 | 0x82, ..] | [0xD8, 0xB4 | 0xAE, ..]
    ) {
        return false;
    }
    let abbreviation = after.strip_prefix('ه').is_some_and(|rest| {
        rest.starts_with(['.', '\u{200D}', '\u{0640}'])
            || rest.starts_with(" ش")
            || rest.starts_with(" ق")
    });
    abbreviation
        || ["هجر", "ميلاد", "میلاد", "قمر", "شمس", "خورشید"]
            .iter()
            .any(|marker| after.starts_with(marker))
}

/// How many characters of spaces and joiners [`digits_adjacent`] looks past.
const GAP_CHARS: usize = 8;

/// Whether the word just before `start` ends with a digit, or the word just
/// after `end` starts with one (a few spaces and joiners between).
fn digits_adjacent(text: &str, start: usize, end: usize) -> bool {
    let gap = |c: &char| *c == ' ' || is_joiner(*c);
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    let last_before = before.chars().rev().take(GAP_CHARS).find(|c| !gap(c));
    let first_after = after.chars().take(GAP_CHARS).find(|c| !gap(c));
    last_before.and_then(digit_value).is_some() || first_after.and_then(digit_value).is_some()
}

/// Whether a digit (in any script) lies within a few words of `start..end`,
/// on the same line.
fn digits_near(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let from = start.saturating_sub(DIGITS_NEAR_BYTES);
    let to = (end + DIGITS_NEAR_BYTES).min(bytes.len());
    // Only on the anchor's own line.
    let before = bytes.get(from..start).unwrap_or_default();
    let from = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(from, |n| from + n + 1);
    let after = bytes.get(end..to).unwrap_or_default();
    let to = after
        .iter()
        .position(|&b| b == b'\n')
        .map_or(to, |n| end + n);
    let window = bytes.get(from..to).unwrap_or_default();
    window.iter().enumerate().any(|(i, &b)| {
        b.is_ascii_digit()
            || match (b, window.get(i + 1)) {
                (0xDB, Some(n)) => (0xB0..=0xB9).contains(n),
                (0xD9, Some(n)) => (0xA0..=0xA9).contains(n),
                _ => false,
            }
    })
}

/// How far a window edge moves to reach the edge of the word or number it
/// falls into; a longer run of letters or digits is cut (no date hides in it).
const MAX_TOKEN_STRETCH: usize = 256;

/// What a character is made of, for finding token edges: a window must not
/// cut «۱۴۰۳» into «۱۴» (a two-digit year) or «اسفند» into «اسف».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Other,
}

#[inline]
fn class(c: char) -> Class {
    // The usual case first: a character of the Arabic block, from a table.
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        let low = c as usize & 0xFF;
        return if (0x60..=0x69).contains(&low) || (0xF0..=0xF9).contains(&low) {
            Class::Digit
        } else if is_arabic_word_char(low) {
            Class::Letter
        } else {
            Class::Other
        };
    }
    if digit_value(c).is_some() {
        Class::Digit
    } else if is_word_char(c) {
        Class::Letter
    } else {
        Class::Other
    }
}

/// The class of the run of letters or digits that `at` falls inside, if it
/// falls inside one (the characters on both sides belong to it).
fn inside_run(text: &str, at: usize) -> Option<Class> {
    let before = class(text.get(..at)?.chars().next_back()?);
    let after = class(text.get(at..)?.chars().next()?);
    (before == after && before != Class::Other).then_some(before)
}

/// The end of the run of class `run` that goes on at `at`, within `limit` bytes.
fn run_end(text: &str, at: usize, run: Class, limit: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    rest.char_indices()
        .take_while(|(i, _)| *i <= limit)
        .find(|(_, c)| class(*c) != run)
        .map(|(i, _)| at + i)
        .or_else(|| (rest.len() <= limit).then_some(text.len()))
}

/// The start of the run of class `run` that goes on before `at`, within `limit` bytes.
fn run_start(text: &str, at: usize, run: Class, limit: usize) -> Option<usize> {
    let head = text.get(..at)?;
    let mut start = at;
    for c in head.chars().rev() {
        if class(c) != run {
            return Some(start);
        }
        start -= c.len_utf8();
        if at - start > limit {
            return None;
        }
    }
    Some(0)
}

fn char_boundary_at_or_after(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at.min(text.len())
}

/// A window start at or after `earliest` (and at or before `anchor`): just
/// after a space or line break, where a word starts, as at every anchor. The
/// grammar may then trust the first token's gap; without a space in reach the
/// window starts at the anchor.
fn window_start(text: &str, earliest: usize, anchor: usize) -> usize {
    let at = char_boundary_at_or_after(text, earliest.min(anchor)).min(anchor);
    let starts_word = at == 0
        || text
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_whitespace);
    if starts_word {
        return at;
    }
    let stretch = text.get(at..anchor).unwrap_or_default();
    stretch
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(anchor, |(i, c)| at + i + c.len_utf8())
}

/// A window end at or after `end` that does not cut a word or a number: the
/// end of the run it falls into, or its start when the run goes on for long.
fn window_end(text: &str, end: usize) -> usize {
    let at = char_boundary_at_or_after(text, end);
    match inside_run(text, at) {
        Some(run) => run_end(text, at, run, MAX_TOKEN_STRETCH)
            .or_else(|| run_start(text, at, run, MAX_TOKEN_STRETCH))
            .unwrap_or(at),
        None => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_starts_agree_with_a_plain_loop() {
        let text = "سه\u{200C}شنبه ۳۰ بهمن\t۱۴۰۳\nدر تماس\r\nتلفنی ۱۲ تیرماه  دو رئیس‌جمهور گفت‌وگو کردند. a b\x01 \x21\x7F\u{80} c";
        for cut in 0..text.len() {
            let bytes = &text.as_bytes()[..cut];
            let plain: Vec<usize> = std::iter::once(0)
                .chain(
                    (0..bytes.len())
                        .filter(|&i| is_space(bytes[i]))
                        .map(|i| i + 1),
                )
                .collect();
            let fast: Vec<usize> = WordStarts::new(bytes).collect();
            assert_eq!(fast, plain, "cut at {cut}");
        }
    }

    #[test]
    fn word_starts_follow_whitespace() {
        let text = "a bb  c\nd\te";
        let starts: Vec<usize> = WordStarts::new(text.as_bytes()).collect();
        assert_eq!(starts, [0, 2, 5, 6, 8, 10]);
    }

    /// No character that a mention can hold starts with a barrier byte: the
    /// letters of every word of the lexicon in every spelling that folds to
    /// them, the digits of the three scripts and the signs of dates.
    #[test]
    fn nothing_a_mention_holds_is_a_barrier() {
        let lexicon = Lexicon::new();
        let mut chars: Vec<char> = lexicon
            .entries()
            .flat_map(|(word, _)| word.chars().collect::<Vec<_>>())
            .flat_map(unfolded)
            .collect();
        chars.extend(('0'..='9').chain('۰'..='۹').chain('٠'..='٩'));
        chars.extend([
            '/', '-', '.', '،', '٫', ' ', '\u{200C}', '\u{200F}', '\u{0640}', '«', '»',
        ]);
        for c in chars {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(
                !is_barrier(first),
                "{c:?} (U+{:04X}) starts with a barrier byte",
                c as u32
            );
        }
        assert!(!is_barrier(b' '));
    }

    /// Letters of other scripts, and line breaks, stop a window.
    #[test]
    fn letters_of_other_scripts_are_barriers() {
        for c in ['a', 'Z', 'é', 'Ω', 'Ж', 'א', 'अ', '東', '한', '😀', '\n'] {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(is_barrier(first), "{c:?} should stop a window");
        }
    }

    #[test]
    fn a_number_before_is_a_digit_past_spaces() {
        let cases = [
            ("۱۲ ۱۴۰۳", true),
            ("12  ۱۴۰۳", true),
            ("٣ ۱۴۰۳", true),
            ("تیر ۱۴۰۳", false),
            ("/ ۱۴۰۳", false),
            ("۱۴۰۳", false),
        ];
        for (text, expected) in cases {
            let at = text.rfind('۱').unwrap_or(0);
            assert_eq!(number_before(text.as_bytes(), at), expected, "{text}");
        }
    }

    use proptest::prelude::*;

    /// Text of Persian and Arabic letters, spaces, joiners of every kind,
    /// digits, signs and Latin letters, a character at a time.
    fn mixed_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ت", "ی", "ر", "ي", "ك", "ه", "م", "ا", "ن", "ل", "س", " ", " ", "\u{200C}",
            "\u{200D}", "\u{200F}", "\u{202B}", "\u{2067}", "\u{FEFF}", "\u{00AD}", "\u{0640}",
            "۱", "1", "٣", "/", ",", ".", "a", "Z", "\n", "«", "،",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// The byte-wise gap helpers skip exactly the spaces and joiners
        /// that trimming by characters skips.
        #[test]
        fn gaps_agree_with_trimming(text in mixed_text(), cut in any::<prop::sample::Index>()) {
            let gap = |c: char| c == ' ' || is_joiner(c);
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let at = bounds[cut.index(bounds.len())];
            let after = at + text[at..].len() - text[at..].trim_start_matches(gap).len();
            let before = text[..at].trim_end_matches(gap).len();
            prop_assert_eq!(gap_end(text.as_bytes(), at), after);
            prop_assert_eq!(gap_start(text.as_bytes(), at), before);
        }

        /// A short word's key holds everything its meaning depends on: any
        /// text with the same key has the same word end, the same meaning
        /// and the same answer from the four-letter check.
        #[test]
        fn short_word_keys_decide_the_word(word in mixed_text(), tail_a in mixed_text(), tail_b in mixed_text()) {
            let lexicon = Lexicon::new();
            let scanner = Scanner::new(&lexicon, AnchorKinds { gregorian: true, lunar: true, afghan: true, relative: true });
            let a = format!("{word}{tail_a}{}", " ".repeat(16));
            let Some(key) = short_word_key(a.as_bytes()) else { return Ok(()) };
            let len = 16 - (key.leading_zeros() / 8) as usize;
            // The key's bytes, then something else.
            let b = format!("{}{tail_b}{}", &a[..len], " ".repeat(16));
            prop_assert_eq!(short_word_key(b.as_bytes()), Some(key));
            let meaning = |text: &str| {
                let mut k = WordKey::new();
                let end = read_word(text, 0, &mut k);
                let raw = || text.get(..end).unwrap_or_default();
                (end, lexicon.lookup_key(&k, raw), scanner.may_be_anchor_word(text.as_bytes()))
            };
            let (end, lex, may_be) = meaning(&a);
            prop_assert!(end < len, "the word ends inside its key");
            prop_assert_eq!(meaning(&b), (end, lex, may_be));
        }
    }
}
