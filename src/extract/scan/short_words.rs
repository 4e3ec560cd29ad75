//! The meanings of the last short words met at word starts, keyed by their
//! bytes.

use crate::extract::lexicon::Lex;

/// How many words [`ShortWords`] remembers (a power of two). With every kind
/// on, news text meets a few dozen short anchor words and look-alikes often
/// («سال», «روز», «هفته», «شهر», «هزار»): 16 slots lost half of them to
/// each other before they came again.
const SHORT_WORD_SLOTS: usize = 64;

/// The last few short words met at word starts, with what they mean as
/// anchor words and their length: text dense with dates repeats a few words
/// («تیر تیر …», «۱۲ تیر ۱۲ تیر …»), and news repeats «سال», «روز»,
/// «ماه». A hit skips the four-letter check, reading the word and looking it
/// up. Keyed by the word's bytes up to its end (see [`short_word_key`]), so
/// an entry is only ever found for the same bytes, which mean the same.
#[derive(Debug)]
pub(super) struct ShortWords {
    slots: [(u128, Option<Lex>, usize); SHORT_WORD_SLOTS],
}

impl ShortWords {
    pub(super) fn new() -> ShortWords {
        // Key 0 is no word's: a key's first byte is at least 0x80.
        ShortWords {
            slots: [(0, None, 0); SHORT_WORD_SLOTS],
        }
    }

    fn slot(key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64);
        let bits = SHORT_WORD_SLOTS.trailing_zeros();
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize % SHORT_WORD_SLOTS
    }

    /// The meaning and length remembered for the word with this key.
    #[inline]
    pub(super) fn get(&self, key: u128) -> Option<(Option<Lex>, usize)> {
        self.slots
            .get(Self::slot(key))
            .filter(|slot| slot.0 == key)
            .map(|&(_, lex, len)| (lex, len))
    }

    #[inline]
    pub(super) fn put(&mut self, key: u128, (lex, len): (Option<Lex>, usize)) {
        if let Some(slot) = self.slots.get_mut(Self::slot(key)) {
            *slot = (key, lex, len);
        }
    }
}

/// The key of a short word at the start of `bytes`: its sixteen first bytes
/// up to and including the first ASCII byte, when that byte ends the word (a
/// space, a digit, a sign: not a Latin letter). All the bytes before it are
/// parts of multi-byte characters, so the word's end and meaning depend on
/// these bytes alone: [`read_word`] stops at the ASCII byte at the latest,
/// and [`Scanner::may_be_anchor_word`] reads no further on a word of two
/// letters or more.
///
/// [`read_word`]: crate::extract::lexicon::read_word
/// [`Scanner::may_be_anchor_word`]: super::Scanner::may_be_anchor_word
#[inline]
pub(super) fn short_word_key(bytes: &[u8]) -> Option<u128> {
    const HIGH_BITS: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let sixteen = u128::from_le_bytes(*bytes.first_chunk::<16>()?);
    let ascii = !sixteen & HIGH_BITS;
    if ascii == 0 {
        return None;
    }
    let end = ascii.trailing_zeros() / 8;
    let terminator = bytes.get(end as usize)?;
    // Two letters at least: `Scanner::may_be_anchor_word` reads the bytes of
    // the first two, and of the third only when the second ends no word.
    if end < 4 || terminator.is_ascii_alphabetic() {
        return None;
    }
    Some(sixteen & (u128::MAX >> (8 * (15 - end))))
}
