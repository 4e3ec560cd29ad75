//! The strftime-style formatter.

use shamsi::{weekday_name_fa, Date, Digits, Error};

const ZWNJ: char = '\u{200C}';

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn render(d: Date, pattern: &str, digits: Digits) -> String {
    d.format(pattern).unwrap().with_digits(digits).to_string()
}

#[test]
fn the_four_renderings_of_the_issue() {
    let d = date(1403, 11, 30);
    assert_eq!(render(d, "%e %B %Y", Digits::Persian), "۳۰ بهمن ۱۴۰۳");
    assert_eq!(
        render(d, "%A %e %B %Y", Digits::Persian),
        format!("سه{ZWNJ}شنبه ۳۰ بهمن ۱۴۰۳")
    );
    assert_eq!(render(d, "%Y/%m/%d", Digits::Latin), "1403/11/30");
    assert_eq!(render(d, "%e %b %Y", Digits::Latin), "30 Bahman 1403");
    // Latin digits are the default.
    assert_eq!(d.format("%Y/%m/%d").unwrap().to_string(), "1403/11/30");
}

#[test]
fn every_directive() {
    let d = date(1404, 1, 5); // a Tuesday
    let cases = [
        ("%Y", "1404"),
        ("%y", "04"),
        ("%m", "01"),
        ("%d", "05"),
        ("%e", "5"),
        ("%j", "005"),
        ("%F", "1404-01-05"),
        ("%B", "فروردین"),
        ("%b", "Farvardin"),
        ("%A", "سه\u{200C}شنبه"),
        ("%a", "Tuesday"),
        ("%%", "%"),
        ("%-Y", "1404"),
        ("%-y", "4"),
        ("%-m", "1"),
        ("%-d", "5"),
        ("%-j", "5"),
        ("", ""),
        ("no directives", "no directives"),
        ("100%% %Y", "100% 1404"),
        ("تاریخ: %Y", "تاریخ: 1404"),
    ];
    for (pattern, expected) in cases {
        assert_eq!(render(d, pattern, Digits::Latin), expected, "{pattern:?}");
    }
    let early = date(7, 12, 29);
    assert_eq!(render(early, "%Y %y %j", Digits::Latin), "0007 07 365");
    assert_eq!(render(early, "%-Y", Digits::Latin), "7");
    assert_eq!(render(date(1403, 12, 30), "%j", Digits::Latin), "366");
}

#[test]
fn digits_change_only_the_numbers() {
    let d = date(1403, 2, 9);
    assert_eq!(render(d, "%Y-%m-%d 2x", Digits::Persian), "۱۴۰۳-۰۲-۰۹ 2x");
    assert_eq!(render(d, "%F", Digits::ArabicIndic), "١٤٠٣-٠٢-٠٩");
    assert_eq!(render(d, "%e %B", Digits::Persian), "۹ اردیبهشت");
    assert_eq!(
        d.format("%F")
            .unwrap()
            .with_digits(Digits::Persian)
            .digits(),
        Digits::Persian
    );
}

#[test]
fn width_and_alignment_apply_to_the_whole() {
    let d = date(1403, 11, 30);
    assert_eq!(format!("{:>12}|", d.format("%F").unwrap()), "  1403-11-30|");
    assert_eq!(format!("{:<12}|", d.format("%F").unwrap()), "1403-11-30  |");
    assert_eq!(
        format!(
            "{:*^14}",
            d.format("%F").unwrap().with_digits(Digits::Persian)
        ),
        "**۱۴۰۳-۱۱-۳۰**"
    );
}

#[test]
fn weekday_names_over_a_week() {
    // 1404-01-01 is a Friday; the Iranian week runs Saturday..Friday.
    let names: Vec<String> = date(1404, 1, 2)
        .iter_days()
        .take(7)
        .map(|d| render(d, "%A", Digits::Latin))
        .collect();
    let expected = [
        "شنبه",
        "یکشنبه",
        "دوشنبه",
        "سه\u{200C}شنبه",
        "چهارشنبه",
        "پنج\u{200C}شنبه",
        "جمعه",
    ];
    assert_eq!(names, expected);
    for d in date(1404, 1, 2).iter_days().take(7) {
        assert_eq!(weekday_name_fa(d.weekday()), render(d, "%A", Digits::Latin));
    }
}

#[test]
fn month_names_over_a_year() {
    let d = date(1404, 1, 1);
    let names: Vec<String> = (0..12)
        .map(|k| render(d.checked_add_months(k).unwrap(), "%B %b", Digits::Latin))
        .collect();
    assert_eq!(names.first().map(String::as_str), Some("فروردین Farvardin"));
    assert_eq!(names.last().map(String::as_str), Some("اسفند Esfand"));
    assert_eq!(names.get(3).map(String::as_str), Some("تیر Tir"));
}

#[test]
fn bad_patterns_are_errors_not_garbage() {
    let d = date(1403, 11, 30);
    let cases: &[(&str, usize, &str)] = &[
        ("%Q", 0, "unknown format directive"),
        ("%Y-%m-%x", 6, "unknown format directive"),
        (
            "%Y %",
            3,
            "incomplete format directive at the end of the pattern",
        ),
        (
            "%-",
            0,
            "incomplete format directive at the end of the pattern",
        ),
        ("%-B", 0, "the '-' flag applies only to a padded number"),
        ("%-e", 0, "the '-' flag applies only to a padded number"),
        ("%-%", 0, "the '-' flag applies only to a padded number"),
        ("ماه %ب", 7, "unknown format directive"),
        (
            "%Y%%%",
            4,
            "incomplete format directive at the end of the pattern",
        ),
    ];
    for &(pattern, position, reason) in cases {
        assert_eq!(
            d.format(pattern),
            Err(Error::Parse {
                input: pattern.to_owned(),
                position,
                reason
            }),
            "{pattern:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_and_always_displays(pattern in "[%a-zA-Z0-9 \\-/ب]{0,12}", n in 226_896i32..1_322_000) {
        if let Ok(d) = Date::from_fixed(n) {
            if let Ok(f) = d.format(&pattern) {
                let _ = f.with_digits(Digits::Persian).to_string();
                let _ = f.to_string();
            }
        }
    }

    #[test]
    fn iso_pattern_matches_display(n in 226_896i32..1_322_000) {
        if let Ok(d) = Date::from_fixed(n) {
            proptest::prop_assert_eq!(d.format("%Y-%m-%d").unwrap().to_string(), d.to_string());
            proptest::prop_assert_eq!(d.format("%F").unwrap().to_string().parse::<Date>(), Ok(d));
            let persian = d.format("%Y/%m/%d").unwrap().with_digits(Digits::Persian).to_string();
            proptest::prop_assert_eq!(persian.parse::<Date>(), Ok(d));
        }
    }
}
