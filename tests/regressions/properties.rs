//! The properties the fuzz targets check, one function per target, each taking
//! the fuzzer's raw bytes. Shared by the fuzz crate (`fuzz/fuzz_targets/*.rs`
//! include this file by path) and by the regression test in `mod.rs`, so a
//! stored crash input is replayed through exactly the code that found it.
//!
//! A property fails by panicking, as libFuzzer expects.
#![allow(dead_code)] // each fuzz target uses one of these

use std::str::FromStr;
use std::sync::OnceLock;

use chrono::NaiveDate;
use shamsi::{Calendar, Date, Digits, Error, Extractor, Point, Value, YearPolicy};

/// The extractors `extract` chooses from with the first byte of its input: the
/// default one, and references in the middle and at both ends of the supported
/// range with each year policy, so year inference is pushed to its limits.
fn extractors() -> &'static [Extractor] {
    static EXTRACTORS: OnceLock<Vec<Extractor>> = OnceLock::new();
    EXTRACTORS.get_or_init(|| {
        let mid = NaiveDate::from_ymd_opt(2025, 7, 12).expect("a valid date");
        vec![
            Extractor::new(),
            Extractor::builder().reference(mid).build(),
            Extractor::builder()
                .reference_jalali(Date::MIN)
                .year_policy(YearPolicy::Past)
                .build(),
            Extractor::builder()
                .reference_jalali(Date::MAX)
                .year_policy(YearPolicy::Future)
                .build(),
            Extractor::builder()
                .reference_jalali(Date::MIN)
                .year_policy(YearPolicy::Nearest)
                .build(),
            Extractor::builder()
                .reference_jalali(Date::MAX)
                .year_policy(YearPolicy::Nearest)
                .build(),
            Extractor::builder()
                .reference(mid)
                .year_policy(YearPolicy::Past)
                .ranges(false)
                .gregorian(false)
                .build(),
            Extractor::builder()
                .reference(mid)
                .year_policy(YearPolicy::Future)
                .days(false)
                .years(false)
                .build(),
        ]
    })
}

/// Extraction: the first byte picks an extractor, the rest is the text
/// (invalid UTF-8 replaced by U+FFFD). Every mention is a non-empty span on
/// char boundaries, in order and not overlapping, whose text is the
/// haystack's; `find` and `is_match` agree with `find_iter`; values and day
/// intervals are consistent with each other.
pub fn extract(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let extractors = extractors();
    let ex = &extractors[usize::from(pick) % extractors.len()];
    let text = String::from_utf8_lossy(rest);
    let text = text.as_ref();

    let mut previous_end = 0;
    let mut first = None;
    for m in ex.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        assert!(start < end, "empty or reversed span {start}..{end}");
        assert!(
            end <= text.len(),
            "span {start}..{end} past the end ({})",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} not on char boundaries"
        );
        assert!(
            start >= previous_end,
            "span {start}..{end} overlaps or precedes the previous one ending at {previous_end}"
        );
        assert_eq!(m.range(), start..end);
        assert_eq!(text.get(start..end), Some(m.as_str()));
        check_values(&m);
        previous_end = end;
        first.get_or_insert(m);
    }
    assert_eq!(ex.find(text), first, "find disagrees with find_iter");
    assert_eq!(
        ex.is_match(text),
        first.is_some(),
        "is_match disagrees with find_iter"
    );
}

/// The value, granularity and day intervals of one mention agree.
fn check_values(m: &shamsi::Mention<'_>) {
    let _ = (
        m.granularity(),
        m.is_range(),
        m.year_source(),
        m.weekday_mismatch(),
    );
    if let Some(value) = m.value() {
        let _ = value.to_string();
        // A week («هفته گذشته») is one mention whose value spans its days.
        let spans_days = m.is_range() || m.granularity() == shamsi::Granularity::Week;
        assert_eq!(
            spans_days,
            matches!(value, Value::Range(..)),
            "{:?}: is_range() and the granularity disagree with value {value:?}",
            m.as_str()
        );
    }
    let jalali = m.jalali();
    let gregorian = m.gregorian();
    assert_eq!(jalali.is_some(), gregorian.is_some());
    if let (Some((a, b)), Some((ga, gb))) = (jalali, gregorian) {
        assert!(a <= b, "interval {a}..{b} is reversed");
        assert_eq!((NaiveDate::from(a), NaiveDate::from(b)), (ga, gb));
    }
    // A Solar Hijri value whose years are all written or inferred names the
    // interval exactly.
    if m.calendar() != Calendar::SolarHijri {
        return;
    }
    let (from, to) = match m.value() {
        Some(Value::Single(p)) => (p, p),
        Some(Value::Range(p, q)) => (p, q),
        None => return,
    };
    if let (Some(first), Some(last)) = (first_day(from), last_day(to)) {
        let (text, value) = (m.as_str(), m.value());
        assert!(
            first <= last,
            "{text:?}: value {value:?} is a reversed range"
        );
        assert_eq!(jalali, Some((first, last)), "{text:?}: value {value:?}");
    }
}

fn first_day(p: Point) -> Option<Date> {
    match p {
        Point::Day { year, month, day } => Date::new(year?, month, day).ok(),
        Point::Month { year, month } => Date::new(year?, month, 1).ok(),
        Point::Year { year } => Date::new(year, 1, 1).ok(),
    }
}

fn last_day(p: Point) -> Option<Date> {
    match p {
        Point::Day { .. } => first_day(p),
        Point::Month { .. } => first_day(p).map(Date::last_of_month),
        Point::Year { .. } => first_day(p).map(Date::last_of_year),
    }
}

/// `Date::from_str` on the text (invalid UTF-8 replaced by U+FFFD). On success
/// the text is a year, a month and a day in digits of the three scripts around
/// two equal separators, the date has those numbers, and its `Display` parses
/// back to it. On failure a `Parse` error points at a char boundary of the input.
pub fn parse_date(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    match Date::from_str(text) {
        Ok(date) => {
            let shown = date.to_string();
            assert_eq!(
                shown.parse::<Date>().as_ref(),
                Ok(&date),
                "{text:?} -> {shown}"
            );
            assert_eq!(
                read_numbers(text),
                Some((date.year(), date.month().number(), date.day())),
                "{text:?} parsed as {shown}"
            );
        }
        Err(err) => {
            let _ = err.to_string();
            if let Error::Parse {
                input, position, ..
            } = &err
            {
                assert_eq!(input, text);
                assert!(
                    text.is_char_boundary(*position),
                    "position {position} of {text:?} is not a char boundary"
                );
            }
        }
    }
}

/// The three numbers of `Y-M-D` written with one of `-/.` and any digits, read
/// independently of the crate; `None` for any other shape.
fn read_numbers(text: &str) -> Option<(i32, u8, u8)> {
    let separator = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, max_len: usize| -> Option<u32> {
        let digits: Option<Vec<u32>> = s
            .chars()
            .map(|c| match c {
                '0'..='9' => Some(c as u32 - '0' as u32),
                '۰'..='۹' => Some(c as u32 - '۰' as u32),
                '٠'..='٩' => Some(c as u32 - '٠' as u32),
                _ => None,
            })
            .collect();
        let digits = digits?;
        if digits.is_empty() || digits.len() > max_len {
            return None;
        }
        Some(digits.iter().fold(0, |n, d| n * 10 + d))
    };
    Some((
        i32::try_from(number(y, 4)?).ok()?,
        u8::try_from(number(m, 2)?).ok()?,
        u8::try_from(number(d, 2)?).ok()?,
    ))
}

/// The formatter: the first three bytes pick a date in the supported range,
/// the fourth the digits and whether to pad, the rest is the pattern (invalid
/// UTF-8 replaced by U+FFFD). A pattern is rejected with a `Parse` error at a
/// `%` of the pattern, or accepted and then displays without error in every
/// digit script; a pattern without `%` is copied as it is.
pub fn format(data: &[u8]) {
    let [a, b, c, options, rest @ ..] = data else {
        return;
    };
    let span = u32::try_from(Date::MAX.to_fixed() - Date::MIN.to_fixed() + 1).expect("positive");
    let offset = u32::from_le_bytes([*a, *b, *c, 0]) % span;
    let fixed = Date::MIN.to_fixed() + i32::try_from(offset).expect("fits");
    let date = Date::from_fixed(fixed).expect("in range by construction");
    let digits = match options % 3 {
        0 => Digits::Latin,
        1 => Digits::Persian,
        _ => Digits::ArabicIndic,
    };
    let pattern = String::from_utf8_lossy(rest);
    let pattern = pattern.as_ref();
    match date.format(pattern) {
        Ok(formatted) => {
            let formatted = formatted.with_digits(digits);
            assert_eq!(formatted.digits(), digits);
            let shown = formatted.to_string();
            if options & 4 != 0 {
                let padded = format!("{formatted:>40}");
                assert!(
                    padded.ends_with(&shown),
                    "{padded:?} does not end with {shown:?}"
                );
            }
            if !pattern.contains('%') {
                assert_eq!(shown, pattern);
            }
        }
        Err(Error::Parse {
            input, position, ..
        }) => {
            assert_eq!(input, pattern);
            assert_eq!(
                pattern.get(position..position + 1),
                Some("%"),
                "error position {position} of {pattern:?} is not a '%'"
            );
        }
        Err(other) => panic!("format({pattern:?}) failed with {other:?}"),
    }
}
