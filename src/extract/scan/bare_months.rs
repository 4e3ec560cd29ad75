//! Iranian month names without «ماه»: which of them are worth a window.
//!
//! «مهر» in «خبرگزاری مهر», «تیر» (a shot), «بهمن» (a name, an avalanche):
//! a month name alone is a date only with a word beside it that makes it one,
//! and the grammar asks for that word (`Parser::month_may_start`,
//! `month_year`, `day_month_year`). The scan asks first, on the raw bytes,
//! so that such a name opens no window of its own. The test here lets
//! through everything the grammar might accept: a word it does not know
//! enough about passes.

use super::digits::starts_with_digit;
use super::edges::{gap_end, gap_start};
use super::tables::{letters_start, FirstPairs};
use super::words::is_space;
use super::{Anchor, Windows, LONGEST_WORD};
use crate::extract::lexicon::{Lex, MonthSet};
use crate::extract::token::{after_glued_preposition, may_start_glued_preposition};

/// Fills the table of words that may follow a bare month: those of
/// [`Lex::may_follow_bare_month`]. («یا» (or) of a list is told by its bytes.)
pub(super) fn enter_after_month(table: &mut FirstPairs, word: &str, lex: Lex) {
    if lex.may_follow_bare_month() {
        table.add(word);
    }
}

/// Whether `b` may be the first byte of whitespace or of a joiner (which
/// start with C2, E1, E2, E3 or EF when not ASCII): a quick reject.
#[inline]
fn may_start_blank(b: u8) -> bool {
    matches!(b, 0x09..=0x0D | b' ' | 0xC2 | 0xE1..=0xE3 | 0xEF)
}

impl Windows<'_, '_> {
    /// The next anchor ([`Self::next_anchor`]), passing by a month name
    /// without «ماه» that nothing beside may make a date. (Checked here,
    /// not in the scan's loop, whose code for digits is tight.)
    #[inline]
    pub(super) fn next_date_anchor(&mut self) -> Option<Anchor> {
        loop {
            // The later parts of a hashtag first (see `tag_anchors`).
            let anchor = if self.tag_pending.is_empty() {
                self.next_anchor()?
            } else {
                self.next_tag_anchor()?
            };
            let Some(Lex::Month {
                set: MonthSet::Iranian,
                homograph: false,
                with_mah: false,
                ..
            }) = anchor.lex
            else {
                return Some(anchor);
            };
            // The commonest case settled here: one space and a digit after
            // it («تیر ۱۴۰۳», «۱۲ تیر ۱۳ تیر …»).
            let digit_after = self
                .text
                .as_bytes()
                .get(anchor.end..)
                .and_then(|rest| rest.strip_prefix(b" "))
                .is_some_and(starts_with_digit);
            if digit_after {
                self.last_month_end = anchor.end;
                return Some(anchor);
            }
            if self.bare_month_may_be_date(anchor.start, anchor.end) {
                return Some(anchor);
            }
        }
    }

    /// Whether the month name at `at..end`, without «ماه», has a neighbour
    /// that may make it a date.
    #[inline(never)]
    fn bare_month_may_be_date(&mut self, at: usize, end: usize) -> bool {
        let may_be_date = self.bare_month_followed(end) || self.bare_month_preceded(at);
        self.last_month_end = end;
        may_be_date
    }

    /// The word or mark right after the month: digits, a dash or comma, a
    /// joiner (the ezafe «ی» after it), «و», «یا», or a word of
    /// [`Lex::may_follow_bare_month`].
    #[inline]
    fn bare_month_followed(&self, end: usize) -> bool {
        let bytes = self.text.as_bytes();
        // The usual case first: one space, then a letter of the block.
        let after = match bytes.get(end..end + 2) {
            Some(&[b' ', next]) if !may_start_blank(next) => end + 1,
            _ => match self.past_blanks(end) {
                Some(after) => after,
                // A joiner (the ezafe «ی» may follow it): let the grammar decide.
                None => return true,
            },
        };
        let rest = bytes.get(after..).unwrap_or_default();
        starts_with_digit(rest)
            || matches!(
                rest,
                [b'-' | b',', ..]
                    | [0xD8, 0x8C, ..] // «،»
                    | [0xE2, 0x80, 0x93 | 0x94, ..] // «–», «—»
                    | [0xD9, 0x88, ..] // «و», glued on or not
                    | [0xDB, 0x8C, 0xD8, 0xA7, ..] // «یا»
            )
            || (self.scanner.after_month.may_start(rest)
                && self
                    .word_at(after)
                    .0
                    .is_some_and(Lex::may_follow_bare_month))
            // «فروردین تاآبان ۱۲»: «تا» glued to what follows, which the
            // tokenizer reads apart.
            || (may_start_glued_preposition(rest) && self.glued_preposition_at(after))
    }

    /// Whether the word at `at` is a preposition glued to a word the
    /// tokenizer reads apart from it («تاآبان», «ازاول»; see
    /// `token::after_glued_preposition`).
    #[cold]
    fn glued_preposition_at(&self, at: usize) -> bool {
        let (_, end) = self.word_at(at);
        self.text
            .get(at..end)
            .is_some_and(|word| after_glued_preposition(word, self.lexicon).is_some())
    }

    /// Where the next word starts after `end`, past spaces and any other
    /// whitespace on the line (the tokenizer's gaps: a tab, a no-break
    /// space …); `None` past a joiner or other invisible character.
    fn past_blanks(&self, end: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut after = end;
        loop {
            let past_gap = gap_end(bytes, after);
            if bytes
                .get(after..past_gap)
                .is_some_and(|gap| gap.iter().any(|&b| b != b' '))
            {
                return None;
            }
            after = past_gap;
            let blank = match bytes.get(after) {
                Some(&b) if may_start_blank(b) => self
                    .text
                    .get(after..)
                    .and_then(|rest| rest.chars().next())
                    .filter(|&c| c != '\n' && c.is_whitespace()),
                _ => None,
            };
            match blank {
                Some(c) => after += c.len_utf8(),
                None => return Some(after),
            }
        }
    }

    /// The word before the month: a day (digits, «۳۰ام», «سی‌ام», an ordinal
    /// or a number word), a cue («اوایل», «ماه», «نیمه», «در», «تا», «از»,
    /// «نخست»). Any known word that is not a month name passes, and so does
    /// anything but plain letters after a space.
    #[inline]
    fn bare_month_preceded(&self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        // The usual case first: one space, after a letter of the block.
        let end = match at.checked_sub(3).and_then(|from| bytes.get(from..at)) {
            Some(&[lead, _, b' ']) if lead & 0xFC == 0xD8 => at - 1,
            // A digit, a mark or a Latin letter before the space.
            Some(&[_, before, b' ']) if before < 0x80 && before != b' ' => return true,
            _ => gap_start(bytes, at),
        };
        if end == at {
            // Glued to a mark or digit before it: let the grammar decide. A
            // line break starts a line as the start of the text does (what
            // is found on a line must not depend on the lines before it).
            return at > 0 && bytes.get(at - 1) != Some(&b'\n');
        }
        if end == self.last_month_end {
            return false; // a month name, just read by the scan («تیر تیر»)
        }
        // (A run of letters longer than any word of the lexicon is read no
        // further: it is then not after a space, and passes.)
        let start = letters_start(bytes, end, LONGEST_WORD);
        match start.checked_sub(1).and_then(|i| bytes.get(i)) {
            // The month begins the line («\n» before it) or the text.
            Some(b'\n') | None if start == end => false,
            // A digit, a joiner, a mark or punctuation in or before the word.
            Some(&b) if !is_space(b) || start == end => true,
            // A word of plain letters, first on its line or after a space.
            _ => self.known_cue(start, end),
        }
    }

    /// Whether the word of plain letters at `start..end` may make the month
    /// after it a date: «در», «نخست», a word starting with «در», «از» or «تا»
    /// (a day may be glued to it: «تاپنجم تیر»), or a word of the lexicon
    /// that is not a month name.
    fn known_cue(&self, start: usize, end: usize) -> bool {
        let word = self.text.as_bytes().get(start..end).unwrap_or_default();
        if may_start_glued_preposition(word) || word == "نخست".as_bytes() {
            return true;
        }
        let (lex, word_end) = self.word_at(start);
        // A word longer than the letters read (a mark inside): be safe.
        word_end != end || lex.is_some_and(|lex| !matches!(lex, Lex::Month { .. }))
    }
}
