//! Digit runs: whether a number at a word start may be part of a date.

use super::edges::{gap_end, gap_start};
use super::tables::{arabic_low_byte, letters_start};
use crate::extract::chars::{fold, is_arabic_word_char, is_date_sign, is_joiner, is_word_char};
use crate::extract::lexicon::YEAR_KINDS;

/// Whether `bytes` starts with a digit in any of the three scripts.
#[inline]
pub(super) fn starts_with_digit(bytes: &[u8]) -> bool {
    match bytes {
        [b, ..] if b.is_ascii_digit() => true,
        [0xDB, n, ..] => (0xB0..=0xB9).contains(n),
        [0xD9, n, ..] => (0xA0..=0xA9).contains(n),
        _ => false,
    }
}

/// The end of the run of digits (in any script, mixed) starting at `start`,
/// and how many digits it holds.
#[inline]
pub(super) fn digit_run(bytes: &[u8], start: usize) -> (usize, usize) {
    let (mut end, mut count) = (start, 0);
    loop {
        match bytes.get(end) {
            Some(b) if b.is_ascii_digit() => end += 1,
            Some(_) if bytes.get(end..).is_some_and(starts_with_digit) => end += 2,
            _ => return (end, count),
        }
        count += 1;
    }
}

/// Whether a run of `count` digits can be part of a date even with no month
/// name after it (a month name opens its own window, which reaches back over
/// its day): a four-digit year, a numeric date, a day glued to its month
/// («۱۲تیر»), a two-digit year after «سال», a short year before its era
/// marker («۶۵۴ ه.ق.»), or a day beside «می» (May).
///
/// Inlined always: the scan's loop asks it of every number, and with a
/// second caller (a tag's parts, see `tags`) the compiler no longer did.
#[inline(always)]
pub(super) fn digits_may_date(text: &str, start: usize, end: usize, count: usize) -> bool {
    // A year, unless right after another number («۱۲ ۱۴۰۳», «0912 3456»):
    // no rule reads a year there, and a text of digit groups would open a
    // window at every number of four digits. It may still start a numeric
    // date («۱۴۰۳/۰۴/۱۲ ۱۴۰۳/۰۴/۱۳») or come before its era, as below.
    if count > 2 {
        if count != 4 {
            // «۶۵۴ ه.ق.», and «۶۴۴–۶۳۴ میلادی» (the era after the second).
            let era_after_range = || {
                number_after_dash(text.as_bytes(), after_spaces(text.as_bytes(), end))
                    .is_some_and(|(second_end, _)| era_follows(text, second_end))
            };
            return count == 3 && (era_follows(text, end) || era_after_range());
        }
        if !number_before(text.as_bytes(), start) {
            return true;
        }
    }
    let bytes = text.as_bytes();
    // Glued to a word («۱۲تیر»).
    let glued = match (bytes.get(end), bytes.get(end + 1)) {
        (Some(&lead), Some(&next)) if lead & 0xFC == 0xD8 => {
            if (lead, next) == (0xD9, 0x80) {
                tatweels_then_letter(bytes, end)
            } else {
                is_arabic_word_char(arabic_low_byte(lead, next))
            }
        }
        (Some(b), _) if *b < 0x80 => b.is_ascii_alphabetic(),
        (Some(_), _) => text
            .get(end..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_word_char),
        (None, _) => false,
    };
    if glued {
        return true;
    }
    // A numeric date («۱۲/۴/۱۴۰۳», «۰۲ / ۰۵ / ۱۰»).
    let after = after_spaces(bytes, end);
    if numeric_date_after(bytes, after) {
        return true;
    }
    // A range of years with a dash (ASCII, en or em): «سال‌های ۷۵ - ۷۶»,
    // «فصل ۰۴–۲۰۰۳» after «سال» or «فصل» (a season); «دوره 90-1971»,
    // «(76-1973)», two digits before a year, the later first. (A number of
    // one digit is no year: text of digits and dashes, «۱ - ۱ - ۱», goes no
    // further.) The grammar decides whether both are years.
    if count != 1 {
        if let Some((_, second_count)) = number_after_dash(bytes, after) {
            if (count == 2 && second_count == 4) || year_cue_before(bytes, start) {
                return true;
            }
        }
    }
    // The cues left: «سال» or «می» before, an era marker or «می» after. In
    // the usual surroundings (spaces, then a letter or a sign) the letter
    // next to the spaces rules them out without reading words: «سال» ends
    // in ل, «می» and «سال‌های» in ی, ي or ى, and «می» and every era marker
    // start with م, ه, ق, ش or خ. Anything else (a joiner) is read in full.
    let mut before_spaces = start;
    while before_spaces > 0 && bytes.get(before_spaces - 1) == Some(&b' ') {
        before_spaces -= 1;
    }
    let pair_before = before_spaces
        .checked_sub(2)
        .and_then(|from| bytes.get(from..before_spaces));
    let cue_before = match pair_before {
        Some([0xD9, 0x84 | 0x89 | 0x8A] | [0xDB, 0x8C]) => true,
        Some([lead, last]) => lead & 0xFC != 0xD8 && *last >= 0x80,
        _ => true,
    };
    let cue_after = match bytes.get(after..).unwrap_or_default() {
        [0xD9, 0x85 | 0x87 | 0x82, ..] | [0xD8, 0xB4 | 0xAE, ..] => true,
        [lead, ..] => *lead >= 0x80 && lead & 0xFC != 0xD8,
        [] => false,
    };
    if !cue_before && !cue_after {
        return false;
    }
    let gap = |c: char| c == ' ' || is_joiner(c);
    let before = text.get(..start).unwrap_or_default().trim_end_matches(gap);
    let rest = text.get(end..).unwrap_or_default();
    before.ends_with("سال")
        || era_follows(text, end)
        || may_beside(before, rest)
        || ends_with_kind_of_year(before)
        || ends_with_years(before)
}

/// Whether the number ending where `after` follows (spaces between) starts a
/// numeric date: three numbers, the same sign between them («۱۲/۴/۱۴۰۳»,
/// «۰۲ / ۰۵ / ۱۰»). Two numbers are no date («۱۷/۲۰», a grade), nor are
/// numbers between different signs («۱ / ۲ - ۳»). (Always inlined: the
/// check of every number asks it, and with a second caller the compiler no
/// longer did.)
#[inline(always)]
fn numeric_date_after(bytes: &[u8], after: usize) -> bool {
    let Some(&sign) = bytes.get(after).filter(|&&b| is_date_sign(char::from(b))) else {
        return false;
    };
    let second = sign_then_number(bytes, after, sign);
    let Some(third) =
        second.and_then(|second| sign_then_number(bytes, after_spaces(bytes, second), sign))
    else {
        return false;
    };
    // Not when the run goes on, glued («۱/۱/۱/۱»): the grammar reads no date
    // in a longer run, and text made of such runs would open a window at
    // every number.
    let longer = bytes
        .get(third)
        .is_some_and(|&b| is_date_sign(char::from(b)))
        && bytes.get(third + 1..).is_some_and(starts_with_digit);
    !longer
}

/// Whether the word start `at` comes after a space after a sign or a digit:
/// where a number may stand amid numbers and signs ([`settled_amid_signs`]).
/// A number in running text has a letter there, and this settles it.
#[inline(always)]
pub(super) fn after_number_or_sign(bytes: &[u8], at: usize) -> bool {
    match at.checked_sub(3).and_then(|from| bytes.get(from..at)) {
        Some(&[_, before, b' ']) if before.is_ascii_punctuation() || before.is_ascii_digit() => {
            true
        }
        Some(&[lead, last, b' ']) => starts_with_digit(&[lead, last]),
        _ => false,
    }
}

/// The end of the number of `count` digits at word start `at..end`, when
/// where it stands settles it as no anchor: amid numbers and signs («۱ / ۱ -
/// 1 . ١ ۱»: tables, scores, text built to provoke), with no numeric date
/// after it.
///
/// That is one or two digits [`after_number_or_sign`], with a space after
/// them and then another number or a sign (not a dash after two digits).
/// There no word beside the number can make it a date: no cue before or after
/// it, no month after it, no range of years (a dash after two digits may
/// start one; after one digit it starts none). Only [`numeric_date_after`] is
/// left to ask, and [`digits_may_date`] would answer as it does (a property
/// test holds the two together).
#[inline(always)]
pub(super) fn settled_amid_signs(
    bytes: &[u8],
    at: usize,
    end: usize,
    count: usize,
) -> Option<usize> {
    let next_fits = match bytes.get(end..end + 2) {
        Some(&[b' ', next]) if next.is_ascii_punctuation() => next != b'-' || count == 1,
        Some(&[b' ', ..]) => bytes.get(end + 1..).is_some_and(starts_with_digit),
        _ => false,
    };
    let settled = next_fits
        && (1..=2).contains(&count)
        && after_number_or_sign(bytes, at)
        && !numeric_date_after(bytes, end + 1);
    settled.then_some(end)
}

/// Whether the tatweels at `at` glue a word to the number before them
/// («۱۲ـتیر»), not more digits («۱ـ۴ـ۰ـ۳»: text of digits and tatweels
/// opened a window at every digit).
#[cold]
#[inline(never)]
fn tatweels_then_letter(bytes: &[u8], at: usize) -> bool {
    let rest = bytes.get(at + tatweels_at(bytes, at)..).unwrap_or_default();
    match rest {
        [lead, next, ..] if lead & 0xFC == 0xD8 => {
            !starts_with_digit(rest) && is_arabic_word_char(arabic_low_byte(*lead, *next))
        }
        _ => false,
    }
}

/// Whether `before` ends with «سال‌های» (years), in any of its spellings
/// («سالهای», «سال های», «سال‌هاي», «سالهاى» with the Arabic alef maksura):
/// numbers of two digits after it are years («سال‌های ۹۶ و ۹۷»), as after
/// «سال».
fn ends_with_years(before: &str) -> bool {
    let Some(head) = ["های", "هاي", "هاى"]
        .iter()
        .find_map(|plural| before.strip_suffix(plural))
    else {
        return false;
    };
    let gap = |c: char| c == ' ' || is_joiner(c);
    ends_with_sal(head.trim_end_matches(gap))
}

/// Whether `before` ends with «سال» and a kind of year («سال مالی ۸۴», «سال
/// تحصيلي ۸۲-۸۳»: see [`YEAR_KINDS`]), written apart and in any spelling that
/// folds to it: a number of two digits after them is a year.
pub(super) fn ends_with_kind_of_year(before: &str) -> bool {
    // Every kind ends in «ی» (or «ي», «ى»): most words are ruled out
    // without looking for their start.
    if !before.ends_with(['ی', 'ي', 'ى']) {
        return false;
    }
    let Some((head, word)) = before.rsplit_once(' ') else {
        return false;
    };
    let is_kind = |kind: &&str| word.chars().map(fold).eq(kind.chars().map(fold));
    ends_with_sal(head.trim_end_matches(' ')) && YEAR_KINDS.iter().any(is_kind)
}

/// Whether `text` ends with «سال» as a whole word (not «امسال»).
fn ends_with_sal(text: &str) -> bool {
    text.strip_suffix("سال")
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(is_word_char))
}

/// Whether the last character before byte `at`, past spaces, is a digit.
#[inline(never)]
pub(super) fn number_before(bytes: &[u8], at: usize) -> bool {
    let mut end = at;
    while end > 0 && bytes.get(end - 1) == Some(&b' ') {
        end -= 1;
    }
    digits_ending_at(bytes, end, 1) == 1
}

/// Longer than any month name, in bytes: a longer run of letters before a
/// number is read no further.
pub(super) const LONGEST_MONTH: usize = 24;

/// Whether the run of letters of the Arabic block that ends at `end` (after
/// a space: the word before a number) is glued to a digit or a sign before
/// it, as a month name to its day in «۱۳فروردین ۱۲۱۲» or to a dash in «ماه-
/// فروردین ۱۲۱۲»; and where those letters start.
#[inline]
pub(super) fn letters_after_part(bytes: &[u8], end: usize) -> Option<usize> {
    let start = letters_start(bytes, end, LONGEST_MONTH);
    let after_sign = start
        .checked_sub(2)
        .and_then(|i| bytes.get(i..start))
        .is_some_and(|pair| {
            matches!(
                pair,
                [_, b'-' | b'/' | b'.' | b':' | b',' | b'('] | [0xD8, 0x8C]
            )
        });
    (start < end && (after_sign || digits_ending_at(bytes, start, 1) == 1)).then_some(start)
}

/// The first byte at or after `at` that is not a space.
#[inline]
fn after_spaces(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

/// Where the number after the sign at byte `at` ends, if `sign` is there and
/// a number follows it (spaces between).
#[inline]
fn sign_then_number(bytes: &[u8], at: usize, sign: u8) -> Option<usize> {
    if bytes.get(at) != Some(&sign) {
        return None;
    }
    let number = after_spaces(bytes, at + 1);
    bytes
        .get(number..)
        .is_some_and(starts_with_digit)
        .then(|| digit_run(bytes, number).0)
}

/// Whether the word that ends `before` or starts `after` is «می» (May): the
/// month opens no window of its own, because the word is far more often the
/// verb prefix with its ZWNJ lost («می شود»), so its day opens one
/// («۵ می», «می ۵»; a year opens one anyway).
pub(super) fn may_beside(before: &str, after: &str) -> bool {
    let gap = |c: char| c == ' ' || is_joiner(c);
    let not_word = |c: Option<char>| !c.is_some_and(is_word_char);
    let ends_with_may = ["می", "مي"].iter().any(|may| {
        before
            .strip_suffix(may)
            .is_some_and(|head| not_word(head.chars().next_back()))
    });
    let first = after.trim_start_matches(gap);
    let starts_with_may = ["می", "مي"].iter().any(|may| {
        first
            .strip_prefix(may)
            .is_some_and(|tail| not_word(tail.chars().next()))
    });
    ends_with_may || starts_with_may
}

/// Where the number after the dash at `at` ends and how many digits it has:
/// an ASCII hyphen, an en dash, an em dash or tatweels standing for one
/// («(96ـ94)», see the tokenizer), spaces around it.
#[inline]
fn number_after_dash(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let dash_len = match bytes.get(at..)? {
        [b'-', ..] => 1,
        [0xE2, 0x80, 0x93 | 0x94, ..] => 3,
        [0xD9, 0x80, ..] => tatweels_at(bytes, at),
        _ => return None,
    };
    let number = after_spaces(bytes, at + dash_len);
    let (end, count) = digit_run(bytes, number);
    (count > 0).then_some((end, count))
}

/// How many bytes of tatweels (U+0640, D9 80) start at `at`.
#[cold]
fn tatweels_at(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at..)
        .unwrap_or_default()
        .chunks_exact(2)
        .take_while(|pair| *pair == [0xD9, 0x80])
        .count()
        * 2
}

/// Whether «سال» or «فصل» (a season) comes shortly before the number at
/// `start`, on its line: «سال‌های ۷۵ - ۷۶», «فصل ۹۸-۹۹».
fn year_cue_before(bytes: &[u8], start: usize) -> bool {
    const CUES: [&[u8]; 2] = ["سال".as_bytes(), "فصل".as_bytes()];
    // (Bytes, not chars: the cues start with a lead byte, and neither they
    // nor a line break can match inside a character.)
    let before = bytes
        .get(start.saturating_sub(24)..start)
        .unwrap_or_default();
    // Both hold a D8 byte (س, ص): between digits and signs there is none,
    // and a look for one settles most numbers.
    if !before.contains(&0xD8) {
        return false;
    }
    // On this line only: «مقرر\nسال آبی ۸۰-۸۱» has its «سال».
    let line = before.rsplit(|&b| b == b'\n').next().unwrap_or_default();
    line.windows(6).any(|w| CUES.contains(&w))
}

/// Whether an era marker («ه.ق.», «هجری», «میلادی», «قمری», «شمسی»,
/// «خورشیدی») is the next word: then a number of any length may be a year.
/// («۶۱۶ تا ۶۵۴ ه.ق.»: the window of the second number reaches back to the first.)
fn era_follows(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default().trim_start_matches(' ');
    // Every marker starts with ه م ق ش or خ (D9 87, D9 85, D9 82, D8 B4,
    // D8 AE): one look at two bytes settles most numbers.
    if !matches!(
        after.as_bytes(),
        [0xD9, 0x87 | 0x85 | 0x82, ..] | [0xD8, 0xB4 | 0xAE, ..]
    ) {
        return false;
    }
    let abbreviation = after.strip_prefix('ه').is_some_and(|rest| {
        rest.starts_with(['.', '\u{200D}', '\u{0640}'])
            || rest.starts_with(" ش")
            || rest.starts_with(" ق")
    });
    abbreviation
        || ["هجر", "ميلاد", "میلاد", "قمر", "شمس", "خورشید"]
            .iter()
            .any(|marker| after.starts_with(marker))
}

/// The number of digits (in any script, mixed) in the run that ends at byte
/// `end`, counting no further than `limit`.
#[inline]
fn digits_ending_at(bytes: &[u8], mut end: usize, limit: usize) -> usize {
    let mut count = 0;
    while count < limit {
        match bytes.get(..end) {
            Some([.., b]) if b.is_ascii_digit() => end -= 1,
            Some([.., 0xDB, 0xB0..=0xB9] | [.., 0xD9, 0xA0..=0xA9]) => end -= 2,
            _ => break,
        }
        count += 1;
    }
    count
}

/// Whether a month name that needs a number beside it («۲۵ اسد ۱۴۰۰»,
/// «۵ مه», «مه ۲۰۲۴») has one that the grammar may read: a day of one or two
/// digits right before it, or right after it a year of a length in
/// `year_digits` (spaces and joiners between). «به میزان ۲۶۰ میلیون» (amount)
/// and «میزان ۱۲ درصد» have neither.
#[inline]
pub(super) fn day_or_year_beside(
    bytes: &[u8],
    start: usize,
    end: usize,
    year_digits: &[usize],
) -> bool {
    let day = digits_ending_at(bytes, gap_start(bytes, start), 3);
    if (1..=2).contains(&day) {
        return true;
    }
    let after = gap_end(bytes, end);
    bytes.get(after..).is_some_and(starts_with_digit)
        && year_digits.contains(&digit_run(bytes, after).1)
}

/// How far after a homograph month name its year may be
/// («بیست و پنجم رمضان المبارک ۱۳۹۹»).
const YEAR_NEAR_BYTES: usize = 48;

/// Whether a digit (in any script) lies within a few words after byte `end`,
/// on the same line: the year that a lunar month with a common other sense
/// («صفر» zero, «رمضان» a name) needs. («۳ بر صفر» in a football score has
/// its digits before.)
#[inline]
pub(super) fn digits_soon_after(bytes: &[u8], end: usize) -> bool {
    let to = (end + YEAR_NEAR_BYTES).min(bytes.len());
    let after = bytes.get(end..to).unwrap_or_default();
    let line = after
        .iter()
        .position(|&b| b == b'\n')
        .map_or(after, |n| after.get(..n).unwrap_or_default());
    (0..line.len()).any(|i| line.get(i..).is_some_and(starts_with_digit))
}
