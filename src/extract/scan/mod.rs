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
//! A month name without «ماه» is an anchor only when a word or mark beside it
//! may make it a date (see [`bare_months`]): «مهر» in «خبرگزاری مهر» is not;
//! the other anchor words (weekdays, «سال», «روز», other calendars' months …)
//! with the words beside them that decide, in [`word_anchors`]. The parts of
//! a hashtag joined by «_» («#۲۲_بهمن») are word starts too ([`tags`]).
//!
//! Each anchor opens a window: a little text before it (for a weekday, an
//! ordinal day, «از», a count) and after it (for a year, «ماه», an era
//! marker). Windows whose margins touch are merged, so each byte is tokenized
//! at most once and the scan is linear in the length of the text. A window
//! never reaches past a line break or a letter of another script (Latin,
//! Cyrillic, CJK, emoji …: see [`edges::is_barrier`]), which no mention holds.

mod bare_months;
mod digits;
mod edges;
mod short_words;
mod tables;
mod tags;
mod word_anchors;
mod words;

use super::lexicon::{read_word, Lex, Lexicon, MonthSet, WordKey};
use super::token::KnownWord;
use digits::{
    after_number_or_sign, digit_run, digits_may_date, letters_after_part, settled_amid_signs,
    starts_with_digit, LONGEST_MONTH,
};
use edges::{
    char_boundary_at_or_after, first_barrier, gap_end, has_barrier, last_barrier, may_start_gap,
    window_end, window_start, MAX_TOKEN_STRETCH,
};
use short_words::{short_word_key, ShortWords};
use tables::{
    dropped_in_first_three, fourth_letter, is_block_digit, letter_at, low_byte, may_open_anchor,
    raw_triple, set_bit, set_triple, start_key4, triple_keys, two_bytes, unfolded, FirstPairs,
    JOINER_LEAD, OUTSIDE_BLOCK, STARTS_WORDS, TRIPLE_WORDS,
};
use word_anchors::{makes_weekday_a_date, may_follow_unit};
use words::{skip_openers, WordStarts};

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
    back: MONTH_BACK_MARGIN,
    forward: 96,
};
/// How far before a month name its window reaches (bytes): the grammar
/// counts on it for a day glued to the word before it («روز28 بهمن»).
pub(crate) const MONTH_BACK_MARGIN: usize = 64;
/// How far before a day (bytes) the grammar looks for the place noun that
/// makes a day and month a name («مجتمع فرهنگی هنری ۲۹ بهمن»): every window
/// that holds a day and its month reaches that far back (a month's window
/// [`MONTH_BACK_MARGIN`] before the month, which follows the day within
/// 24 bytes; an Afghan month's day as far before the day).
pub(crate) const PLACE_REACH: usize = 40;
/// Digits: a weekday or «از» / «سال» before, an era marker after.
const DIGIT_MARGINS: Margins = Margins {
    back: 32,
    forward: 48,
};
/// The margins of the digits at `at`: [`DIGIT_MARGINS`], reaching back
/// further after a month name glued to its day or a sign («دوازدهم
/// تا13فروردین ۱۲۱۲», «درفروردین ماه-فروردین ۱۲۱۲»). Such a month starts no
/// word, so it opens no window of its own, and the number after it must
/// reach back as far as the month's window would. (Always inlined, as the
/// scan's loop needs it: a tag's parts ask it too, see `tags`.)
#[inline(always)]
fn digit_margins(bytes: &[u8], at: usize) -> Margins {
    match at.checked_sub(1) {
        Some(space) if bytes.get(space) == Some(&b' ') => match letters_after_part(bytes, space) {
            Some(month) => Margins {
                back: at - month + MONTH_BACK_MARGIN,
                ..DIGIT_MARGINS
            },
            None => DIGIT_MARGINS,
        },
        _ => DIGIT_MARGINS,
    }
}

/// «هزار و …» (a year in words: «… هزار و سیصد و پنجاه و هشت هجری شمسی»).
const YEAR_WORDS_MARGINS: Margins = Margins {
    back: 32,
    forward: 96,
};
/// Relative words: a count before («بیست و پنج روز پیش»), a direction word
/// or a year after («نوروز ۱۴۰۴», «سال گذشته»).
const RELATIVE_MARGINS: Margins = Margins {
    back: RELATIVE_BACK_MARGIN,
    forward: 20,
};
/// How far before a unit word («روز», «سال» …) its window reaches (bytes):
/// the grammar reads two counts before it («سه، چهار سال پیش») only within
/// it, so that every window holding the unit reads the same.
pub(crate) const RELATIVE_BACK_MARGIN: usize = 40;

/// «دهه»: its number, more decades and an era after it («دهه ۶۰، ۷۰ و ۸۰
/// میلادی»), nothing before it.
const DECADE_MARGINS: Margins = Margins {
    back: 0,
    forward: 48,
};

/// «امروز», «دیروز»: a word that is a date by itself, and its mention is
/// the word alone: nothing before it belongs to it (unlike «امسال», which
/// may follow its month, «درآذرماه امسال», where the month is no anchor of
/// its own), and no rule reads on past it.
const DEICTIC_MARGINS: Margins = Margins {
    back: 0,
    forward: 0,
};

/// The lead bytes of four characters of the Arabic block (D8..DB) in eight
/// bytes read little-endian: `word & FOUR_LETTERS == FOUR_LETTERS_LEADS`.
const FOUR_LETTERS: u64 = 0x00FC_00FC_00FC_00FC;
const FOUR_LETTERS_LEADS: u64 = 0x00D8_00D8_00D8_00D8;

/// «درسال»: «سال» with the preposition glued before it.
const DAR_SAL: &[u8] = "درسال".as_bytes();

/// The longest window: anchors are merged into one window up to this size.
const MAX_WINDOW_BYTES: usize = 1 << 16;

/// Longer than any word of the lexicon, in bytes: how far back
/// [`Windows::word_before_counts`] and the check of a bare month name
/// ([`bare_months`]) read for the word before an anchor.
const LONGEST_WORD: usize = 64;

/// Enters the anchor word `word` (folded) in the word-start tables, in
/// every spelling that folds to it (the tables are read on the raw text): its
/// first three letters in `triples` (a word of two letters with each of
/// `ends`, the bytes that may follow it), its first four in `starts4`.
fn enter_word(triples: &mut [u64; TRIPLE_WORDS], starts4: &mut [u64], word: &str, ends: &[u64]) {
    let mut letters = word.chars().chain(std::iter::repeat('\0'));
    let (Some(a), Some(b), Some(c)) = (letters.next(), letters.next(), letters.next()) else {
        return;
    };
    let d = letters.next().unwrap_or('\0');
    let (all_a, all_b, all_c, all_d) = (unfolded(a), unfolded(b), unfolded(c), unfolded(d));
    for &raw_a in &all_a {
        for &raw_b in &all_b {
            if c == '\0' {
                for &end in ends {
                    set_triple(triples, raw_triple(raw_a, raw_b, end));
                }
            }
            for &raw_c in &all_c {
                if c != '\0' {
                    set_triple(triples, raw_triple(raw_a, raw_b, two_bytes(raw_c)));
                }
                let (la, lb, lc) = (low_byte(raw_a), low_byte(raw_b), low_byte(raw_c));
                for &raw_d in &all_d {
                    set_bit(starts4, start_key4(la, lb, lc, low_byte(raw_d)));
                }
            }
        }
    }
}

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
    /// The Afghan month names (none when the kind is off), asked of the
    /// word after a day number: see [`Windows::day_before_afghan_month`].
    afghan_months: FirstPairs,
    /// The words after «سال», «روز», «ماه» … that may make them a date
    /// ([`may_follow_unit`]: «گذشته», «قبل», «دیگر», «مالی» …).
    after_unit: FirstPairs,
    /// The words after a weekday that make it a date («گذشته», «این»,
    /// «هفته» …).
    after_weekday: FirstPairs,
    /// The words after a bare month name that may make it a date («ماه»,
    /// «سال», «تا» …): see [`bare_months`].
    after_month: FirstPairs,
    /// The first two letters of every month name, of every calendar: a
    /// month glued after a number («12فروردین») is checked by them first
    /// (see `Windows::digit_anchor_margins`).
    months: FirstPairs,
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
                // Found from the digits beside them: see `day_before_afghan_month`.
                MonthSet::Afghan => false,
                MonthSet::Gregorian => self.gregorian,
                MonthSet::Lunar => self.lunar,
            },
            Lex::LunarHead(_) => self.lunar,
            Lex::Cardinal(1000)
            | Lex::Sal
            | Lex::Decade
            | Lex::Named { .. }
            | Lex::Badr
            | Lex::Cardinal(13) => true,
            Lex::Pas => self.relative,
            // With relative dates off too: a day may be glued to it
            // («یکشنبه۲دیماه», see `Windows::anchor_of_other`).
            Lex::Weekday(_) => true,
            Lex::Mah
            | Lex::Rooz
            | Lex::Shab
            | Lex::Hafte
            | Lex::GluedCount { .. }
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
        let mut afghan_months = FirstPairs::new();
        let mut after_unit = FirstPairs::new();
        let mut after_weekday = FirstPairs::new();
        let mut after_month = FirstPairs::new();
        let mut months = FirstPairs::new();
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
            let afghan_month = matches!(
                lex,
                Lex::Month {
                    set: MonthSet::Afghan,
                    ..
                }
            );
            if may_follow_unit(lex) {
                after_unit.add(word);
            }
            if makes_weekday_a_date(lex) {
                after_weekday.add(word);
            }
            bare_months::enter_after_month(&mut after_month, word, lex);
            if afghan_month && kinds.afghan {
                afghan_months.add(word);
            }
            if matches!(lex, Lex::Month { .. }) {
                months.add(word);
            }
            // (Afghan months open no window of their own: `admits` says no.)
            if !kinds.admits(lex) {
                continue;
            }
            // «پس» (then) is an anchor only with a joiner after it, as in
            // «پس‌فردا»; «پس فردا» is found from «فردا». «می» (May) is left
            // to the digits beside it (see `may_beside`): as a word of two
            // letters it is entered with no end at all.
            let ends: &[u64] = match (lex, word) {
                (Lex::Pas, _) => &[JOINER_LEAD],
                (_, "می") => &[],
                _ => &word_ends,
            };
            enter_word(&mut triples, &mut starts4, word, ends);
        }
        // «درسال95», «درسال آینده»: «سال» with «در» glued on (see
        // `Windows::sal_after_dar`).
        enter_word(&mut triples, &mut starts4, "درسال", &word_ends);
        // «سه‌شنبه», «پنج‌شنبه» with a joiner: the scan reads the number at
        // the word start, and the weekday goes on past the joiner (see
        // `Windows::weekday_after_joiner`).
        if kinds.relative {
            for number in ["یک", "دو", "سه", "چهار", "پنج"] {
                enter_word(&mut triples, &mut starts4, number, &[JOINER_LEAD]);
            }
        }
        Scanner {
            triples,
            starts4,
            afghan_months,
            after_unit,
            after_weekday,
            after_month,
            months,
            kinds,
        }
    }

    /// The first check of a word start, on the eight bytes `word` that begin
    /// the word (little-endian): `false` when the word certainly holds no
    /// anchor. Two letters of the Arabic block are looked up with the
    /// character after them in the triple table; a digit, or «و» glued to
    /// one, goes on; one letter alone («و») is no anchor; anything else
    /// (Latin, punctuation, an ASCII digit) is left to the slower checks.
    // Always: the scan's loop asks it of every word, and a tag's parts too.
    #[inline(always)]
    fn may_start_anchor(&self, word: u64) -> bool {
        if word & 0x00FC_00FC == 0x00D8_00D8 {
            // Two characters of the block, the usual case.
            if is_block_digit(word) || (word & 0xFFFF == 0x88D9 && is_block_digit(word >> 16)) {
                return true;
            }
            let (slot, mask) = triple_keys(word);
            let in_table = self.triples.get(slot).is_some_and(|w| w & mask == mask);
            // Then, when the third and fourth characters are in the block
            // too, the first four letters: a word that only shares its first
            // three with an anchor («روزنامه», «جدید», «آورد») stops here. A
            // shorter word goes on to the short-word cache, which knows the
            // commonest ones («سال», «روز», «تیر»).
            return in_table && self.may_be_anchor_start(word);
        }
        // One character of the block alone: only a digit («۵ تیر») matters,
        // or «و» glued to an ASCII one («و12 اردیبهشت»).
        if word & 0xFC == 0xD8 {
            return is_block_digit(word)
                || (word & 0xFFFF == 0x88D9 && ((word >> 16) as u8).is_ascii_digit());
        }
        may_open_anchor(word)
    }

    /// [`Self::may_be_anchor_word`] on the eight bytes `word` when they hold
    /// four characters of the block; `true` for a shorter word. Out of line:
    /// the loop over word starts that calls it stays small.
    #[inline(never)]
    fn may_be_anchor_start(&self, word: u64) -> bool {
        let four = word & FOUR_LETTERS == FOUR_LETTERS_LEADS;
        !four || self.may_be_anchor_word(&word.to_le_bytes())
    }

    /// The second, finer check of a word that passed [`Self::may_start_anchor`]:
    /// its first four letters (0 for each letter past the end of the word).
    fn may_be_anchor_word(&self, bytes: &[u8]) -> bool {
        let (a, b, c) = (
            letter_at(bytes, 0),
            letter_at(bytes, 2),
            letter_at(bytes, 4),
        );
        let d = if c == 0 {
            0
        } else {
            match fourth_letter(bytes) {
                Some(d) => d,
                // Marks up to the end of the bytes: let the slower checks decide.
                None => return true,
            }
        };
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
            window_anchors: 0,
            short_words: ShortWords::new(),
            last_month_end: 0,
            tag_pending: Vec::new(),
        }
    }
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
    /// The anchors of the windows read since [`Self::clear_anchors`], in
    /// text order, with the meanings of the anchor words (for the tokenizer).
    anchors: Vec<KnownWord>,
    /// Where the current window's anchors start in `anchors`.
    window_anchors: usize,
    /// The meanings of short words met at word starts (see [`ShortWords`]).
    short_words: ShortWords,
    /// Where the last Iranian month name met at a word start ends: the word
    /// before the next one is then known without reading it again («تیر
    /// تیر …»; see [`bare_months`]).
    last_month_end: usize,
    /// The anchors of a hashtag's later parts, last first ([`tags`]).
    tag_pending: Vec<Anchor>,
}

impl Iterator for Windows<'_, '_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let first = match self.lookahead.take() {
            Some(anchor) => anchor,
            None => self.next_date_anchor()?,
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
        let start = window_start(self.text, self.last_end, earliest, first.start);
        let mut reach = first.end + first.margins.forward;
        let mut last = first.end;
        // `window_end` at the reach, once read.
        let mut end_at_reach = None;
        self.window_anchors = self.anchors.len();
        self.push_anchor(&first);
        while let Some(next) = self.next_date_anchor() {
            // A window is closed at 64 KiB, so that a text made of nothing
            // but anchors («۱/۱/۱/…», «تیر تیر …») is not tokenized as one
            // window of millions of tokens. (A date straddling that cut, in
            // such a text only, is read in two pieces.)
            let too_long = next.end.saturating_sub(start) > MAX_WINDOW_BYTES;
            // Reach first: the line check reads the text up to the next
            // anchor, which may be far away. The window ends past its reach,
            // at the end of the word or number there: when that runs into the
            // next anchor's margin («… سهشنبه۱فروردین ماه سال ٢٥»), or no
            // space comes between, the next window would start inside a word
            // this one holds part of, cut off at this window's end, and miss
            // what is glued there; so the two are one. (A run longer than
            // MAX_TOKEN_STRETCH is cut at the reach: see `window_end`.)
            let earliest_next = next.start.saturating_sub(next.margins.back);
            let out_of_reach = earliest_next > reach
                && (earliest_next > reach + MAX_TOKEN_STRETCH || {
                    let end = window_end(self.text, reach);
                    end_at_reach = Some(end);
                    end <= earliest_next && self.space_between(end, earliest_next)
                });
            if out_of_reach || too_long || has_barrier(self.text, last, next.start) {
                self.lookahead = Some(next);
                break;
            }
            reach = reach.max(next.end + next.margins.forward);
            end_at_reach = None;
            self.push_anchor(&next);
            last = next.end;
        }
        // A barrier short of the reach settles the end without looking for
        // the end of the word there (often a long one, in another script).
        let within_reach = char_boundary_at_or_after(self.text, reach);
        let end = first_barrier(self.text, last, last, within_reach).unwrap_or_else(|| {
            // Past the reach only the stretch to the end of its word is new.
            let end = end_at_reach
                .unwrap_or_else(|| window_end(self.text, reach))
                .max(last);
            let from = within_reach.max(last).min(end);
            // A barrier glued right after that word ends the window as it
            // does within the reach (see `first_barrier`: a letter of another
            // script takes the word out, an emoji does not): the byte after
            // the word is looked at.
            let glued = (end + 1).min(self.text.len());
            first_barrier(self.text, last, from, glued).unwrap_or(end)
        });
        self.last_end = end;
        Some((start, end))
    }
}

impl Windows<'_, '_> {
    /// Whether a space, tab or line break lies in `from..to`.
    fn space_between(&self, from: usize, to: usize) -> bool {
        self.text.as_bytes().get(from..to).is_some_and(|gap| {
            gap.iter()
                .any(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        })
    }

    fn push_anchor(&mut self, anchor: &Anchor) {
        self.anchors.push(KnownWord {
            start: anchor.start,
            end: anchor.end,
            lex: anchor.lex,
        });
    }

    /// The anchors of the windows read since the last call of
    /// [`Self::clear_anchors`], in text order, with the meanings of the
    /// anchor words: the tokenizer need not look those up again. The current
    /// window's are the last ones, from [`Self::window_anchors`].
    pub(crate) fn anchors(&self) -> &[KnownWord] {
        &self.anchors
    }

    /// Where the current window's anchors start in [`Self::anchors`].
    pub(crate) fn window_anchors(&self) -> usize {
        self.window_anchors
    }

    /// Forgets the anchors of the windows read so far (their reader is done
    /// with them).
    pub(crate) fn clear_anchors(&mut self) {
        self.anchors.clear();
        self.window_anchors = 0;
    }

    /// The meaning of the anchor word that is the whole window `start..end`,
    /// if the window is one anchor word and nothing else.
    pub(crate) fn lone_anchor(&self, start: usize, end: usize) -> Option<Lex> {
        match self.anchors.get(self.window_anchors..) {
            Some([only]) if only.start == start && only.end == end => only.lex,
            _ => None,
        }
    }

    /// The next word start whose first bytes may begin an anchor
    /// ([`Scanner::may_start_anchor`]).
    #[inline]
    fn next_candidate(&mut self) -> Option<usize> {
        let scanner = self.scanner;
        self.word_starts
            .next_where(|first_eight| scanner.may_start_anchor(first_eight))
    }

    /// The margins of the digit run `at..end` ([`digit_margins`]); with a
    /// month name glued after it («12فروردین»), as far back as that month's
    /// window would reach, for the month starts no word and opens none.
    // Always: a tag's parts ask it too (see `tags`), and the scan's loop
    // must keep it inline.
    #[inline(always)]
    fn digit_anchor_margins(&self, at: usize, end: usize) -> Margins {
        let bytes = self.text.as_bytes();
        // Letters glued after the number are rare: the month is looked for
        // only then, out of the scan's way.
        if bytes.get(end).is_some_and(|&b| b & 0xFC == 0xD8) && self.month_glued_at(end) {
            return Margins {
                back: end - at + MONTH_BACK_MARGIN,
                ..DIGIT_MARGINS
            };
        }
        digit_margins(bytes, at)
    }

    /// `margins` for the number of `count` digits at `at`, reaching back
    /// further after an Afghan month: «سه‌شنبه دوازدهم حمل ۱۲۱۲». Such a
    /// month opens no window of its own (see `day_before_afghan_month`), so
    /// its year reaches back as far as the month's window would, over an
    /// ordinal day and a weekday; else what is found there would depend on
    /// whether another window happened to reach over them. (Years of four
    /// digits only: the check costs news text, where a year follows many a
    /// word.)
    #[inline(always)]
    fn after_afghan_month(&self, at: usize, count: usize, margins: Margins) -> Margins {
        let bytes = self.text.as_bytes();
        // A letter before the space, and not the end of an Iranian month the
        // scan just met («بهمن ۱۴۰۳»): text dense with dates asks this of
        // every number.
        let may_follow_month = count == 4
            && self.scanner.kinds.afghan
            && bytes.get(at.wrapping_sub(1)) == Some(&b' ')
            && at
                .checked_sub(3)
                .is_some_and(|letter| letter_at(bytes, letter) != 0)
            && self.last_month_end != at - 1;
        if !may_follow_month {
            return margins;
        }
        match self.afghan_month_before(at - 1) {
            Some(month) => Margins {
                back: margins.back.max(at - month + MONTH_BACK_MARGIN),
                ..margins
            },
            None => margins,
        }
    }

    /// Where the Afghan month name ending at `end` starts, if one does.
    #[cold]
    #[inline(never)]
    fn afghan_month_before(&self, end: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        // Back to the space before the word (a plain loop: most words
        // before a number are short, and most are no month).
        let from = end.saturating_sub(LONGEST_MONTH);
        let mut start = end;
        while start > from && !matches!(bytes.get(start - 1), Some(b' ' | b'\n') | None) {
            start -= 1;
        }
        let may_be = start < end
            && bytes
                .get(start..)
                .is_some_and(|rest| self.scanner.afghan_months.may_start(rest));
        if !may_be {
            return None;
        }
        // A word the scan just met and read («اسفند ۱۴۰۳») is remembered.
        let rest = bytes.get(start..).unwrap_or_default();
        let known = short_word_key(rest).and_then(|key| self.short_words.get(key));
        let (lex, word_end) = match known {
            Some((Some(lex), len)) => (Some(lex), start + len),
            _ => self.word_at(start),
        };
        let afghan = matches!(
            lex,
            Some(Lex::Month {
                set: MonthSet::Afghan,
                ..
            })
        );
        (afghan && word_end == end).then_some(start)
    }

    /// Whether a month name starts at `at` (glued after a number).
    #[inline(never)]
    fn month_glued_at(&self, at: usize) -> bool {
        let rest = self.text.as_bytes().get(at..).unwrap_or_default();
        self.scanner.months.may_start(rest) && matches!(self.word_at(at).0, Some(Lex::Month { .. }))
    }

    /// «درسال95», «درسال آینده»: «سال» with «در» glued before it, a word the
    /// lexicon does not know, is the anchor «سال» would be (the tokenizer
    /// reads the two apart). Asked of words starting with «درسال» only: the
    /// word-start tables let them through (see `Scanner::new`).
    #[inline(never)]
    fn sal_after_dar(&mut self, at: usize) -> Option<Anchor> {
        let sal = at + "در".len();
        let (lex, end) = self.word_at(sal);
        match lex? {
            Lex::Sal => self.anchor_of(sal, Lex::Sal, end),
            _ => None,
        }
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
                                let known = if self.may_read_candidate(rest) {
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
                    None if self.may_read_candidate(rest) => self.anchor_word(at),
                    None => None,
                };
                if found.is_some() {
                    return found;
                }
                if rest.starts_with(DAR_SAL) {
                    if let Some(found) = self.sal_after_dar(at) {
                        return Some(found);
                    }
                }
                continue;
            }
            if b0 < 0x80 && !b0.is_ascii_digit() || matches!(b0, 0xC2 | 0xE2 | 0xF0) {
                // «#۲۲_بهمن», «#هفتم_آبان»: a tag's parts joined by «_».
                if b0 == b'#' {
                    if let Some(anchor) = self.tag_anchors(at) {
                        return Some(anchor);
                    }
                }
                // «(۱۲ تیر)», «"بهمن», «🔹امروز»: look past opening
                // punctuation, marks and emoji.
                at = skip_openers(self.text, at);
            }
            let rest = bytes.get(at..).unwrap_or_default();
            if starts_with_digit(rest) {
                // (A digit run holds no space: the next word start is past it.)
                let (end, count) = digit_run(bytes, at);
                if count <= 2 && after_number_or_sign(bytes, at) {
                    if let Some(last) = self.settled_run(at, end, count) {
                        self.word_starts.pass_to(last);
                        continue;
                    }
                }
                if let Some(anchor) = self.digit_anchor(at, end, count) {
                    return Some(anchor);
                }
            } else if self.may_read_anchor(rest) {
                if let Some(anchor) = self.anchor_word(at) {
                    return Some(anchor);
                }
            }
        }
    }

    /// The run of `count` digits at word start `at`, ending at `end`, as an
    /// anchor, if it may be part of a date. (Always inlined: the scan's loop
    /// asks it of every number, and a tag's parts ask it too, see `tags`.)
    #[inline(always)]
    fn digit_anchor(&self, at: usize, end: usize, count: usize) -> Option<Anchor> {
        let margins = if digits_may_date(self.text, at, end, count) {
            self.after_afghan_month(at, count, self.digit_anchor_margins(at, end))
        } else if self.day_before_afghan_month(end, count) {
            // The day stands for its month, which opens no window: it
            // reaches back as far as a month's window would (a weekday, a
            // place noun before the day: see `PLACE_REACH`).
            Margins {
                back: MONTH_BACK_MARGIN,
                ..self.digit_anchor_margins(at, end)
            }
        } else {
            return None;
        };
        Some(Anchor {
            start: at,
            end,
            margins,
            lex: None,
        })
    }

    /// Where the run of numbers and signs begun by the number of `count`
    /// digits at word start `at..end` stops being settled
    /// ([`settled_amid_signs`]): the scan goes on from the word start after
    /// the byte returned, having passed by every number of the run and the
    /// sign after each (a sign with a space after it opens nothing: see
    /// [`Scanner::may_start_anchor`]). `None` when the number at `at` is not
    /// settled itself.
    ///
    /// Text made of such runs («۱ / ۱ - 1 . ١ …») would otherwise take every
    /// number and sign through the scan's loop and the checks of a number,
    /// one every two bytes; here each costs a few comparisons.
    #[inline(never)]
    fn settled_run(&self, at: usize, end: usize, count: usize) -> Option<usize> {
        #[cfg(test)]
        if !tests::PASS_SETTLED_RUNS.with(std::cell::Cell::get) {
            return None;
        }
        let bytes = self.text.as_bytes();
        let mut end = settled_amid_signs(bytes, at, end, count)?;
        loop {
            // `end` is a settled number's end: a space, then another number,
            // or a sign and (when a space follows it) the next word.
            let (next, last) = if bytes.get(end + 1..).is_some_and(starts_with_digit) {
                (end + 1, end)
            } else if bytes.get(end + 2) == Some(&b' ') {
                (end + 3, end + 2)
            } else {
                return Some(end);
            };
            let (next_end, next_count) = digit_run(bytes, next);
            match settled_amid_signs(bytes, next, next_end, next_count) {
                Some(next_end) => end = next_end,
                None => return Some(last),
            }
        }
    }

    /// Whether the number of `count` digits ending at `end` is the day of an
    /// Afghan month name after it («۲۸ اسد», and «۲۵-۲۸ اسد»: the number
    /// after a dash then counts). Those names are common words in other
    /// senses (میزان amount, جدی serious, حمل transport) and dates only next
    /// to a day in digits or a year of four digits, so they are found from
    /// their numbers: a year is an anchor by itself, and a day is one here.
    /// Looking at every such word instead (and at every «جدید» and «حمله»
    /// that shares its first letters) cost news text 2–3% for a handful of
    /// dates.
    // Always: a tag's parts ask it too (see `tags`), and the scan's loop
    // must keep it inline.
    #[inline(always)]
    fn day_before_afghan_month(&self, end: usize, count: usize) -> bool {
        // Asked of every number the scan turns away, and text made of
        // numbers and signs has one every two bytes: the bytes right after
        // the number settle nearly all of them. A month needs a space and
        // the first letters of a month name after the day, or a joiner
        // (E2 ..), or the dash of a range.
        if !self.scanner.kinds.afghan {
            return false;
        }
        let bytes = self.text.as_bytes();
        match bytes.get(end) {
            // The usual case, a space and a word: its first two letters
            // settle it. (More spaces or a joiner: the slower path.)
            Some(b' ') => {
                count <= 2
                    && bytes.get(end + 1..).is_some_and(|rest| {
                        rest.first().is_some_and(|&b| may_start_gap(b))
                            || self.scanner.afghan_months.may_start(rest)
                    })
                    && self.afghan_month_after(end, count)
            }
            Some(&b) if b == b'-' || may_start_gap(b) => self.afghan_month_after(end, count),
            _ => false,
        }
    }

    /// The rest of [`Self::day_before_afghan_month`], out of the scan's way.
    #[cold]
    #[inline(never)]
    fn afghan_month_after(&self, mut end: usize, mut count: usize) -> bool {
        let bytes = self.text.as_bytes();
        // «۲۵-۲۸ اسد»: the second day of a range. One step only: a run of
        // numbers and signs («۱-۱-۱…») is no day.
        if bytes.get(end) == Some(&b'-') {
            if !bytes.get(end + 1..).is_some_and(starts_with_digit) {
                return false;
            }
            (end, count) = digit_run(bytes, end + 1);
        }
        if !(1..=2).contains(&count) {
            return false;
        }
        // A space or a joiner must come next.
        let start = gap_end(bytes, end);
        start > end
            && bytes
                .get(start..)
                .is_some_and(|rest| self.scanner.afghan_months.may_start(rest))
            && matches!(
                self.word_at(start).0,
                Some(Lex::Month {
                    set: MonthSet::Afghan,
                    ..
                })
            )
    }

    /// Whether the word at the start of `rest`, which passed the first test,
    /// is worth reading: the four-letter check, and no character that
    /// folding drops among the letters the tables keyed it by (see
    /// [`dropped_in_first_three`]).
    #[inline]
    fn may_read_anchor(&self, rest: &[u8]) -> bool {
        self.scanner.may_be_anchor_word(rest) && !dropped_in_first_three(rest)
    }

    /// [`Self::may_read_anchor`] for a word at a word start that
    /// [`Scanner::may_start_anchor`] let through: when its first eight bytes
    /// hold four letters of the block, that made the four-letter check
    /// already, and it is not made twice.
    #[inline]
    fn may_read_candidate(&self, rest: &[u8]) -> bool {
        let four_checked = rest
            .first_chunk::<8>()
            .is_some_and(|eight| u64::from_le_bytes(*eight) & FOUR_LETTERS == FOUR_LETTERS_LEADS);
        (four_checked || self.scanner.may_be_anchor_word(rest)) && !dropped_in_first_three(rest)
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
    #[inline]
    fn anchor_of(&mut self, at: usize, lex: Lex, end: usize) -> Option<Anchor> {
        // The commonest anchor, a month name that is no other word, settled
        // inline; the other words' checks are out of the scan's way. (A
        // month name without «ماه» is checked further by the caller, see
        // `next_date_anchor`.)
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
        self.anchor_of_other(at, lex, end)
    }
}

#[cfg(test)]
mod tests {
    use super::digits::{
        day_or_year_beside, digits_soon_after, ends_with_kind_of_year, number_before,
    };
    use super::edges::{gap_start, is_barrier};
    use super::words::is_space;
    use super::*;
    use crate::extract::chars::is_joiner;
    use crate::extract::lexicon::YEAR_KINDS;

    #[test]
    fn word_starts_agree_with_a_plain_loop() {
        let text = "سه\u{200C}شنبه ۳۰ بهمن\t۱۴۰۳\nدر تماس\r\nتلفنی ۱۲ تیرماه  دو رئیس‌جمهور گفت‌وگو کردند. a b\x01 \x21\x7F\u{80} c تورنتو(76-1973) ((۱۲ x((y (\u{80}(z!(";
        for cut in 0..text.len() {
            let bytes = &text.as_bytes()[..cut];
            let plain: Vec<usize> = std::iter::once(0)
                .chain(
                    (0..bytes.len())
                        .filter(|&i| {
                            let glued_paren = bytes[i] == b'(' && i > 0 && bytes[i - 1] > b'(';
                            is_space(bytes[i]) || glued_paren
                        })
                        .map(|i| i + 1),
                )
                .collect();
            let fast: Vec<usize> = WordStarts::new(bytes).collect();
            assert_eq!(fast, plain, "cut at {cut}");
        }
    }

    #[test]
    fn word_starts_follow_whitespace_and_glued_parentheses() {
        let text = "a bb  c\nd\te(f (g((h";
        let starts: Vec<usize> = WordStarts::new(text.as_bytes()).collect();
        assert_eq!(starts, [0, 2, 5, 6, 8, 10, 12, 14, 17]);
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
    fn kinds_of_year_follow_sal_in_any_spelling() {
        // `ends_with_kind_of_year` rules words out by their last letter.
        for kind in YEAR_KINDS {
            assert!(kind.ends_with('ی'), "{kind}");
            assert!(ends_with_kind_of_year(&format!("در سال {kind}")), "{kind}");
        }
        assert!(ends_with_kind_of_year("سال تحصيلي"));
        assert!(ends_with_kind_of_year("سال  مالي"));
        assert!(ends_with_kind_of_year("سال مالى"));
        assert!(!ends_with_kind_of_year("در مالی"));
        assert!(!ends_with_kind_of_year("سال عالی"));
        assert!(!ends_with_kind_of_year("مالی"));
        assert!(!ends_with_kind_of_year("امسال مالی"));
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

    /// A window start inside a word of parts moves back to the word's start
    /// (a mention may start inside it); inside a plain word, forward.
    #[test]
    fn window_starts_take_words_of_parts_whole() {
        use super::edges::window_start;
        let text = "خبر کتاب‌۱۳۵۷/فروردین ۱۴۰۳";
        let anchor = text.find("۱۴۰۳").unwrap_or(0);
        let inside = text.find("۱۳۵۷").unwrap_or(0) + 2;
        let word = text.find("کتاب").unwrap_or(0);
        assert_eq!(window_start(text, 0, inside, anchor), word);
        // Not back past the end of the last window: forward instead.
        assert_eq!(window_start(text, inside - 2, inside, anchor), anchor);
        let plain = "خبر کتابخانه ۱۴۰۳";
        let anchor = plain.find("۱۴۰۳").unwrap_or(0);
        let inside = plain.find("کتاب").unwrap_or(0) + 4;
        assert_eq!(window_start(plain, 0, inside, anchor), anchor);
    }

    /// The characters the scan turns away at a word's start are exactly
    /// those folding drops, and only in its first three characters; a fourth
    /// is looked past («دههٔ ۶۰»).
    #[test]
    fn dropped_characters_are_the_ignorable_ones() {
        use super::tables::{dropped_in_first_three, fourth_letter};
        use crate::extract::chars::is_ignorable;
        for c in '\u{0600}'..='\u{06FF}' {
            for at in 0..3 {
                let mut word: String = "تیر".chars().take(at).collect();
                word.push(c);
                word.push_str("ماه");
                assert_eq!(
                    dropped_in_first_three(word.as_bytes()),
                    is_ignorable(c),
                    "U+{:04X} at {at}",
                    c as u32
                );
            }
            let fourth = format!("تیر{c}ماه ");
            assert!(!dropped_in_first_three(fourth.as_bytes()));
            let letter = fourth_letter(fourth.as_bytes());
            let folded_m = fourth_letter("تیرماه".as_bytes());
            if is_ignorable(c) {
                assert_eq!(letter, folded_m, "U+{:04X} looked past", c as u32);
            }
        }
        assert_eq!(fourth_letter("دههٔ ۶۰".as_bytes()), Some(0), "the word ends");
        // The bytes end among marks (the first test's eight, or the text):
        // the word may go on, and the slower checks decide.
        assert_eq!(fourth_letter("دههٔ".as_bytes()), None);
        assert_eq!(fourth_letter("دههٔٔ".as_bytes().get(..8).unwrap()), None);
    }

    /// A Gregorian homograph month («مه») needs a day of one or two digits
    /// right before it, or a year right after it; a lunar one («صفر») digits
    /// after it.
    #[test]
    fn homograph_months_need_their_numbers() {
        let beside = |text: &str, month: &str, years: &[usize]| {
            let at = text.find(month).unwrap_or(0);
            day_or_year_beside(text.as_bytes(), at, at + month.len(), years)
        };
        for (text, expected) in [
            ("۵ مه", true),
            ("۵\u{200C}مه", true),
            ("2۵ مه", true),
            ("۱۲۵ مه", false),
            ("مه ۲۰۲۴", true),
            ("مه  2024 بود", true),
            ("مه ۱۲ درصد", true),
            ("مه ۱۲۳ درصد", false),
            ("مه", false),
        ] {
            assert_eq!(beside(text, "مه", &[2, 4]), expected, "{text}");
        }
        assert!(beside("پنجم مه ۲۴", "مه", &[2, 4]));
        assert!(!beside("پنجم مه ۲۴", "مه", &[4]));

        let soon = |text: &str| {
            let end = text.find("صفر").unwrap_or(0) + "صفر".len();
            digits_soon_after(text.as_bytes(), end)
        };
        assert!(soon("۱۰ صفر ۱۴۴۶"));
        assert!(soon("صفر المظفر سال 1446"));
        assert!(!soon("۳ بر صفر در نیوکمپ"));
        assert!(!soon("صفر\n۱۴۴۶"));
        let far = format!("صفر {} ۱۴۴۶", "ا".repeat(30));
        assert!(!soon(&far));
    }

    /// An Iranian month name without «ماه» opens a window only with a word
    /// or mark beside it that may make it a date (see `bare_months`).
    #[test]
    fn bare_months_need_a_word_beside() {
        let lexicon = Lexicon::new();
        let kinds = AnchorKinds {
            gregorian: true,
            lunar: true,
            afghan: true,
            relative: false,
        };
        let scanner = Scanner::new(&lexicon, kinds);
        let opens = |text: &str| scanner.windows(text, &lexicon).next().is_some();
        for text in [
            "خبرگزاری مهر گزارش داد",
            "تیر تیر تیر",
            "صدای شلیک تیر شنیده شد",
            "آقای بهمن گفت",
            "مهر",
        ] {
            assert!(!opens(text), "{text}");
        }
        for text in [
            "تیر ماه",
            "تیرماه",
            "تیر\u{200C}ماه",
            "تیر\tماه",
            "تیر\u{A0}ماه",
            "تیر ۱۴۰۳",
            "تیر،۱۴۰۳",
            "تیر امسال",
            "تیر سال گذشته",
            "اسفند گذشته",
            "مهر تا آذر",
            "مهر و آبان",
            "مهر یا آبان",
            "مهر - آبان",
            "اوایل تیر",
            "در اسفند",
            "از اسفند",
            "نیمه نخست اسفند",
            "بیست و چهارم اسفند",
            "سی\u{200C}ام بهمن",
            "۳۰ام بهمن",
            "روز28 بهمن",
            "(مهر)",
        ] {
            assert!(opens(text), "{text}");
        }
    }

    /// An Afghan month name opens no window of its own: a day of one or two
    /// digits right before it does (the last of numbers joined by a dash or
    /// slash), and a year of four digits after it is an anchor anyway.
    #[test]
    fn afghan_months_are_found_from_their_numbers() {
        let lexicon = Lexicon::new();
        let windows = |text: &str, afghan: bool| {
            let kinds = AnchorKinds {
                gregorian: false,
                lunar: false,
                afghan,
                relative: false,
            };
            let scanner = Scanner::new(&lexicon, kinds);
            let found: Vec<(usize, usize)> = scanner.windows(text, &lexicon).collect();
            found
        };
        for (text, expected) in [
            ("۲۵ اسد", true),
            ("۲۵\u{200C}اسد", true),
            ("۲۵اسد", true),
            ("2۵ اسد", true),
            ("5 اسد", true),
            ("۲۵-۲۸ اسد", true),
            ("۲۵  اسد", true),
            ("۲۵ \u{200C}اسد", true),
            ("۱۲۵ اسد", false),
            ("اسد ۱۴۰۰", true),
            ("به اسد ۲۶۰ میلیون", false),
            ("اسد ۱۲ درصد", false),
            ("اسد ۱۴۰۰۰", false),
            ("اسد", false),
            ("میزان تورم ۱۲ درصد بود", false),
            ("۱۲ میلیون", false),
        ] {
            assert_eq!(!windows(text, true).is_empty(), expected, "{text}");
        }
        // The day is no anchor when the kind is off.
        assert!(windows("۲۵ اسد", false).is_empty());
    }

    /// The first-pair table lets through every spelling of its words that
    /// folds to them, and a vowel mark after the first letter; other words
    /// mostly not.
    #[test]
    fn first_pairs_pass_their_words_in_any_spelling() {
        let mut pairs = FirstPairs::new();
        for word in ["گذشته", "پیش", "دیگر"] {
            pairs.add(word);
        }
        for text in ["گذشته", "پيش", "پیشتر", "ديگر", "دِیگر", "گذشته،"]
        {
            assert!(pairs.may_start(text.as_bytes()), "{text}");
        }
        for text in ["گزارش", "بازار", "دور", "پ", "", "gozashte", "۱۲"] {
            assert!(!pairs.may_start(text.as_bytes()), "{text}");
        }
    }

    use proptest::prelude::*;

    thread_local! {
        /// Whether the scan passes by a run of settled numbers at once
        /// (`Windows::settled_run`); a test turns it off to compare.
        pub(super) static PASS_SETTLED_RUNS: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
    }

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

    /// Text of numbers (every script, one to four digits) and signs between
    /// spaces, «۱ / ۱ - 1 . ١», with now and then a sign glued to what
    /// follows, or a word that could make a number a date beside it (a cue,
    /// an era, a month), or a space out of step.
    fn numbers_and_signs() -> impl Strategy<Value = String> {
        let number = prop::sample::select(vec![
            "۱", "۲۵", "1", "12", "١", "٢٣", "۱۴۰۳", "2024", "۰۴", "۱۲۳",
        ]);
        let sign = prop::sample::select(vec![
            "/", "-", ".", ",", "\\", "(", ")", ":", "–", "#", "_", "\"", "'", "[", "%",
        ]);
        let other = prop::sample::select(vec![
            " ",
            "  ",
            "ـ",
            "\u{200C}",
            "\n",
            "سال",
            "می",
            "ه.ق.",
            "میلادی",
            "حمل",
            "اسد",
            "تیر",
            "a",
        ]);
        let unit = prop_oneof![
            4 => (number.clone(), sign, prop::sample::select(vec![" ", " ", "", "  "]))
                .prop_map(|(number, sign, space)| format!("{number} {sign}{space}")),
            1 => number.prop_map(|number| format!("{number} ")),
            1 => other.prop_map(str::to_owned),
        ];
        prop::collection::vec(unit, 0..16).prop_map(|units| units.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// A number amid numbers and signs that the scan passes by
        /// (`settled_amid_signs`) is one that every check asked in full
        /// turns away.
        #[test]
        fn settled_numbers_agree_with_the_full_checks(text in numbers_and_signs()) {
            let lexicon = Lexicon::new();
            let scanner = Scanner::new(&lexicon, AnchorKinds { gregorian: true, lunar: true, afghan: true, relative: true });
            let windows = scanner.windows(&text, &lexicon);
            let bytes = text.as_bytes();
            for at in (1..bytes.len()).filter(|&at| bytes[at - 1] == b' ') {
                let (end, count) = digit_run(bytes, at);
                if super::digits::settled_amid_signs(bytes, at, end, count).is_some() {
                    let anchor = windows.digit_anchor(at, end, count);
                    prop_assert!(anchor.is_none(), "at {}: {:?}", at, anchor);
                }
            }
        }

        /// Passing by a run of settled numbers and their signs at once
        /// (`Windows::settled_run`) gives the windows and anchors that
        /// taking each of its words in turn gives.
        #[test]
        fn settled_runs_change_no_window(text in numbers_and_signs()) {
            let lexicon = Lexicon::new();
            let scanner = Scanner::new(&lexicon, AnchorKinds { gregorian: true, lunar: true, afghan: true, relative: true });
            let read = |pass_runs: bool| {
                PASS_SETTLED_RUNS.with(|pass| pass.set(pass_runs));
                let mut windows = scanner.windows(&text, &lexicon);
                let found: Vec<(usize, usize)> = windows.by_ref().collect();
                let anchors: Vec<(usize, usize)> = windows.anchors().iter().map(|a| (a.start, a.end)).collect();
                PASS_SETTLED_RUNS.with(|pass| pass.set(true));
                (found, anchors)
            };
            prop_assert_eq!(read(true), read(false));
        }
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
