//! The parts of a hashtag («#راهپیمایی_۲۲_بهمن»: see `extract::hashtags`). No part
//! after the first starts a word after a space, so the scan's word starts
//! miss them: a tag holding «_» is read here part by part, out of the
//! scan's loop (tags are rare but in social media).

use super::digits::{digit_run, starts_with_digit};
use super::{Anchor, Windows};
use crate::extract::hashtags::tag_at;
use crate::extract::lexicon::Lex;

impl Windows<'_, '_> {
    /// The anchor of the first part that holds one, of the tag whose word
    /// starts at `at` with «#»; the anchors of its later parts wait in
    /// `Windows::tag_pending`. `None` for a tag without «_», read then as any
    /// other word, or one whose parts hold no anchor (which its first part,
    /// read so, does not either).
    #[cold]
    #[inline(never)]
    pub(super) fn tag_anchors(&mut self, at: usize) -> Option<Anchor> {
        let bytes = self.text.as_bytes();
        let Some((tag_len, true)) = tag_at(bytes, at) else {
            return None;
        };
        let tag = bytes.get(at..at + tag_len).unwrap_or_default();
        // The first part right after «#» (not through `skip_openers`, which
        // the scan's loop keeps inline only with one caller).
        let parts = std::iter::once(at + 1).chain(
            tag.iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'_')
                .map(|(i, _)| at + i + 1),
        );
        let mut found: Vec<Anchor> = Vec::new();
        for (k, part) in parts.enumerate().filter(|&(_, part)| part < at + tag_len) {
            // A part inside the last anchor read.
            if found.last().is_some_and(|a| part < a.end) {
                continue;
            }
            // «#رادیو_فردا», «#ایران_فردا», «#جوانان_امروز»: after another
            // word of the tag, «امروز» or «فردا» qualifies it (the ezafe
            // unwritten) and names no day.
            let anchor = self
                .part_anchor(part)
                .filter(|a| k == 0 || !matches!(a.lex, Some(Lex::RelativeDay(_))));
            found.extend(anchor);
        }
        // Handed out first to last: kept last first.
        found.reverse();
        let first = found.pop();
        self.tag_pending = found;
        first
    }

    /// The next anchor of a tag's later parts, kept by [`Self::tag_anchors`].
    #[cold]
    #[inline(never)]
    pub(super) fn next_tag_anchor(&mut self) -> Option<Anchor> {
        self.tag_pending.pop()
    }

    /// The anchor a part of a tag starting at `at` holds, read as a word
    /// start is: digits that may be part of a date, or an anchor word.
    fn part_anchor(&mut self, at: usize) -> Option<Anchor> {
        let rest = self.text.as_bytes().get(at..).unwrap_or_default();
        if !starts_with_digit(rest) {
            // The scan's first filter, as for any word start.
            let first_eight = rest
                .first_chunk::<8>()
                .map(|eight| u64::from_le_bytes(*eight));
            if first_eight.is_some_and(|word| !self.scanner.may_start_anchor(word)) {
                return None;
            }
            return self.anchor_word(at);
        }
        let (end, count) = digit_run(self.text.as_bytes(), at);
        self.digit_anchor(at, end, count)
    }
}
