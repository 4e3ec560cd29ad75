//! Where windows and words end: barriers (line breaks, letters of other
//! scripts), runs of spaces and joiners, and window edges that cut no word.

use super::tables::arabic_low_byte;
use crate::extract::chars::{digit_value, is_arabic_word_char, is_word_char};

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
pub(super) const BARRIER: [bool; 256] = {
    let mut barrier = [false; 256];
    barrier[b'\n' as usize] = true;
    let mut b = 0;
    while b < 256 {
        barrier[b] |= matches!(
            b as u8,
            b'A'..=b'Z' | b'a'..=b'z' | 0xC3..=0xD7 | 0xE0 | 0xE1 | 0xE3..=0xEE | 0xF0..=0xF4
        );
        b += 1;
    }
    barrier
};

#[inline]
pub(super) fn is_barrier(b: u8) -> bool {
    BARRIER.get(usize::from(b)).copied().unwrap_or(false)
}

/// Whether the character `c` is a barrier (by its first byte: see [`BARRIER`]).
fn is_barrier_char(c: char) -> bool {
    let mut first = [0; 4];
    c.encode_utf8(&mut first);
    is_barrier(first[0])
}

/// Whether `b` can be the first byte of a space or joiner ([`gap_len`]): a
/// one-byte test for the hot paths, which [`gap_end`] then settles.
#[inline]
pub(super) fn may_start_gap(b: u8) -> bool {
    matches!(b, b' ' | 0xC2 | 0xE2 | 0xEF)
}

/// The length of the space or joiner ([`is_joiner`]) that starts `bytes`,
/// or 0.
///
/// [`is_joiner`]: crate::extract::chars::is_joiner
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
pub(super) fn gap_end(bytes: &[u8], mut at: usize) -> usize {
    loop {
        match gap_len(bytes.get(at..).unwrap_or_default()) {
            0 => return at,
            len => at += len,
        }
    }
}

/// The first byte of the run of spaces and joiners that ends at `at`.
#[inline]
pub(super) fn gap_start(bytes: &[u8], mut at: usize) -> usize {
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
pub(super) fn has_barrier(text: &str, from: usize, to: usize) -> bool {
    let gap = text.as_bytes().get(from..to).unwrap_or_default();
    gap.iter().any(|&b| is_barrier(b))
}

/// Where a window that would start at `earliest`, before an anchor at
/// `anchor`, starts instead after the last barrier between them: past the
/// line break or the character of another script.
#[inline]
pub(super) fn last_barrier(text: &str, earliest: usize, anchor: usize) -> Option<usize> {
    let gap = text.as_bytes().get(earliest..anchor)?;
    let at = earliest + gap.iter().rposition(|&b| is_barrier(b))?;
    let c = text.get(at..)?.chars().next()?;
    Some(at + c.len_utf8())
}

/// Where a window that would end at `end`, after its last anchor ending at
/// `last`, ends instead before the first barrier in `from..end` (`from` at
/// or after `last`: what lies before it is known to hold none): at a line
/// break or a sign (an emoji glued after a word ends the word there:
/// «ژوئیه😀»), or at the start of the word that holds a letter of another
/// script (no word is cut, and none before `last`). Which words are anchors
/// depends on the kinds switched on; where the window ends must not.
#[inline]
pub(super) fn first_barrier(text: &str, last: usize, from: usize, end: usize) -> Option<usize> {
    let gap = text.as_bytes().get(from..end)?;
    let at = from + gap.iter().position(|&b| is_barrier(b))?;
    let barrier = text.get(at..)?.chars().next()?;
    if !is_word_char(barrier) {
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

/// How far a window edge moves to reach the edge of the word or number it
/// falls into; a longer run of letters or digits is cut (no date hides in it).
pub(super) const MAX_TOKEN_STRETCH: usize = 256;

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

#[inline]
pub(super) fn char_boundary_at_or_after(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at.min(text.len())
}

/// A window start where a word starts (after a space or line break, or at
/// the start of the text), as at every anchor, so that the grammar may trust
/// the first token's gap. When `earliest` falls inside a word of parts glued
/// by a joiner, a sign or digits («کتاب‌۱۳۵۷/فروردین»), the start moves back
/// to that word's start: a mention may start inside it, and what a window
/// finds there must not depend on whether another anchor's window happened
/// to reach back over it (with Gregorian months off, «ژوئیه» there opens no
/// window). It moves no further back than `floor` (the end of the last
/// window) or [`MAX_TOKEN_STRETCH`] bytes, and a barrier inside the word
/// («a۱۳۵۷(ژوئیه/فروردین») starts it anew right after the barrier, as no
/// window reaches back past one. Inside a plain word,
/// or short of its start, the start moves forward to the next word start
/// before `anchor`, or to `anchor` itself. A start at «و» (and) moves back
/// over the word before it: see [`before_conjunction`].
#[inline]
pub(super) fn window_start(text: &str, floor: usize, earliest: usize, anchor: usize) -> usize {
    let start = word_start_in_reach(text, floor, earliest, anchor);
    before_conjunction(text, floor, start)
}

/// The start at `start`, or, when «و» (and) and a space begin it, the start
/// of the word before the «و» on its line: the grammar reads a number in
/// words by what comes before «و» («بیست و یکم» is the 21st, «فروردین و
/// یکم» holds the 1st), and a window that begins at «و» would not show it.
/// Not past `floor`, a line break or a barrier, nor over a word longer than
/// [`LONGEST_WORD_BACK`].
#[inline]
fn before_conjunction(text: &str, floor: usize, start: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(start..start + 3) != Some(&[0xD9, 0x88, b' ']) {
        return start;
    }
    let mut end = start;
    while end > floor && bytes.get(end - 1) == Some(&b' ') {
        end -= 1;
    }
    let mut word = end;
    while word > floor && end - word < LONGEST_WORD_BACK {
        match bytes.get(word - 1) {
            Some(&b) if b.is_ascii_whitespace() || is_barrier(b) => break,
            Some(_) => word -= 1,
            None => break,
        }
    }
    // A whole word: after whitespace or at the start of the text.
    let clean = word < end
        && text.is_char_boundary(word)
        && (word == 0 || bytes.get(word - 1).is_some_and(u8::is_ascii_whitespace));
    if clean {
        word
    } else {
        start
    }
}

/// How far back [`before_conjunction`] reads for the word before «و».
const LONGEST_WORD_BACK: usize = 64;

/// [`window_start`] before the conjunction check.
#[inline]
fn word_start_in_reach(text: &str, floor: usize, earliest: usize, anchor: usize) -> usize {
    let at = char_boundary_at_or_after(text, earliest.min(anchor)).min(anchor);
    // After whitespace, or after a barrier (which no mention holds: «🔹سال
    // ۲۰۱۸», an emoji glued to the first word of a line).
    let starts_word = |at: usize| {
        at == 0
            || text
                .get(..at)
                .and_then(|s| s.chars().next_back())
                .is_some_and(|c| c.is_whitespace() || is_barrier_char(c))
    };
    if starts_word(at) {
        return at;
    }
    // A word of parts (a joiner, a sign, a digit: anything but letters)
    // may hold the start of a mention inside it; a plain word cannot.
    let bytes = text.as_bytes();
    let part = |at: usize| match bytes.get(at) {
        Some(&b) if b < 0x80 => true,
        Some(&lead) if lead & 0xFC == 0xD8 => bytes
            .get(at + 1)
            .is_some_and(|&next| !is_arabic_word_char(arabic_low_byte(lead, next))),
        // Marks and signs of two or three bytes: a joiner, a variation
        // selector (U+FE0F), a presentation form.
        Some(0xC2 | 0xE2 | 0xEF) => true,
        _ => false,
    };
    // Forward to the next word start, noting parts.
    let stretch = text.get(at..anchor).unwrap_or_default();
    let mut parts = false;
    let mut next = anchor;
    for (i, c) in stretch.char_indices() {
        if c.is_whitespace() {
            next = at + i + c.len_utf8();
            break;
        }
        parts |= part(at + i);
    }
    // Back to the start of the word `at` falls in, a byte at a time.
    let mut word_start = at;
    // The last character start passed: where a barrier's character ends.
    let mut boundary = at;
    let mut reachable = true;
    while word_start > floor {
        let b = bytes.get(word_start - 1).copied().unwrap_or(b' ');
        if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' {
            break;
        }
        // A letter of another script inside the run («a۱۳۵۷(ژوئیه/فروردین»)
        // starts it anew after it: no window reaches back past a barrier, so
        // every window sees the run from there.
        if is_barrier(b) {
            word_start = boundary;
            break;
        }
        if at - word_start > MAX_TOKEN_STRETCH {
            reachable = false;
            break;
        }
        word_start -= 1;
        // At the first byte of a character: a part, or other whitespace.
        if b & 0xC0 != 0x80 {
            let c = text.get(word_start..).and_then(|r| r.chars().next());
            if c.is_some_and(char::is_whitespace) {
                word_start += c.map_or(1, char::len_utf8);
                break;
            }
            parts |= part(word_start);
            boundary = word_start;
        }
    }
    if reachable && parts && starts_word(word_start) {
        word_start
    } else {
        next
    }
}

/// A window end at or after `end` that does not cut a word or a number: the
/// end of the run it falls into, or its start when the run goes on for long.
#[inline]
pub(super) fn window_end(text: &str, end: usize) -> usize {
    let at = char_boundary_at_or_after(text, end);
    match inside_run(text, at) {
        Some(run) => run_end(text, at, run, MAX_TOKEN_STRETCH)
            .or_else(|| run_start(text, at, run, MAX_TOKEN_STRETCH))
            .unwrap_or(at),
        None => at,
    }
}
