//! Windows worked through a batch at a time: the scan finds the next few
//! windows, then the tokenizer and the grammar go over each of them, and the
//! expressions are handed out one by one, resolved as the caller asks.
//!
//! Why not one window at a time: the scan, the tokenizer, the grammar and
//! resolution are each a good deal of code, and a window of news text takes
//! a few thousand instructions through all of them. Taken in turn for every
//! window, each stage pushed the others out of the instruction cache
//! (callgrind's model: about 58 misses per window on news text, 128k on
//! Hamshahri's first 5 MB; 32k in batches). In a batch the scan runs many
//! times while its code is still there, then the window code does. News text
//! runs about 4% faster. The results are the same, in the same order: a
//! batch only reads ahead, within the bounds below.

use std::ops::Range;

use super::grammar::{self, Expr};
use super::lexicon::{Lex, Lexicon};
use super::scan::Windows;
use super::token::{self, KnownWord, Token};

/// The most windows in a batch (news text has a window every 2 KB or so).
/// The first batch holds one window, and each next one twice as many up to
/// this: a caller who wants only the first mention («find», «is_match»)
/// reads little past it.
const MAX_WINDOWS: usize = 256;

/// A batch stops taking windows once they hold this many bytes in all, so
/// that memory stays small whatever the text: a text dense with dates makes
/// windows of 64 KiB, each of them a batch of its own. (Batches of 256 KiB
/// were no faster on news and slower on dense text.)
const MAX_BYTES: usize = 64 * 1024;

/// One window of a batch.
#[derive(Debug, Clone)]
struct Window {
    start: usize,
    end: usize,
    /// Its anchors, in [`Windows::anchors`].
    anchors: Range<usize>,
    /// The meaning of the anchor word that is the whole window, if it is one.
    lone: Option<Lex>,
    /// Where its expressions end in [`Batch::exprs`] (they start where the
    /// previous window's expressions end).
    exprs_end: usize,
}

/// The windows read ahead, their anchors and what the grammar found in them.
#[derive(Debug)]
pub(super) struct Batch {
    windows: Vec<Window>,
    tokens: Vec<Token>,
    exprs: Vec<Expr>,
    /// The next window whose expressions are to be handed out.
    window: usize,
    /// The next expression to hand out, of the window before that.
    expr: usize,
    /// That window's anchors (in [`Windows::anchors`]) and the start and
    /// end of its expressions.
    anchors: Range<usize>,
    exprs_start: usize,
    exprs_end: usize,
    /// Where [`holds_anchor`] last looked among the window's anchors.
    anchor_cursor: usize,
    /// How many windows the next batch takes.
    capacity: usize,
}

impl Batch {
    pub(super) fn new() -> Batch {
        Batch {
            windows: Vec::new(),
            tokens: Vec::new(),
            exprs: Vec::new(),
            window: 0,
            expr: 0,
            anchors: 0..0,
            exprs_start: 0,
            exprs_end: 0,
            anchor_cursor: 0,
            capacity: 1,
        }
    }

    /// The next expression that holds one of its window's anchors (see
    /// [`holds_anchor`]), in text order, as an index for [`Self::expr`]; the
    /// next batch of windows is read when this one is done. `None` at the
    /// end of the text.
    #[inline]
    pub(super) fn next_expr(
        &mut self,
        text: &str,
        windows: &mut Windows<'_, '_>,
        lexicon: &Lexicon,
    ) -> Option<usize> {
        loop {
            // The current window's expressions.
            while self.expr < self.exprs_end {
                let at = self.expr;
                self.expr += 1;
                let expr = self.exprs.get(at)?;
                let anchors = windows
                    .anchors()
                    .get(self.anchors.clone())
                    .unwrap_or_default();
                if holds_anchor(
                    anchors,
                    &mut self.anchor_cursor,
                    expr.extent_start,
                    expr.extent_end,
                ) {
                    return Some(at);
                }
            }
            // The next window, or the next batch.
            if self.window >= self.windows.len() && !self.read(text, windows, lexicon) {
                return None;
            }
            let window = self.windows.get(self.window)?;
            self.window += 1;
            self.anchors = window.anchors.clone();
            self.exprs_start = self.expr;
            self.exprs_end = window.exprs_end;
            self.anchor_cursor = 0;
        }
    }

    /// The expression at `at`, as [`Self::next_expr`] gave it.
    #[inline]
    pub(super) fn expr(&self, at: usize) -> Option<&Expr> {
        self.exprs.get(at)
    }

    /// The expression before the one at `at`, if its window holds it: the
    /// one before it in the text, whether it holds an anchor or not (a date
    /// and its gloss in brackets are read in one window).
    pub(super) fn expr_before(&self, at: usize) -> Option<&Expr> {
        let before = at.checked_sub(1).filter(|&b| b >= self.exprs_start)?;
        self.exprs.get(before)
    }

    /// The expression after the one at `at`, if its window holds it.
    pub(super) fn expr_after(&self, at: usize) -> Option<&Expr> {
        let next = at + 1;
        (next < self.exprs_end)
            .then(|| self.exprs.get(next))
            .flatten()
    }

    /// Reads the next batch of windows and parses them; `false` when the
    /// text has no more.
    #[inline(never)]
    fn read(&mut self, text: &str, windows: &mut Windows<'_, '_>, lexicon: &Lexicon) -> bool {
        self.windows.clear();
        windows.clear_anchors();
        self.exprs.clear();
        self.window = 0;
        self.expr = 0;
        self.exprs_end = 0;
        // The scan first, for the whole batch.
        let mut bytes = 0;
        while self.windows.len() < self.capacity && bytes < MAX_BYTES {
            let Some((start, end)) = windows.next() else {
                break;
            };
            self.windows.push(Window {
                start,
                end,
                anchors: windows.window_anchors()..windows.anchors().len(),
                lone: windows.lone_anchor(start, end),
                exprs_end: 0,
            });
            bytes += end - start;
        }
        self.capacity = (self.capacity * 2).min(MAX_WINDOWS);
        // Then the tokenizer and the grammar, window by window.
        for window in &mut self.windows {
            // «امروز» alone in its window: the grammar's answer without tokens.
            let lone = window
                .lone
                .and_then(|lex| grammar::lone_word(lex, window.start, window.end));
            if let Some(expr) = lone {
                self.exprs.push(expr);
            } else {
                let anchors = windows
                    .anchors()
                    .get(window.anchors.clone())
                    .unwrap_or_default();
                token::tokenize(
                    text,
                    window.start,
                    window.end,
                    lexicon,
                    anchors,
                    &mut self.tokens,
                );
                grammar::parse(text, &self.tokens, &mut self.exprs);
            }
            window.exprs_end = self.exprs.len();
        }
        !self.windows.is_empty()
    }
}

/// Whether `start..end` holds one of `anchors` (a window's, in text order).
/// A mention must: one that only a neighbouring anchor's window happened to
/// reach («ژوئیه،فروردین۱۲») would come and go with its neighbours.
///
/// Asked in text order (of `start`) within a window: the anchors do not
/// overlap, so the first one ending after `start` is the only candidate, and
/// a cursor that only moves forward finds it (a window of dense text holds
/// thousands of anchors).
fn holds_anchor(anchors: &[KnownWord], cursor: &mut usize, start: usize, end: usize) -> bool {
    let ends_by = |anchor: Option<&KnownWord>| anchor.is_some_and(|a| a.end <= start);
    // Back, if asked out of order (the grammar's mentions come in order;
    // this keeps the answer right regardless).
    while *cursor > 0 && !ends_by(anchors.get(*cursor - 1)) {
        *cursor -= 1;
    }
    while ends_by(anchors.get(*cursor)) {
        *cursor += 1;
    }
    anchors.get(*cursor).is_some_and(|a| a.start < end)
}
