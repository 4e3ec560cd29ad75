//! Properties of any search: no panic, spans on char boundaries, in order and
//! non-overlapping, `as_str()` is the text of the span; the kind switches only
//! remove mentions; one extractor shared by threads gives the same results.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use shamsi::{Calendar, Extractor, Granularity, Mention};

/// Pieces of Persian date text, glue and traps; strings are built from them.
const PIECES: &[&str] = &[
    "۰",
    "۱",
    "۲",
    "۳",
    "۹",
    "۱۲",
    "۳۰",
    "۳۱",
    "۱۴۰۳",
    "۱۴۰۴",
    "۸۸",
    "٠",
    "١",
    "٢٥",
    "١٤٠٢",
    "0",
    "1",
    "12",
    "31",
    "1403",
    "2025",
    "13",
    "99",
    "۱۳۵۷",
    "فروردین",
    "فروردين",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "تیرماه",
    "مرداد",
    "امرداد",
    "شهریور",
    "مهر",
    "آبان",
    "ابان",
    "آذر",
    "اذر",
    "دی",
    "دى",
    "بهمن",
    "اسفند",
    "حمل",
    "اسد",
    "حوت",
    "ژوئیه",
    "جولای",
    "محرم",
    "رمضان",
    "ماه",
    "سال",
    "روز",
    "سه‌شنبه",
    "سهشنبه",
    "شنبه",
    "چهارشنبه",
    "جمعه",
    "پنج",
    "یکم",
    "اول",
    "دوازدهم",
    "بیست",
    "و",
    "چهارم",
    "سی",
    "ام",
    "هزار",
    "سیصد",
    "تا",
    "الی",
    "از",
    "در",
    "تاریخ",
    "امسال",
    "تحصیلی",
    "فصل",
    "گذشته",
    "جاری",
    "همین",
    "پیش",
    "دیگر",
    "صدها",
    "دوسال",
    "دهه",
    "ازاول",
    "درهفته",
    "تا۱۲",
    "دهمین",
    "نخستین",
    "لغایت",
    "ساعت",
    "تابستان",
    "یلدا",
    "یا",
    "یکی",
    "دو",
    "دیروز",
    "ه.ش.",
    "ه.ق.",
    "هجری",
    "شمسی",
    "خورشیدی",
    "میلادی",
    "میدان",
    "تومان",
    "گرم",
    "\u{200c}",
    "\u{200f}",
    "\u{200d}",
    "\u{640}",
    "ي",
    "ك",
    "ى",
    "/",
    "-",
    ".",
    "،",
    ":",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "(",
    ")",
    "#",
    "_",
    "«",
    "»",
    "a",
    "é",
    "😀",
    "🔹",
    "✅",
    "\u{fe0f}",
    "\u{301}",
];

/// Strings made of the pieces, up to 40 of them.
fn persian_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

/// Text of words of one to three pieces each (no line breaks), with spaces
/// between: words as long as real ones, not the long glued runs of
/// [`persian_text`], in which a mention may start anywhere and where the
/// scan's windows may cut it.
fn spaced_words() -> impl Strategy<Value = String> {
    // Without the invisible pieces (joiners, a variation selector, a mark):
    // glued into a word they make runs whose window ends are still cut
    // where a neighbouring anchor's reach happens to end.
    let visible: Vec<&str> = PIECES
        .iter()
        .copied()
        .filter(|p| {
            !p.chars()
                .any(|c| c.is_whitespace() && *p != " " || is_invisible(c))
        })
        .collect();
    let word = prop::collection::vec(prop::sample::select(visible), 1..=3).prop_map(|v| v.concat());
    prop::collection::vec(word, 0..20).prop_map(|words| words.join(" ").replace(['\n', '\r'], " "))
}

/// A character that shows nothing: a joiner or mark, a variation selector,
/// a tatweel.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200c}'..='\u{200f}' | '\u{640}' | '\u{fe0f}' | '\u{301}'
    )
}

/// The invariants of one search; returns the mentions for further checks.
fn check<'h>(ex: &Extractor, text: &'h str) -> Result<Vec<Mention<'h>>, TestCaseError> {
    let mut it = ex.find_iter(text);
    let found: Vec<Mention<'h>> = it.by_ref().collect();
    prop_assert!(it.next().is_none(), "the iterator is fused");
    let mut prev_end = 0;
    for m in &found {
        prop_assert!(m.start() < m.end(), "empty mention at {}", m.start());
        prop_assert!(m.end() <= text.len());
        prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        prop_assert!(
            prev_end <= m.start(),
            "overlap or disorder at {}",
            m.start()
        );
        prop_assert_eq!(m.as_str(), &text[m.range()]);
        prop_assert_eq!(m.range(), m.start()..m.end());
        if let Some((a, b)) = m.jalali() {
            prop_assert!(a <= b);
            let (ga, gb) = m.gregorian().unwrap();
            prop_assert_eq!(
                (chrono::NaiveDate::from(a), chrono::NaiveDate::from(b)),
                (ga, gb)
            );
        } else {
            prop_assert!(m.gregorian().is_none());
        }
        prev_end = m.end();
    }
    prop_assert_eq!(ex.find(text), found.first().copied());
    prop_assert_eq!(ex.is_match(text), !found.is_empty());
    Ok(found)
}

fn reference() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 7, 12).unwrap()
}

/// Built once: building is the expensive part, searching is cheap.
fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builder().reference(reference()).build())
}

fn plain() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

type Excluded = fn(&Mention<'_>) -> bool;

/// The extractors with one kind switched off, and what they must not report.
fn filtered() -> &'static [(Extractor, Excluded)] {
    static EX: OnceLock<Vec<(Extractor, Excluded)>> = OnceLock::new();
    EX.get_or_init(|| {
        let b = || Extractor::builder().reference(reference());
        let days: Excluded = |m| {
            // Days switch off weeks too, when there are weeks («هفته گذشته»).
            m.granularity() == Granularity::Day || m.granularity().as_str() == "week"
        };
        let months: Excluded = |m| m.granularity() == Granularity::Month;
        let years: Excluded = |m| m.granularity() == Granularity::Year;
        let ranges: Excluded = |m| m.is_range();
        let gregorian: Excluded = |m| m.calendar() == Calendar::Gregorian;
        vec![
            (b().days(false).build(), days),
            (b().months(false).build(), months),
            (b().years(false).build(), years),
            (b().ranges(false).build(), ranges),
            (b().gregorian(false).build(), gregorian),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(extractor(), &text)?;
        check(plain(), &text)?;
    }

    #[test]
    fn persian_strings(text in persian_text()) {
        check(extractor(), &text)?;
        check(plain(), &text)?;
    }

    /// Switching a kind off removes its mentions and changes nothing else.
    #[test]
    fn kind_switches_only_remove(text in persian_text()) {
        let all = check(extractor(), &text)?;
        for (ex, excluded) in filtered() {
            let some = check(ex, &text)?;
            for m in &some {
                prop_assert!(!excluded(m), "{:?} should be filtered out", m.as_str());
                prop_assert!(all.contains(m), "{:?} is not found with every kind on", m.as_str());
            }
            let kept: Vec<&Mention<'_>> = all.iter().filter(|m| !excluded(m)).collect();
            prop_assert_eq!(kept.len(), some.len());
        }
    }

    /// Mentions never cross a line break, and what is found on one line does
    /// not depend on the lines around it: a text of two lines yields the
    /// mentions of each line alone (the example program streams by lines).
    #[test]
    fn lines_are_independent(a in persian_text(), b in persian_text()) {
        let a = a.replace('\n', " ");
        let b = b.replace('\n', " ");
        let both = format!("{a}\n{b}");
        let spans = |text: &str, shift: usize| -> Vec<(usize, usize, Option<String>)> {
            extractor()
                .find_iter(text)
                .map(|m| (m.start() + shift, m.end() + shift, m.value().map(|v| v.to_string())))
                .collect()
        };
        let mut expected = spans(&a, 0);
        expected.extend(spans(&b, a.len() + 1));
        prop_assert_eq!(spans(&both, 0), expected);
    }
}

proptest! {
    // Cheap cases, and the pieces that decide them are rare: many of them.
    // A fixed seed, so that CI runs the same cases every time.
    #![proptest_config(ProptestConfig {
        cases: 8192,
        rng_seed: RngSeed::Fixed(0x5348_414d_5349),
        ..ProptestConfig::default()
    })]

    /// What is found does not depend on where the scan opened its windows:
    /// a date just before the text, whose window reaches over the text's
    /// first words, changes nothing in it. (The scan turns words away before
    /// the grammar sees them, «مهر» of «خبرگزاری مهر» among them; it must
    /// never turn away one that the grammar would read as a date.)
    #[test]
    fn windows_do_not_decide(text in spaced_words()) {
        let prefix = "۱۲ بهمن ماه ۱۴۰۳ آمد. ";
        let padded = format!("{prefix}{text}");
        let spans = |text: &str, shift: usize| -> Vec<(usize, usize, Option<String>)> {
            extractor()
                .find_iter(text)
                .filter(|m| m.start() >= shift)
                .map(|m| (m.start() - shift, m.end() - shift, m.value().map(|v| v.to_string())))
                .collect()
        };
        prop_assert_eq!(spans(&padded, prefix.len()), spans(&text, 0));
    }
}

/// Cases where a window's edge once decided what was found, found by
/// `windows_do_not_decide` with many random cases: each is read the same
/// alone and after a date whose window reaches over it.
#[test]
fn windows_do_not_decide_found_cases() {
    let prefix = "۱۲ بهمن ماه ۱۴۰۳ آمد. ";
    let cases = [
        // A number after «سال» and a kind of year, a month glued after it.
        "سال تحصیلی٢٥فروردین ۱۲٢٥",
        // A lunar homograph month before a year in words and a marker.
        "محرم هزار ه.ق. فروردین",
        // A range of days backwards in one month.
        "دوازدهم تا١فروردین ۱۲۱۲",
        // A month glued to its day: the year's window reaches back as far
        // as the month's would.
        "دوازدهم تا13فروردین ۱۲۱۲",
        // A kind of year after «سال»: its window reaches as far as a year's.
        "سال تحصیلی۱ ه.ش.",
        // A window that would start at «و»: the word before it decides
        // whether an ordinal after it is a number's tail.
        "فروردینفروردین و یکم حمل ۱۴۰۳",
        // A window whose reach ends inside a word that runs into the next
        // anchor's margin is one window with it.
        "۰تیرماه ماه هجری هزار حمل سهشنبه۱فروردین ماه سال ٢٥",
        // A word glued to an emoji ends at the emoji, whether or not the
        // window's reach gets to it.
        "امسال هجری خورشیدی😀",
        "ماه گذشته هجری😀",
        // A month glued to a dash: the year after it reaches back as far as
        // the month's window would.
        "درفروردین ماه-فروردین ۱۲12",
        // A day glued to a weekday: the window reaches past the glued word
        // as far as the month's would, to the year.
        "سهشنبه12اردیبهشت  12",
        // A month glued after a day: the day's window reaches back as far as
        // the month's would, over «درفروردین» (which, read, leaves «۱۰» no
        // range's start).
        "درفروردین ۱۲ - سهشنبه 12فروردین",
        // The ezafe written apart between a month glued to «در» and a
        // relative year: the year's window reaches back past it as past a
        // count, to the month.
        "درفروردین ي امسال",
        // An ordinal day and a weekday before an Afghan month, which opens
        // no window: the year's window reaches back as far as a month's.
        "سهشنبه دوازدهم حمل ۱۲۱۲",
        // «دهه» counted back, digits soon after it: the window reaches back
        // to the count.
        "پنج دهه پیش/ ۰",
        // «تا» glued to a month after a bare month: the bare month opens a
        // window, as before «تا» written apart.
        "فروردین تاآبان 12",
        // A place noun far before an Afghan month's day («میدان» then a long
        // word): it names a place only within `PLACE_REACH` of the day, as
        // far as every window of the date reaches.
        "میدان فروردینفروردینجولای ۱ حمل",
    ];
    let spans = |text: &str, shift: usize| -> Vec<(usize, usize)> {
        extractor()
            .find_iter(text)
            .filter(|m| m.start() >= shift)
            .map(|m| (m.start() - shift, m.end() - shift))
            .collect()
    };
    for text in cases {
        let alone = spans(text, 0);
        assert!(!alone.is_empty(), "{text}: a date is found");
        assert_eq!(
            spans(&format!("{prefix}{text}"), prefix.len()),
            alone,
            "{text}"
        );
    }
}

/// Cases where a line read after a line break found a date that the same
/// line alone did not, found by `lines_are_independent` with many random
/// cases: a window floored inside a long word of parts by the window before
/// it started at its anchor and lost the «تا» glued at the word's end; a bare
/// month right after the line break was taken for one glued to what comes
/// before it, opened a window, and so read «ژوئیه» after a word (a line whose
/// last date each reads alike).
#[test]
fn lines_are_independent_found_cases() {
    let lines = [
        "فروردین /۰تیرماه۱۳۵۷۱۳۵۷۱۳۵۷۰۰۱۳۵۷۰فروردین۱۲۱۳۵۷۱۳۵۷۰فروردین۰۱۴۰۳تا فروردین",
        "فروردین اسفندفروردینفروردینفروردینفروردینفروردینفروردین ژوئیه. ۱۲ تیر ۱۴۰۳",
    ];
    let spans = |text: &str, shift: usize| -> Vec<(usize, usize)> {
        extractor()
            .find_iter(text)
            .map(|m| (m.start() - shift, m.end() - shift))
            .collect()
    };
    for line in lines {
        let alone = spans(line, 0);
        assert!(!alone.is_empty(), "{line}: a date is found");
        assert_eq!(spans(&format!("\n{line}"), 1), alone, "{line}");
    }
}

/// A case where switching a kind off added a mention, found by
/// `kind_switches_only_remove` with many random cases: with Gregorian months
/// off, «ژوئیه» glued to an emoji was no anchor, so the window ended before
/// it, and «سال12» was read as a year.
#[test]
fn kind_switches_found_cases() {
    for text in ["سال12 ژوئیه😀"] {
        let all: Vec<Mention<'_>> = extractor().find_iter(text).collect();
        for (ex, excluded) in filtered() {
            let some: Vec<Mention<'_>> = ex.find_iter(text).collect();
            let kept: Vec<&Mention<'_>> = all.iter().filter(|m| !excluded(m)).collect();
            assert_eq!(some.iter().collect::<Vec<_>>(), kept, "{text}");
        }
    }
}

/// The extractor is `Send + Sync`.
#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
}

/// One extractor shared by several threads gives the same results as one thread.
#[test]
fn shared_across_threads() {
    let texts: Vec<String> = vec![
        "سهشنبه ۳۰ بهمن ۱۴۰۳ و پنجشنبه ۲ اسفند ۱۴۰۳ دو جلسه برگزار شد.".repeat(20),
        "نمایشگاه از ۲۸ اسفند ۱۴۰۳ تا ۵ فروردین ۱۴۰۴ دایر است و ۱۲ تیرماه بسته است.".repeat(20),
        "در ۹ دی ۸۸ و ۱۴۰۳/۱۱/۳۰ و سال ۱۳۵۷ ه.ش. و ۲۵ و ۲۹ آبان؛ تیر به هدف خورد.".repeat(20),
        "قیمت ۱۴۰۰ تومان و شماره ۰۲۱۸۸۷۷۶۶۵۵ و میدان ۱۵ خرداد.".repeat(20),
    ];
    let ex = extractor();
    let expected: Vec<Vec<Mention<'_>>> = texts.iter().map(|t| ex.find_iter(t).collect()).collect();
    assert!(expected.iter().take(3).all(|v| !v.is_empty()));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let (ex, texts) = (&ex, &texts);
                s.spawn(move || {
                    // Each thread walks the texts from a different start, several times.
                    (0..5 * texts.len())
                        .map(|k| {
                            let j = (i + k) % texts.len();
                            (j, ex.find_iter(&texts[j]).collect::<Vec<_>>())
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (j, got) in h.join().unwrap() {
                assert_eq!(got, expected[j], "text {j}");
            }
        }
    });
}
