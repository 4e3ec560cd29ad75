//! The word-start tables: which first letters, as written, can begin an
//! anchor word, looked up on the raw bytes of every word start.

use std::sync::OnceLock;

use crate::extract::chars::{arabic_word_fold, fold, is_arabic_word_char, DROPPED, NOT_WORD};

/// The size of the four-letter table, in 64-bit words (2^16 bits, 8 KiB).
pub(super) const STARTS_WORDS: usize = 1024;

/// Whether a word whose first character is outside the Arabic block may lead
/// to an anchor: an ASCII digit, or an opening sign, invisible mark or emoji
/// that [`skip_openers`] looks past («(۱۲ تیر)», «"بهمن», «🔹امروز»). The lexicon has no
/// word outside the block, so a Latin word, a sign that opens nothing, or an
/// opening sign followed by a space is none (text made of digits and spaced
/// separators, «۱ / ۱ - ۱», is full of these).
///
/// [`skip_openers`]: super::words::skip_openers
#[inline]
pub(super) fn may_open_anchor(word: u64) -> bool {
    let [first, second, ..] = word.to_le_bytes();
    match first {
        b'0'..=b'9' => true,
        b'(' | b'"' | b'\'' | b'[' | b'-' | b'/' | b'#' => second != b' ',
        // «: C2 AB.
        0xC2 => second == 0xAB,
        // Joiners, directional marks, curly quotes (E2 80 ..), symbols
        // (E2 98 ..) and the BOM (EF BB BF): the slower checks decide.
        0xE2 | 0xEF => true,
        // Emoji (U+1F000.., F0 9F ..).
        0xF0 => second == 0x9F,
        _ => false,
    }
}

/// The size of the triple table, in 64-bit words (2^18 bits, 32 KiB: at half
/// the size, with the weekday names in it, common words such as «سد»,
/// «پخش», «محصولات» passed it by chance).
pub(super) const TRIPLE_WORDS: usize = 4096;

/// Whether the two bytes at the bottom of `word` (little-endian) are a
/// Persian (DB B0..) or Arabic-Indic (D9 A0..) digit, or one of the few
/// signs that share their first five bits (٪ ٫ ٬ ٭ ٮ ٯ and U+06BA..06BF):
/// the digit path sorts those out.
#[inline]
pub(super) fn is_block_digit(word: u64) -> bool {
    let pair = word & 0xF0FF;
    (pair == 0xB0DB) | (pair == 0xA0D9)
}

/// The triple-table word and bits of the word starting with the eight bytes
/// `word` (little-endian), whose first two characters are in the Arabic
/// block: the bits that tell code points of the block apart (the low two of
/// each lead byte, the low six of each continuation byte) of those two
/// characters and of the third when it is in the block too, hashed to one
/// 64-bit word of the table and two bits in it. A triple is in the table when
/// both bits are set: a Bloom filter with two probes in one word (blocked),
/// so the test is one load and one branch, and that branch is taken only by
/// the words that pass (with two words to read, the first probe's hits, a
/// few in a hundred words, each cost a mispredicted branch).
#[inline]
pub(super) fn triple_keys(word: u64) -> (usize, u64) {
    // The third character's bits come from a table indexed by its lead byte:
    // two-letter words are common and come in no pattern, and the compiler
    // turns any `if` here into a branch that is mispredicted often.
    let third = THIRD_CHAR_BITS
        .get(usize::from((word >> 32) as u8))
        .copied()
        .unwrap_or(0);
    let bits = 0x3F03_3F03 | third;
    let hash = (word & bits).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = (hash >> 52) as usize & (TRIPLE_WORDS - 1);
    let mask = BIT_PAIRS
        .get((hash >> 42) as usize & 1023)
        .copied()
        .unwrap_or(u64::MAX);
    (slot, mask)
}

/// 1024 masks of two bits each, for [`triple_keys`]: a look-up is cheaper
/// than building the mask with two shifts in the loop over every word start.
/// With 64 masks, a triple whose hash fell in an anchor's slot and drew the
/// same mask passed: 18 bits of hash in all, few enough that common words
/// («نمایی», «همان») passed by chance, about a thousand times per 5 MB of
/// news with the Solar Hijri anchors and 1,800 with every kind's. Ten bits
/// for the mask make that rare.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const BIT_PAIRS: [u64; 1024] = {
    let mut pairs = [0; 1024];
    let mut i = 0;
    while i < 1024 {
        // Two bits a step of 1, 4, 7 … 46 apart (by the high four bits of
        // `i`): no two masks are the same pair.
        let a = i % 64;
        let b = (a + 1 + 3 * (i / 64)) % 64;
        pairs[i] = 1 << a | 1 << b;
        i += 1;
    }
    pairs
};

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
pub(super) fn set_triple(table: &mut [u64; TRIPLE_WORDS], triple: u64) {
    let (slot, mask) = triple_keys(triple);
    if let Some(word) = table.get_mut(slot) {
        *word |= mask;
    }
}

/// The UTF-8 bytes of a character U+0080..U+07FF, little-endian.
pub(super) fn two_bytes(c: char) -> u64 {
    let c = u64::from(c);
    (0xC0 | (c >> 6) & 0x1F) | (0x80 | c & 0x3F) << 8
}

/// What [`triple_keys`] reads of a third character outside the Arabic block
/// and other than [`JOINER_LEAD`]'s: nothing (a space stands for them all).
pub(super) const OUTSIDE_BLOCK: u64 = 0x20;
/// The lead byte of U+2000..U+2FFF, which holds the joiners (ZWNJ, RLM …)
/// and the curly quotes: [`triple_keys`] reads it whole, so that «پس» then a
/// joiner («پس‌فردا») is told from «پس» then a space (then).
pub(super) const JOINER_LEAD: u64 = 0xE2;

/// The first bytes of two characters of the Arabic block and of a third
/// (`third`: [`two_bytes`] of a character of the block, [`OUTSIDE_BLOCK`]
/// or [`JOINER_LEAD`]), as read by [`triple_keys`].
pub(super) fn raw_triple(a: char, b: char, third: u64) -> u64 {
    two_bytes(a) | two_bytes(b) << 16 | third << 32
}

/// The slot in the four-letter table of a word's first four letters (by
/// their low bytes, folded; 0 for each letter past the end of the word),
/// hashed to 16 bits.
#[inline]
pub(super) fn start_key4(a: usize, b: usize, c: usize, d: usize) -> usize {
    (a.wrapping_mul(0x9E37)
        ^ b.wrapping_mul(0x7F4B)
        ^ c.wrapping_mul(0x2D8F)
        ^ d.wrapping_mul(0x5A27)
        ^ 0x3C5A)
        & 0xFFFF
}

pub(super) fn set_bit(table: &mut [u64], key: usize) {
    if let Some(slot) = table.get_mut(key / 64) {
        *slot |= 1 << (key % 64);
    }
}

/// The first two letters (as written) of a few words, one bit per pair of
/// low bytes (8 KiB): a cheap test of whether the word at some place may be
/// one of them, before folding it and asking the lexicon.
#[derive(Debug)]
pub(super) struct FirstPairs(Vec<u64>);

impl FirstPairs {
    pub(super) fn new() -> FirstPairs {
        FirstPairs(vec![0; 1 << 16 >> 6])
    }

    /// Enters `word` in every spelling of its first two letters that folds
    /// to them.
    pub(super) fn add(&mut self, word: &str) {
        let mut letters = word.chars();
        let (Some(a), Some(b)) = (letters.next(), letters.next()) else {
            return;
        };
        for raw_a in unfolded(a) {
            for &raw_b in &unfolded(b) {
                set_bit(&mut self.0, low_byte(raw_a) << 8 | low_byte(raw_b));
            }
        }
    }

    /// Whether the word at the start of `bytes` may be one of the words
    /// entered: its first two characters are letters of the Arabic block
    /// and their pair is in the table, or either is one that folding drops
    /// (a tatweel, a vowel mark: «ـماه», the lexicon decides).
    #[inline]
    pub(super) fn may_start(&self, bytes: &[u8]) -> bool {
        let Some(&[a, a2, b, b2]) = bytes.first_chunk::<4>() else {
            return false;
        };
        if a & 0xFC != 0xD8 || b & 0xFC != 0xD8 {
            return false;
        }
        let (first, second) = (arabic_low_byte(a, a2), arabic_low_byte(b, b2));
        let drops = |c: usize| u8::try_from(c).is_ok_and(|low| arabic_word_fold(low) == DROPPED);
        let dropped = drops(first) || drops(second);
        let pair = first << 8 | second;
        dropped
            || self
                .0
                .get(pair / 64)
                .is_some_and(|w| w >> (pair % 64) & 1 == 1)
    }
}

/// Whether one of the first three two-byte characters of `bytes` is one that
/// folding drops (tatweel, a vowel mark: see [`is_ignorable`]). The triple
/// table keys a word by its first three characters as written, and no anchor
/// is entered with such a character, so a word like «ـامرداد» or «تـیر» passes
/// it only by a chance hit of the hash, which depends on the kinds that fill
/// it. It is turned away whatever they say: what is found must not change
/// when a kind is switched off. (A fourth character that folding drops is
/// looked past: see [`fourth_letter`].) Only the word's own characters
/// count: the first one that is no word character of the block ends the look.
///
/// [`is_ignorable`]: crate::extract::chars::is_ignorable
#[inline]
pub(super) fn dropped_in_first_three(bytes: &[u8]) -> bool {
    for pair in bytes.chunks_exact(2).take(3) {
        let &[lead, continuation] = pair else {
            return false;
        };
        if lead & 0xFC != 0xD8 {
            return false;
        }
        let low = u8::try_from(arabic_low_byte(lead, continuation)).unwrap_or(0);
        match arabic_word_fold(low) {
            DROPPED => return true,
            NOT_WORD => return false,
            _ => {}
        }
    }
    false
}

/// The fourth letter of a word whose first three fill bytes 0..6 of `bytes`,
/// past the characters that folding drops («دههٔ ۶۰»: the hamza above is no
/// letter, and the word ends after it), as [`letter_at`] gives it; `None`
/// when `bytes` ends among such characters (the word may go on).
#[inline]
pub(super) fn fourth_letter(bytes: &[u8]) -> Option<usize> {
    let mut i = 6;
    loop {
        let letter = letter_at(bytes, i);
        let dropped = u8::try_from(letter).is_ok_and(|low| arabic_word_fold(low) == DROPPED);
        if letter == 0 || !dropped {
            // Past the end of `bytes` the word may go on.
            return (letter != 0 || i + 1 < bytes.len()).then_some(letter);
        }
        i += 2;
    }
}

/// Where the run of letters of the Arabic block that ends at byte `end`
/// starts, read back two bytes at a time and no further than `limit` bytes:
/// the word before an anchor, when plain letters make it.
#[inline]
pub(super) fn letters_start(bytes: &[u8], end: usize, limit: usize) -> usize {
    let mut start = end;
    while start >= 2 && end - start < limit && letter_at(bytes, start - 2) != 0 {
        start -= 2;
    }
    start
}

/// The letter of the Arabic block at byte `i` of `bytes` (its low byte), or 0
/// where the word has ended («،», «؛», a digit, a space or a ZWNJ ends it).
#[inline]
pub(super) fn letter_at(bytes: &[u8], i: usize) -> usize {
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
pub(super) fn arabic_low_byte(lead: u8, continuation: u8) -> usize {
    usize::from(lead & 0x03) << 6 | usize::from(continuation & 0x3F)
}

/// The low byte of a letter of the Arabic block; 0 for anything else (a word end).
pub(super) fn low_byte(c: char) -> usize {
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        c as usize & 0xFF
    } else {
        0
    }
}

/// Every letter that [`fold`] maps to `c` (including `c`); for the end of a
/// word (NUL), NUL alone.
pub(super) fn unfolded(c: char) -> Vec<char> {
    if c == '\0' {
        return vec![c];
    }
    // Which letters of the block fold to which, worked out once (the
    // tables ask for every letter of every anchor word).
    static FOLDS: OnceLock<Vec<(char, char)>> = OnceLock::new();
    let folds = FOLDS.get_or_init(|| {
        ('\u{0600}'..='\u{06FF}')
            .map(|raw| (fold(raw), raw))
            .filter(|&(folded, raw)| folded != raw)
            .collect()
    });
    folds
        .iter()
        .filter(|&&(folded, _)| folded == c)
        .map(|&(_, raw)| raw)
        .chain([c])
        .collect()
}
