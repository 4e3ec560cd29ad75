//! Words other than an Iranian month name that open a window: Gregorian and
//! lunar month names, weekdays, «سال», «هزار و …», decades, the named days and
//! the relative words («روز», «ماه», «هفته», «امروز», «پیش» …), each with the
//! words beside it that the scan reads to tell a date from the word's other
//! senses («سال گذشته» but not «سال‌ها», «جمعه گذشته» but not «نماز جمعه»).

use chrono::Weekday;

use super::digits::{day_or_year_beside, digits_soon_after, starts_with_digit};
use super::edges::{char_boundary_at_or_after, gap_end, gap_start, MAX_TOKEN_STRETCH};
use super::tables::letters_start;
use super::words::is_space;
use super::{
    Anchor, Margins, Windows, DECADE_MARGINS, DEICTIC_MARGINS, LONGEST_WORD, MONTH_MARGINS,
    RELATIVE_MARGINS, YEAR_WORDS_MARGINS,
};
use crate::extract::chars::{is_joiner, is_word_char};
use crate::extract::lexicon::{weekday_after_saturday, Lex, MonthSet};
use crate::extract::token::may_start_glued_preposition;

/// «و نیم » (and a half) between a unit and its direction word, in the two
/// spellings of «ی» (see `Windows::word_after`).
const AND_A_HALF: &[u8] = "و نیم ".as_bytes();
const AND_A_HALF_ARABIC_YEH: &[u8] = "و نيم ".as_bytes();

/// Whether `lex`, after «سال», «روز», «ماه» …, may make them a date: a
/// direction word («سال گذشته», «سه روز پیش», «دو هفته دیگر»), or a kind of
/// year or an era that may come before one («سال مالی جاری», «سال میلادی
/// جاری»).
pub(super) fn may_follow_unit(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::YearShift(_) | Lex::WeakShift(_) | Lex::Digar | Lex::YearKind | Lex::Miladi
    )
}

/// Whether `lex`, after a weekday, makes it a date: «جمعه گذشته», «دوشنبه
/// آینده», «جمعه این هفته», «شنبه هفته آینده».
pub(super) fn makes_weekday_a_date(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::YearShift(-1 | 1) | Lex::WeakShift(_) | Lex::In | Lex::Hafte
    )
}

impl Windows<'_, '_> {
    /// [`Self::anchor_of`] for a word that is not an Iranian month name.
    #[inline(never)]
    pub(super) fn anchor_of_other(&mut self, at: usize, lex: Lex, end: usize) -> Option<Anchor> {
        if let Lex::Cardinal(number @ 1..=5) = lex {
            return self.weekday_after_joiner(at, number, end);
        }
        if !self.scanner.kinds.admits(lex) {
            return None;
        }
        // «سال1373», and «سال،1373» (a comma before the year, common in
        // some news archives; a number after a comma and a space is left out).
        let glued_digits = || {
            let rest = self.text.as_bytes().get(end..).unwrap_or_default();
            let after_comma = match rest {
                [b' ', 0xD8, 0x8C, tail @ ..] | [0xD8, 0x8C, tail @ ..] => tail,
                [b' ', b',', tail @ ..] | [b',', tail @ ..] => tail,
                _ => rest,
            };
            starts_with_digit(after_comma)
        };
        // «یکشنبه۲دیماه»: a day glued to a weekday.
        let rest = self.text.as_bytes().get(end..).unwrap_or_default();
        let day_glued = matches!(lex, Lex::Weekday(_)) && starts_with_digit(rest);
        // The direction or kind of year after «سال», «روز» …, read once.
        let mut word_after = None;
        // «دهه» as a unit counted back or on («دو دهه پیش»), not a decade
        // named by its number.
        let mut decade_ago = false;
        // «بیستم همین ماه» (the 20th of this very month): the day two words back.
        let mut after_hamin = false;
        let wanted = match lex {
            Lex::Month {
                homograph: false, ..
            } => true,
            // «۱۰ صفر ۱۴۴۶», «رمضان المبارک ۱۳۹۹»: the grammar reads such a
            // month only with a year, which may come after an honorific, or
            // after a cue.
            Lex::Month {
                set: MonthSet::Lunar,
                month,
                ..
            } => {
                digits_soon_after(self.text.as_bytes(), end)
                    || self.after_lunar_cue(at)
                    // An honorific, a year in words («محرم هزار ه.ق.»), or a
                    // relative year («محرم امسال»; not after «صفر»).
                    || match self.next_word(end) {
                        Some(Lex::LunarHonorific | Lex::Cardinal(_)) => true,
                        Some(Lex::RelativeYear(_)) => month != 2,
                        _ => false,
                    }
                    // «نیمه شعبان», «در محرم»: a known word or «در» before.
                    || (month != 2 && self.word_before_counts(at))
            }
            // «۵ مه», «مه ۲۰۲۴», «پنجم مه ۲۴», «ماه مه».
            Lex::Month { .. } => {
                day_or_year_beside(self.text.as_bytes(), at, end, &[2, 4]) || self.after_mah(at)
            }
            // «ربیع الاول», «ذی الحجه»; not «ذی ربط», «ذی نفع».
            Lex::LunarHead(_) => matches!(self.next_word(end), Some(Lex::LunarTail(_))),
            // «نگاه امروز» at the start of a line is the title of a
            // newspaper's column (Hamshahri heads a page with it), not today.
            Lex::RelativeDay(0) => !self.column_title_before(at),
            Lex::RelativeDay(_) | Lex::RelativeYear(_) | Lex::Named { .. } | Lex::Badr => true,
            // A year in words: «هزار و سیصد و …».
            Lex::Cardinal(1000) => self.text.get(end..).is_some_and(|r| r.starts_with(" و")),
            // «دهه ۶۰», «دهه شصت»: digits or a number word after it; with
            // relative dates on, «دو دهه پیش» (two decades ago).
            Lex::Decade => match self.next_word(end) {
                Some(Lex::WeakShift(_) | Lex::Digar) if self.scanner.kinds.relative => {
                    decade_ago = true;
                    true
                }
                next => {
                    matches!(next, Some(Lex::Cardinal(_)))
                        || digits_soon_after(self.text.as_bytes(), end)
                }
            },
            // «سیزده‌بدر», «پس‌فردا», «پس‌پریروز»: the second half after a
            // ZWNJ or a space.
            Lex::Cardinal(13) => self.next_word_is(end, "بدر"),
            Lex::Pas => self.next_word_is(end, "فردا") || self.next_word_is(end, "پریروز"),
            // «یکشنبه۲دیماه», «دوشنبه30بهمن»: a day glued to the weekday,
            // which no word start shows. Else, with relative dates on,
            // «جمعه گذشته», «دوشنبه آینده», «جمعه این هفته», «شنبه هفته آینده».
            Lex::Weekday(_) => {
                day_glued || (self.scanner.kinds.relative && self.word_after_weekday_dates(end))
            }
            // «سال1373», «سال گذشته», «این ماه», «سه روز پیش», «هفته‌ی آینده»,
            // «سال مالی جاری», and «دوسال قبل» (the count glued on).
            Lex::Sal | Lex::Mah | Lex::Rooz | Lex::Shab | Lex::Hafte | Lex::GluedCount { .. } => {
                glued_digits() || {
                    word_after = self.word_after(end);
                    word_after.is_some() || self.follows_in(at) || {
                        after_hamin = lex == Lex::Mah && self.follows_hamin(at);
                        after_hamin
                    }
                }
            }
            _ => false,
        };
        if !wanted {
            return None;
        }
        let margins = match lex {
            Lex::Month { .. } | Lex::LunarHead(_) => MONTH_MARGINS,
            Lex::Cardinal(1000) => YEAR_WORDS_MARGINS,
            // Nothing before it belongs to the mention; after it, more
            // decades and an era («دهه ۶۰، ۷۰ و ۸۰ میلادی»).
            // «دو دهه پیش»: the count before it (and what a decade's number
            // would need after it).
            Lex::Decade if decade_ago => Margins {
                back: RELATIVE_MARGINS.back,
                forward: DECADE_MARGINS.forward,
            },
            Lex::Decade => DECADE_MARGINS,
            // «سال1373 هجری شمسی»: an era marker may follow the year; «سال
            // گذشته», «دو سال پیش» need no more than a relative word does.
            Lex::Sal if glued_digits() => YEAR_WORDS_MARGINS,
            // «سال تحصیلی ۸۲ ه.ش.», «سال مالی جاری»: a year and an era may
            // follow the kind of year.
            Lex::Sal if word_after == Some(Lex::YearKind) => YEAR_WORDS_MARGINS,
            // «سال میلادی جاری», «ماه میلادی گذشته»: the era before the
            // direction word.
            Lex::Sal | Lex::Mah if word_after == Some(Lex::Miladi) => YEAR_WORDS_MARGINS,
            // «پس فردا», «پس پریروز»: «پس» is no anchor (it is far more
            // often «then»); «فردا» and «پریروز» reach back to it.
            Lex::RelativeDay(1 | -2) => Margins {
                back: self.pas_before(at).map_or(0, |pas| at - pas),
                forward: 0,
            },
            Lex::RelativeDay(_) => DEICTIC_MARGINS,
            // A day glued to the weekday: the month glued after it is no
            // anchor of its own, so this window reaches past the glued word
            // as far as the month's would («سهشنبه12اردیبهشت  12»).
            Lex::Weekday(_) if day_glued => {
                let glued = rest
                    .iter()
                    .take(MAX_TOKEN_STRETCH)
                    .take_while(|b| !b.is_ascii_whitespace())
                    .count();
                Margins {
                    back: RELATIVE_MARGINS.back,
                    forward: glued + MONTH_MARGINS.forward,
                }
            }
            // The grammar reads the word before a weekday: «سه» of «سه شنبه»,
            // «امام» of «امام جمعه» (a title, no date).
            Lex::Weekday(_) => RELATIVE_MARGINS,
            Lex::Mah if after_hamin => RELATIVE_MARGINS,
            // The back margin is for a count, «این» or a month glued to
            // «در» before the word: most often the word before is none of
            // these, and nothing before it can belong to the mention.
            _ if !self.word_before_counts(at) => Margins {
                back: 0,
                forward: RELATIVE_MARGINS.forward,
            },
            _ => RELATIVE_MARGINS,
        };
        Some(Anchor {
            start: at,
            end,
            margins,
            lex: Some(lex),
        })
    }

    /// «سه‌شنبه گذشته», «پنج‌شنبه آینده»: a weekday written with a joiner
    /// after its number, of which the scan read only the number (`number`,
    /// at `at..end`; a word ends at a joiner). The anchor is the whole
    /// weekday, when it is one.
    fn weekday_after_joiner(&mut self, at: usize, number: u16, end: usize) -> Option<Anchor> {
        let bytes = self.text.as_bytes();
        // A joiner (E2 ..), not a space: «سه شنبه» is found from «شنبه».
        if !self.scanner.kinds.relative || bytes.get(end) != Some(&0xE2) {
            return None;
        }
        let after = gap_end(bytes, end);
        let (lex, saturday_end) = self.word_at(after);
        if after == end || lex != Some(Lex::Weekday(Weekday::Sat)) {
            return None;
        }
        let weekday = weekday_after_saturday(number)?;
        self.anchor_of(at, Lex::Weekday(weekday), saturday_end)
    }

    /// The meaning of the word after byte `end` (past spaces, joiners and an
    /// ezafe «ی» written apart), if it is a direction word or a kind of year
    /// ([`may_follow_unit`]).
    fn word_after(&mut self, end: usize) -> Option<Lex> {
        let bytes = self.text.as_bytes();
        let start = self.past_ezafe(end);
        // «یک سال و نیم پیش»: a half between the unit and its direction.
        let start = match bytes.get(start..) {
            Some(rest)
                if rest.starts_with(AND_A_HALF) || rest.starts_with(AND_A_HALF_ARABIC_YEH) =>
            {
                start + AND_A_HALF.len()
            }
            _ => start,
        };
        // Only the direction words (گذشته جاری آینده آتی قبل پیش بعد دیگر) and
        // the kinds of year matter here: other first letters settle it
        // without folding.
        let may_be = bytes
            .get(start..)
            .is_some_and(|rest| self.scanner.after_unit.may_start(rest));
        if !may_be {
            return None;
        }
        self.word_at(start).0.filter(|&lex| may_follow_unit(lex))
    }

    /// The meaning of the word after byte `end`, past spaces and joiners
    /// (at least one: a word glued on is part of this one, or punctuation).
    fn next_word(&self, end: usize) -> Option<Lex> {
        let start = gap_end(self.text.as_bytes(), end);
        if start == end {
            return None;
        }
        self.word_at(start).0
    }

    /// Where the word after byte `end` starts, past spaces, joiners and an
    /// ezafe «ی» written apart («هفته‌ی گذشته»).
    /// Whether the word after the weekday ending at `end` (past an ezafe)
    /// makes it a date: see [`makes_weekday_a_date`].
    fn word_after_weekday_dates(&self, end: usize) -> bool {
        let next = self.past_ezafe(end);
        self.text
            .as_bytes()
            .get(next..)
            .is_some_and(|rest| self.scanner.after_weekday.may_start(rest))
            && self.word_at(next).0.is_some_and(makes_weekday_a_date)
    }

    fn past_ezafe(&self, end: usize) -> usize {
        let bytes = self.text.as_bytes();
        let start = gap_end(bytes, end);
        // The ezafe written apart.
        if bytes.get(start..start + 2).is_some_and(is_ezafe_letter) {
            let after = start + 2;
            let past_gap = gap_end(bytes, after);
            if past_gap > after {
                return past_gap;
            }
        }
        start
    }

    /// Whether the word after byte `end` (past spaces and joiners) is `word`.
    fn next_word_is(&self, end: usize, word: &str) -> bool {
        let bytes = self.text.as_bytes();
        bytes
            .get(gap_end(bytes, end)..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()))
    }

    /// Where «پس» starts when it is the word before byte `at` («پس فردا»).
    fn pas_before(&self, at: usize) -> Option<usize> {
        self.word_before(at, "پس")
    }

    /// Whether the word before byte `at` is «ماه» («ماه مه»), or «ماه‌های» in
    /// any spelling («ماه‌های مه و ژوئن»).
    fn after_mah(&self, at: usize) -> bool {
        let plural = || {
            ["های", "هاي"]
                .iter()
                .find_map(|word| self.word_before(at, word))
                .is_some_and(|start| self.word_before(start, "ماه").is_some())
        };
        self.word_before(at, "ماه").is_some()
            || plural()
            || ["ماههای", "ماههاي"]
                .iter()
                .any(|word| self.word_before(at, word).is_some())
    }

    /// Whether «ماه», «ماه مبارک» or «ایام» comes right before byte `at`: a
    /// lunar month after them is one even without its day and year, as it is
    /// before an honorific (see the grammar's `lunar_cued`).
    #[cold]
    fn after_lunar_cue(&self, at: usize) -> bool {
        let blessed = || {
            ["مبارک", "مبارك"].iter().any(|word| {
                self.word_before(at, word)
                    .is_some_and(|start| self.after_mah(start))
            })
        };
        let days_of = || {
            ["ایام", "ايام"]
                .iter()
                .any(|word| self.word_before(at, word).is_some())
        };
        self.after_mah(at) || days_of() || blessed()
    }

    /// Where `word` starts when it is the whole word before byte `at` (spaces
    /// and joiners between), as written.
    fn word_before(&self, at: usize, word: &str) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let end = gap_start(bytes, at);
        let start = end.checked_sub(word.len())?;
        (bytes.get(start..end) == Some(word.as_bytes()) && !self.word_char_before(start))
            .then_some(start)
    }

    /// Whether the words of a column's title begin the line right before
    /// «امروز» at `at`: «نگاه امروز», «گفت وگوي امروز» (Hamshahri heads its
    /// items with them; the held-out annotators read no date there).
    fn column_title_before(&self, at: usize) -> bool {
        const TITLES: [&str; 7] = [
            "نگاه",
            "گفت وگوي",
            "گفت وگوی",
            "گفتگوي",
            "گفتگوی",
            "گفت و گوي",
            "گفت و گوی",
        ];
        let bytes = self.text.as_bytes();
        let end = gap_start(bytes, at);
        TITLES.iter().any(|title| {
            end.checked_sub(title.len()).is_some_and(|start| {
                bytes.get(start..end) == Some(title.as_bytes())
                    && (start == 0 || bytes.get(start - 1) == Some(&b'\n'))
            })
        })
    }

    /// Whether the word before byte `at` is «این» («این هفته», «این ماه»).
    fn follows_in(&self, at: usize) -> bool {
        self.follows_word(at, ["این", "اين"])
    }

    /// Whether «همین» (this very) comes right before `at`: «بیستم همین ماه»,
    /// «۲۳ همین ماه» (a day of this month).
    fn follows_hamin(&self, at: usize) -> bool {
        self.follows_word(at, ["همین", "همين"])
    }

    /// Whether the word before byte `at` (spaces and joiners between) is
    /// written as one of `spellings` (with Persian and with Arabic «ی»).
    fn follows_word(&self, at: usize, spellings: [&str; 2]) -> bool {
        let bytes = self.text.as_bytes();
        let end = gap_start(bytes, at);
        spellings.iter().any(|word| {
            let word = word.as_bytes();
            let mut start = end;
            // «ایناین»: the same word twice, glued, is still «این» (as a
            // string's `trim_end_matches` would have it).
            while start >= word.len() && bytes.get(start - word.len()..start) == Some(word) {
                start -= word.len();
            }
            start < end && !self.word_char_before(start)
        })
    }

    /// Whether the word before a relative word at `at` may belong to its
    /// mention or decide it: a number («۳ روز پیش»), a word of the lexicon
    /// («سه روز پیش», «این هفته», «چند روز پیش»), a word starting with «در»,
    /// «از» or «تا», which may hide a month or a count glued to it («درآذرماه
    /// امسال», «ازسه سال پیش»), the plural «ها»
    /// written apart after a count («میلیون ها سال قبل», «ده ها سال»), the
    /// ezafe «ی» written apart after a month («درفروردین ي امسال»), or
    /// anything that is not a word after a space (then the answer is yes).
    fn word_before_counts(&self, at: usize) -> bool {
        let bytes = self.text.as_bytes();
        let end = gap_start(bytes, at);
        // The usual case first: letters of the Arabic block after a space,
        // read back two bytes at a time and looked up as the scan reads words.
        if end < at {
            let start = letters_start(bytes, end, LONGEST_WORD);
            let after_space = start
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .is_some_and(|&b| is_space(b));
            if start < end && end - start < LONGEST_WORD && after_space {
                let word = bytes.get(start..end).unwrap_or_default();
                return may_start_glued_preposition(word)
                    || word == "ها".as_bytes()
                    || is_ezafe_letter(word)
                    || self.word_at(start).0.is_some();
            }
        }
        self.word_before_counts_by_chars(at, end)
    }

    /// [`Self::word_before_counts`] for any word before `end` (where the gap
    /// before the anchor at `at` starts), a character at a time.
    fn word_before_counts_by_chars(&self, at: usize, end: usize) -> bool {
        let from = char_boundary_at_or_after(self.text, end.saturating_sub(LONGEST_WORD));
        let Some(head) = self.text.get(from..end) else {
            return true;
        };
        match head.chars().next_back() {
            // A line break or the start of the text: nothing before counts.
            None | Some('\n') => return false,
            Some(c) if end == at || !is_word_char(c) => return true,
            Some(_) => {}
        }
        let word_len: usize = head
            .chars()
            .rev()
            .take_while(|&c| is_word_char(c) || is_joiner(c))
            .map(char::len_utf8)
            .sum();
        if word_len == head.len() && from > 0 {
            return true; // a word longer than any in the lexicon: be safe
        }
        let word = head
            .get(head.len() - word_len..)
            .unwrap_or_default()
            .trim_start_matches(is_joiner);
        may_start_glued_preposition(word.as_bytes())
            || word == "ها"
            || is_ezafe_letter(word.as_bytes())
            || self.lexicon.lookup(word).is_some()
    }

    /// Whether the character before byte `at` belongs to a word.
    fn word_char_before(&self, at: usize) -> bool {
        self.text
            .get(..at)
            .and_then(|head| head.chars().next_back())
            .is_some_and(is_word_char)
    }
}

/// Whether `word` is the ezafe «ی» (DB 8C) or «ي» (D9 8A) alone.
fn is_ezafe_letter(word: &[u8]) -> bool {
    matches!(word, [0xDB, 0x8C] | [0xD9, 0x8A])
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{AnchorKinds, Scanner};
    use super::gap_start;
    use crate::extract::lexicon::Lexicon;

    /// Words and what stands between them before a relative word: lexicon
    /// words («در», «این», «سه»), others, a word glued to «در», the plural
    /// «ها» and a word ending in it, the ezafe letter, long words, marks,
    /// digits, and every kind of gap.
    fn word_before_piece() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "در",
            "این",
            "سه",
            "ها",
            "کتابها",
            "ی",
            "ي",
            "اين",
            "درآذرماه",
            "کتاب",
            "هفته",
            "امسال",
            "ـ",
            "\u{064E}",
            "۱۲",
            "12",
            " ",
            " ",
            "  ",
            "\u{200C}",
            "\n",
            "\t",
            "،",
            "(",
            "a",
            "«",
            "دردردردردردردردردردردردردردردردردردردردر",
        ])
        .prop_map(str::to_owned)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// The quick reading of the word before an anchor (letters of the
        /// block after a space) answers as the reading by characters does.
        #[test]
        fn word_before_counts_agrees_with_reading_by_chars(
            words in prop::collection::vec(word_before_piece(), 0..8),
        ) {
            let text = words.concat();
            let lexicon = Lexicon::new();
            let scanner = Scanner::new(&lexicon, AnchorKinds { gregorian: true, lunar: true, afghan: true, relative: true });
            let windows = scanner.windows(&text, &lexicon);
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let end = gap_start(text.as_bytes(), at);
                prop_assert_eq!(
                    windows.word_before_counts(at),
                    windows.word_before_counts_by_chars(at, end),
                    "{:?} at {}", text, at
                );
            }
        }
    }
}
