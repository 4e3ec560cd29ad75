//! Finds the stretches of text worth parsing, fast.
//!
//! Almost all of a text holds no date. An Aho-Corasick automaton finds the
//! anchors (digits and every spelling of every month name) and each anchor
//! opens a window: a little text before it (for a weekday, an ordinal day or
//! «از») and after it (for a year, «ماه», an era marker). Windows whose
//! margins touch are merged, so each byte is tokenized at most once and the
//! whole scan is linear in the length of the text.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use super::chars::{digit_value, is_word_char};
use super::lexicon::Lexicon;

/// How far before an anchor a mention may start («از سه‌شنبه، بیست و چهارم »).
const BACK_BYTES: usize = 96;
/// How far after an anchor a mention may go on («… هزار و سیصد و پنجاه و هشت هجری شمسی»).
const FORWARD_BYTES: usize = 128;

/// The anchor automaton.
#[derive(Debug)]
pub(crate) struct Scanner {
    anchors: AhoCorasick,
}

/// Why an anchor matched.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    start: usize,
    end: usize,
}

impl Scanner {
    /// Builds the automaton over digits and month-name spellings.
    pub(crate) fn new() -> Scanner {
        let mut patterns: Vec<String> = Vec::new();
        for c in ('0'..='9')
            .chain('\u{06F0}'..='\u{06F9}')
            .chain('\u{0660}'..='\u{0669}')
        {
            patterns.push(c.to_string());
        }
        for name in Lexicon::month_spellings() {
            for variant in spelling_variants(name) {
                if !patterns.contains(&variant) {
                    patterns.push(variant);
                }
            }
        }
        // Built from our own fixed table: the builder cannot fail on it, but
        // stay panic-free and fall back to an automaton with no patterns.
        let anchors = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .or_else(|_| AhoCorasick::new(Vec::<String>::new()));
        Scanner {
            anchors: anchors.unwrap_or_else(|_| unreachable_automaton()),
        }
    }

    /// The next window `[start, end)` at or after byte `from`: char boundaries,
    /// cut between tokens. `None` when no anchor is left.
    pub(crate) fn next_window(&self, text: &str, from: usize) -> Option<(usize, usize)> {
        let first = self.next_anchor(text, from)?;
        let start = window_start(
            text,
            first.start.saturating_sub(BACK_BYTES).max(from),
            first.start,
        );
        let mut end = first.end + FORWARD_BYTES;
        let mut at = first.end;
        while let Some(next) = self.next_anchor(text, at) {
            if next.start > end + BACK_BYTES {
                break;
            }
            end = end.max(next.end + FORWARD_BYTES);
            at = next.end;
        }
        Some((start, window_end(text, end).max(at)))
    }

    /// The next anchor at or after `from` that can be part of a date.
    fn next_anchor(&self, text: &str, mut from: usize) -> Option<Anchor> {
        loop {
            let found = self.anchors.find(Input::new(text).span(from..text.len()))?;
            let anchor = Anchor {
                start: found.start(),
                end: found.end(),
            };
            let first = text.get(anchor.start..)?.chars().next()?;
            if digit_value(first).is_some() {
                let run_end = digit_run_end(text, anchor.start);
                if digits_may_date(text, anchor.start, run_end) {
                    return Some(Anchor {
                        start: anchor.start,
                        end: run_end,
                    });
                }
                from = run_end;
            } else {
                if is_word_boundary_before(text, anchor.start)
                    && is_word_boundary_after(text, anchor.end)
                {
                    return Some(anchor);
                }
                from = anchor.end;
            }
        }
    }
}

/// An automaton that matches nothing, for the impossible case that building fails twice.
#[allow(clippy::expect_used)] // unreachable: an empty pattern set always builds
fn unreachable_automaton() -> AhoCorasick {
    AhoCorasick::new(Vec::<String>::new()).expect("an empty automaton always builds")
}

/// The spellings of a month name as people type them: Arabic yeh and kaf, alef without madda.
fn spelling_variants(name: &str) -> Vec<String> {
    let mut variants = vec![String::new()];
    for c in name.chars() {
        let options: &[char] = match c {
            'ی' => &['ی', 'ي', 'ى'],
            'ک' => &['ک', 'ك'],
            'آ' => &['آ', 'ا'],
            _ => &[],
        };
        if options.is_empty() {
            for v in &mut variants {
                v.push(c);
            }
        } else {
            variants = variants
                .iter()
                .flat_map(|v| {
                    options.iter().map(move |o| {
                        let mut w = v.clone();
                        w.push(*o);
                        w
                    })
                })
                .collect();
        }
    }
    variants
}

/// The end of the run of digits starting at `start`.
fn digit_run_end(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or_default();
    let len: usize = rest
        .chars()
        .take_while(|c| digit_value(*c).is_some())
        .map(char::len_utf8)
        .sum();
    start + len
}

/// Whether a run of digits can start a date on its own (without a month name
/// nearby, which opens its own window): a four-digit year, a numeric date, or
/// a two-digit year after «سال».
fn digits_may_date(text: &str, start: usize, end: usize) -> bool {
    let count = text.get(start..end).map_or(0, |s| s.chars().count());
    if count == 4 {
        return true;
    }
    if count > 2 {
        return false;
    }
    let after = text.get(end..).unwrap_or_default();
    let mut chars = after.chars().skip_while(|c| *c == ' ');
    if matches!(chars.next(), Some('/' | '-' | '.')) {
        let mut rest = chars.skip_while(|c| *c == ' ');
        if rest.next().is_some_and(|c| digit_value(c).is_some()) {
            return true;
        }
    }
    let before = text
        .get(start.saturating_sub(12)..start)
        .unwrap_or_default();
    before.trim_end().ends_with("سال")
}

/// Whether the character before `at` ends a word (so a month name can start here).
fn is_word_boundary_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .map_or(true, |c| !is_word_char(c))
}

/// Whether a month name ending at `at` ends there, or goes on with «ماه».
fn is_word_boundary_after(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    rest.chars().next().map_or(true, |c| !is_word_char(c)) || rest.starts_with("ماه")
}

/// A window start at or after `earliest` (and at or before `anchor`), moved
/// forward out of any word it falls into.
fn window_start(text: &str, earliest: usize, anchor: usize) -> usize {
    let mut at = earliest;
    while at < anchor && !text.is_char_boundary(at) {
        at += 1;
    }
    if at == 0 || at >= anchor {
        return at.min(anchor);
    }
    // Inside a word or number? Skip to the next whitespace.
    let prev = text.get(..at).and_then(|s| s.chars().next_back());
    if prev.is_some_and(|c| !c.is_whitespace()) {
        let rest = text.get(at..anchor).unwrap_or_default();
        match rest.find(char::is_whitespace) {
            Some(i) => at += i,
            None => return anchor,
        }
    }
    at
}

/// A window end at or after `end` that does not cut a word, or cut back to the
/// last whitespace when the word is very long.
fn window_end(text: &str, end: usize) -> usize {
    if end >= text.len() {
        return text.len();
    }
    let mut at = end;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let rest = text.get(at..).unwrap_or_default();
    let limit = rest.len().min(64);
    match rest
        .char_indices()
        .take_while(|(i, _)| *i < limit)
        .find(|(_, c)| c.is_whitespace())
    {
        Some((i, _)) => at + i,
        None => {
            let head = text.get(..at).unwrap_or_default();
            head.rfind(char::is_whitespace).unwrap_or(at)
        }
    }
}
