//! Word starts: the positions just after whitespace or after an opening
//! parenthesis glued to a word, found a 64-byte block at a time, and the
//! opening marks a word may start with.

use crate::extract::chars::{is_joiner, is_pictograph};

/// The positions just after each space, tab or newline (and 0): where words
/// start. Also just after «(» glued to the end of a word («تورنتو(76-1973)»,
/// «جاري(17 سپتامبر)»: old news copy often has no space before it), which
/// otherwise hides what it opens inside a word. (After a space, «(» starts
/// the word and is skipped there, see [`skip_openers`].)
///
/// Works on 64-byte blocks: one bit mask per block (SWAR: the bytes of a
/// `u64` compared at once, without `unsafe` or platform intrinsics), then
/// one step per word, which is several times faster than a byte loop when
/// words are a few bytes long.
#[derive(Debug)]
pub(super) struct WordStarts<'h> {
    bytes: &'h [u8],
    /// The offset of the block whose bits are in `mask`.
    block: usize,
    /// One bit per byte of the block that may be whitespace or «(» (a byte up
    /// to 0x28) and has not been returned yet.
    mask: u64,
    started: bool,
}

impl<'h> WordStarts<'h> {
    #[inline]
    pub(super) fn new(bytes: &'h [u8]) -> WordStarts<'h> {
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
    pub(super) fn next_where(&mut self, keep: impl Fn(u64) -> bool) -> Option<usize> {
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
            // The mask also catches other control bytes and signs: keep only
            // the three, and «(» glued to a word.
            if bytes.get(space).copied().is_some_and(is_space) || glued_paren(bytes, space) {
                break Some(at);
            }
        };
        self.block = block;
        self.mask = mask;
        found
    }

    /// Passes by every word start up to `last` (the word starts after a
    /// space at `last` or later are still to come).
    #[inline]
    pub(super) fn pass_to(&mut self, last: usize) {
        let block = last - last % 64;
        // The bits of the bytes before `last` in its block are dropped.
        self.mask = low_byte_mask(self.bytes, block) & (u64::MAX << (last - block));
        self.block = block;
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

/// Whether the byte at `at` is «(» glued to the word before it: after a
/// byte that no word start is made of (not whitespace, another sign up to
/// «(», or the start of the text), so that no word start is found twice.
#[inline]
fn glued_paren(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b'(')
        && at
            .checked_sub(1)
            .and_then(|before| bytes.get(before))
            .is_some_and(|&b| b > LAST_MASKED)
}

/// The last byte value [`low_byte_mask`] marks: «(» (0x28), and below it
/// the whitespace and control bytes and a few signs.
const LAST_MASKED: u8 = b'(';

/// One bit per byte of the 64 from `at` (fewer at the end of `bytes`): set
/// for a byte up to 0x28 (space, tab, newline, the other controls, and the
/// signs up to «(»).
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
            .fold(0, |mask, (i, &b)| mask | u64::from(b <= LAST_MASKED) << i),
    }
}

/// Bit i set for each byte i of `w` (little-endian) that is at most
/// [`LAST_MASKED`].
#[inline]
fn low_byte_bits(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Adding 0x57 sets a byte's high bit from 0x29 up; the byte's own high
    // bit covers 0x80 up. No carry crosses into the next byte.
    const ADD: u64 = (0x7F - LAST_MASKED as u64) * 0x0101_0101_0101_0101;
    let above = ((w & LOW7).wrapping_add(ADD)) | w;
    let high_bits = !above & !LOW7;
    // Gather the high bit of each byte into the low eight bits, byte i to bit i.
    ((high_bits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[inline]
pub(super) fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\n' || b == b'\t'
}

/// How many characters [`skip_openers`] looks past: an emoji sequence such
/// as «👩‍👩‍👧» (three pictographs joined by two ZWJs) and a sign.
const MAX_OPENERS: usize = 8;

/// Skips opening punctuation, invisible marks and pictographs at a word start
/// («(۱۲ تیر)», «"بهمن», «–سال۸۴–», and «🔹امروز», «📌۱۴۰۳/۰۴/۱۲», «#نوروز»:
/// social media glue an emoji to the first word of a line, and tag words).
#[inline]
pub(super) fn skip_openers(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or_default();
    let skipped: usize = rest
        .chars()
        .take(MAX_OPENERS)
        .take_while(|&c| match c {
            '(' | '«' | '"' | '\'' | '[' | '-' | '–' | '—' | '/' | '،' | '“' | '#' => true,
            // The usual end: a letter or digit of the Arabic block.
            '\u{0600}'..='\u{06FF}' => false,
            _ => is_joiner(c) || is_pictograph(c),
        })
        .map(char::len_utf8)
        .sum();
    at + skipped
}
