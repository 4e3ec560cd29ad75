//! Characters of Persian text: digits in three scripts, letter variants, joiners.
//!
//! Real Persian text mixes Persian (۰-۹), Arabic-Indic (٠-٩) and ASCII digits,
//! writes Arabic ي ك ى for Persian ی ک, drops or doubles the zero-width
//! non-joiner, and puts RLM marks where a ZWNJ belongs. Nothing here rewrites
//! the caller's text: these functions classify one `char` at a time, and
//! [`fold`] gives the canonical letter used to look words up in the lexicon.

use std::sync::OnceLock;

/// The value of a digit in ASCII, Persian or Arabic-Indic script.
///
/// `char::to_digit` only knows ASCII.
#[inline]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        _ => None,
    }
}

/// Whether `c` separates the numbers of a numeric date («۱۴۰۳/۰۴/۱۲»,
/// «1403-04-12», «1403.04.12», and «۱۰\۱۰\۱۳۷۰»: the backslash some type for
/// the slash). The scan asks it of bytes (`char::from(b)`; no byte from 0x80
/// up maps to one of these).
#[inline]
pub(crate) fn is_date_sign(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | '\\')
}

/// Invisible characters that join or separate parts of one word: ZWNJ, ZWJ,
/// the direction marks people type in place of a ZWNJ, BOM, soft hyphen and the
/// bidi isolates.
#[inline]
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{200C}'..='\u{200F}' | '\u{FEFF}' | '\u{00AD}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}'
    )
}

/// Emoji and the symbols used like them at the start of a line («🔹», «📌»,
/// «✅», «☎️», «▪️», «🇮🇷»), with the marks that modify them (variation
/// selectors, the keycap). None of them is part of a date.
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(
        c,
        // (Not the enclosed letters 🄰 … of U+1F100.., which are letters;
        // the regional indicators of flags, 🇮🇷, are none.)
        '\u{1F000}'..='\u{1F0FF}'
            | '\u{1F1E6}'..='\u{1F1FF}'
            | '\u{1F200}'..='\u{1FAFF}'
            | '\u{2190}'..='\u{21FF}'
            | '\u{2300}'..='\u{23FF}'
            | '\u{25A0}'..='\u{27BF}'
            | '\u{2B00}'..='\u{2BFF}'
            | '\u{FE0E}'
            | '\u{FE0F}'
            | '\u{20E3}'
    )
}

/// Characters inside a word that do not change it: tatweel (kashida) and the
/// Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef).
#[inline]
pub(crate) const fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06EA}'..='\u{06ED}')
}

/// The word characters of the Arabic block U+0600..U+06FF, one bit each:
/// the ranges of Unicode's Alphabetic property there (letters, marks, tatweel),
/// without the block's digits and punctuation (، ؛ ؟ ٪ ٫ ٬).
const ARABIC_WORD_CHARS: [u64; 4] = arabic_word_chars();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn arabic_word_chars() -> [u64; 4] {
    const RANGES: [(u32, u32); 8] = [
        (0x10, 0x1A),
        (0x20, 0x5F),
        (0x6E, 0xD3),
        (0xD5, 0xDC),
        (0xE1, 0xE8),
        (0xEA, 0xEF),
        (0xFA, 0xFC),
        (0xFF, 0xFF),
    ];
    let mut bits = [0u64; 4];
    let mut r = 0;
    while r < RANGES.len() {
        let (mut low, high) = RANGES[r];
        while low <= high {
            bits[(low / 64) as usize] |= 1 << (low % 64);
            low += 1;
        }
        r += 1;
    }
    bits
}

/// Whether the character U+06xx with low byte `low` is a word character.
#[inline]
pub(crate) fn is_arabic_word_char(low: usize) -> bool {
    ARABIC_WORD_CHARS
        .get(low / 64)
        .is_some_and(|w| w >> (low % 64) & 1 == 1)
}

/// Whether `c` belongs to a word (a letter, or a mark inside one).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{0600}'..='\u{06FF}' => is_arabic_word_char(c as usize & 0xFF),
        // The joiners and marks of General Punctuation (ZWNJ above all, in
        // nearly every Persian sentence) and the no-break spaces are not
        // letters: settled here, not by Unicode's slower tables.
        '\u{00A0}' | '\u{2000}'..='\u{206F}' => false,
        // The rest of the two-byte range (Latin, Greek, Cyrillic, Hebrew …)
        // from a table built once from Unicode; CJK ideographs and Hangul
        // syllables are letters throughout. Unicode's own tables are a
        // binary search, which text in those scripts would pay per character.
        '\u{0080}'..='\u{07FF}' => two_byte_alphabetic(c),
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' => true,
        // Emoji and pictographs, and the variation selectors that dress them:
        // no letters (the test below checks every code point).
        '\u{1F300}'..='\u{1FAFF}' | '\u{FE00}'..='\u{FE0F}' => false,
        // Everything else (other scripts, presentation forms): ask Unicode.
        _ => is_ignorable(c) || (c.is_alphabetic() && digit_value(c).is_none()),
    }
}

/// [`char::is_alphabetic`] for U+0080..U+07FF, one bit each, computed on
/// first use (the standard library's answer is not available at compile time).
fn two_byte_alphabetic(c: char) -> bool {
    static TABLE: OnceLock<[u64; 32]> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut bits = [0u64; 32];
        for code in 0x80..0x800u32 {
            let alphabetic = char::from_u32(code).is_some_and(char::is_alphabetic);
            if let Some(word) = bits.get_mut((code / 64) as usize) {
                *word |= u64::from(alphabetic) << (code % 64);
            }
        }
        bits
    });
    let code = u32::from(c);
    table
        .get((code / 64) as usize)
        .is_some_and(|word| word >> (code % 64) & 1 == 1)
}

/// The canonical form of a letter for lexicon look-up.
///
/// Folds the Arabic forms of yeh and kaf to the Persian ones, hamza-carrying
/// and madda alefs to plain alef (so «ابان» and «آبان» meet), teh marbuta and
/// heh-with-yeh to heh, the Pashto letters to the Persian look-alikes people
/// type for them, and Latin capitals to lower case.
#[inline]
pub(crate) const fn fold(c: char) -> char {
    match c {
        '\u{064A}' | '\u{0649}' | '\u{06CD}' | '\u{06D0}' | '\u{06CE}' => 'ی',
        '\u{0643}' => 'ک',
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => 'ا',
        '\u{06C0}' | '\u{0629}' | '\u{06D5}' | '\u{06C1}' => 'ه',
        '\u{069A}' => 'ش',
        '\u{0696}' => 'ژ',
        '\u{0693}' => 'ر',
        '\u{06AB}' => 'گ',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// For each character U+06xx (by its low byte), the low byte of its folded
/// form, or 0 when it is ignorable and dropped from the folded word.
///
/// Derived from [`fold`] and [`is_ignorable`] at compile time so the two
/// cannot drift apart. It relies on [`fold`] keeping the Arabic block within
/// itself (tested below). U+0600 itself also maps to 0: it is no word
/// character, and [`super::lexicon::WordKey`] keeps it off this table.
const ARABIC_FOLD: [u8; 256] = arabic_fold();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn arabic_fold() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut low = 0u32;
    while low < 256 {
        if let Some(c) = char::from_u32(0x0600 + low) {
            if !is_ignorable(c) {
                table[low as usize] = (fold(c) as u32 & 0xFF) as u8;
            }
        }
        low += 1;
    }
    table
}

/// The low byte of the folded form of the character U+06xx with low byte
/// `low`, or 0 if that character is ignorable (see [`ARABIC_FOLD`]).
#[inline]
pub(crate) fn fold_arabic_low(low: u8) -> u8 {
    ARABIC_FOLD.get(usize::from(low)).copied().unwrap_or(0)
}

/// What the tokenizer needs to know of a character U+06xx, by its low byte,
/// in one load: [`NOT_WORD`] if it is no word character (a digit, a
/// punctuation mark), [`DROPPED`] if it is an ignorable word character, and
/// otherwise the low byte of its folded form (never 0 or 1: the block's word
/// characters start at U+0610, and folding maps letters to letters).
const ARABIC_WORD_FOLD: [u8; 256] = arabic_word_fold_table();

/// [`arabic_word_fold`] of a character that is no word character.
pub(crate) const NOT_WORD: u8 = 0;
/// [`arabic_word_fold`] of an ignorable word character (tatweel, harakat).
pub(crate) const DROPPED: u8 = 1;

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index is a build error
const fn arabic_word_fold_table() -> [u8; 256] {
    let mut table = [NOT_WORD; 256];
    let mut low = 0usize;
    while low < 256 {
        // `is_arabic_word_char`, which is not const.
        if ARABIC_WORD_CHARS[low / 64] >> (low % 64) & 1 == 1 {
            table[low] = if ARABIC_FOLD[low] == 0 {
                DROPPED
            } else {
                ARABIC_FOLD[low]
            };
        }
        low += 1;
    }
    table
}

/// For the character U+06xx with low byte `low`: [`NOT_WORD`], [`DROPPED`]
/// or the low byte of its folded form (see [`ARABIC_WORD_FOLD`]).
#[inline]
pub(crate) fn arabic_word_fold(low: u8) -> u8 {
    ARABIC_WORD_FOLD
        .get(usize::from(low))
        .copied()
        .unwrap_or(NOT_WORD)
}

/// Appends the folded form of `word` to `out`, dropping ignorable marks and joiners.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        if !is_ignorable(c) && !is_joiner(c) {
            out.push(fold(c));
        }
    }
}

/// The folded form of `word` (for building the lexicon).
pub(crate) fn folded(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the scan looks past at a word start, and the grammar lets a date
    /// follow, holds no letter, digit or joiner (no part of a word or a date).
    #[test]
    fn pictographs_are_no_part_of_a_word() {
        let pictographs = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_pictograph(c));
        let mut count = 0;
        for c in pictographs {
            assert!(!is_word_char(c), "{c:?} is a word character");
            assert!(digit_value(c).is_none() && !is_joiner(c), "{c:?}");
            count += 1;
        }
        assert!(count > 2_000, "{count}");
    }

    /// The fast paths of `is_word_char` give Unicode's answer: the definition
    /// they stand in for, checked on every code point of the first three planes.
    #[test]
    fn word_chars_match_unicode() {
        let by_definition = |c: char| match c {
            'a'..='z' | 'A'..='Z' => true,
            '\0'..='\u{7F}' => false,
            '\u{0600}'..='\u{06FF}' => is_arabic_word_char(c as usize & 0xFF),
            _ => is_ignorable(c) || (c.is_alphabetic() && digit_value(c).is_none()),
        };
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), by_definition(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn digits_in_three_scripts() {
        let all = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩";
        let values: Vec<u32> = all.chars().filter_map(digit_value).collect();
        assert_eq!(values.len(), 30);
        for (i, v) in values.iter().enumerate() {
            assert_eq!(*v, (i % 10) as u32);
        }
        assert_eq!(digit_value('a'), None);
        assert_eq!(digit_value('\u{06EF}'), None);
    }

    #[test]
    fn arabic_and_persian_spellings_fold_together() {
        assert_eq!(folded("شهريور"), folded("شهریور"));
        assert_eq!(folded("يكشنبه"), folded("یکشنبه"));
        assert_eq!(folded("آبان"), folded("ابان"));
        assert_eq!(folded("بهـــمن"), "بهمن");
        assert_eq!(folded("سه\u{200C}شنبه"), "سهشنبه");
    }

    #[test]
    fn arabic_fold_table_agrees_with_fold() {
        for low in 0..=255u8 {
            let c = char::from_u32(0x0600 + u32::from(low)).unwrap();
            let expected = if is_ignorable(c) {
                0
            } else {
                (fold(c) as u32 & 0xFF) as u8
            };
            assert_eq!(fold_arabic_low(low), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn arabic_word_fold_table_agrees_with_its_parts() {
        for low in 0..=255u8 {
            let c = char::from_u32(0x0600 + u32::from(low)).unwrap();
            let expected = if !is_word_char(c) {
                NOT_WORD
            } else if is_ignorable(c) {
                DROPPED
            } else {
                let folded = fold(c) as u32 & 0xFF;
                assert!(folded > 1, "U+{:04X}", c as u32);
                folded as u8
            };
            assert_eq!(arabic_word_fold(low), expected, "U+{:04X}", c as u32);
        }
    }

    /// What the packed lexicon keys rely on: folding keeps the Arabic block
    /// within itself and everything else out of it, only U+0600 folds to
    /// U+0600, and the ignorable marks all lie in the block.
    #[test]
    fn fold_keeps_the_arabic_block_apart() {
        let in_block = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(in_block(fold(c)), in_block(c), "U+{:04X}", c as u32);
            assert_eq!(fold(c) == '\u{0600}', c == '\u{0600}');
            assert!(!is_ignorable(c) || in_block(c));
            assert!(!is_joiner(c) || !in_block(c));
            assert_eq!(
                fold(fold(c)),
                fold(c),
                "folding twice changes U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn word_chars_fast_path_agrees_with_unicode() {
        for c in ('\0'..='\u{0800}').chain('\u{FB50}'..='\u{FEFF}') {
            let slow = is_ignorable(c) || (c.is_alphabetic() && digit_value(c).is_none());
            assert_eq!(is_word_char(c), slow, "{c:?} U+{:04X}", c as u32);
        }
    }
}
