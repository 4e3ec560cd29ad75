//! `FromStr for Date`: what it accepts, and where and why it rejects the rest.

use proptest::prelude::*;
use shamsi::{Date, Error};

fn ok(input: &str) -> (i32, u8, u8) {
    let d: Date = input.parse().unwrap_or_else(|e| panic!("{input:?}: {e}"));
    (d.year(), d.month().number(), d.day())
}

#[test]
fn accepts_separators_and_digit_scripts() {
    let cases = [
        ("1403-11-30", (1403, 11, 30)),
        ("1403/11/30", (1403, 11, 30)),
        ("1403.11.30", (1403, 11, 30)),
        ("1403-1-5", (1403, 1, 5)),
        ("1403-01-05", (1403, 1, 5)),
        ("1-1-1", (1, 1, 1)),
        ("0001-01-01", (1, 1, 1)),
        ("88/1/1", (88, 1, 1)),
        ("3000-12-30", (3000, 12, 30)),
        ("۱۴۰۳-۱۱-۳۰", (1403, 11, 30)),
        ("۱۴۰۳/۱۱/۳۰", (1403, 11, 30)),
        ("١٤٠٣/١١/٣٠", (1403, 11, 30)),
        ("١٤٠٣.١١.٣٠", (1403, 11, 30)),
        ("1۴٠3-1١-۳0", (1403, 11, 30)),
        ("۱۴۰۴/۱/۱", (1404, 1, 1)),
    ];
    for (input, expected) in cases {
        assert_eq!(ok(input), expected, "{input:?}");
    }
}

#[test]
fn rejects_malformed_text_with_position_and_reason() {
    const SEP: &str = "expected '-', '/' or '.'";
    const DIGIT: &str = "expected a digit";
    const TRAILING: &str = "trailing characters after the date";
    let cases: &[(&str, usize, &str)] = &[
        ("", 0, "empty input"),
        (" 1403-11-30", 0, DIGIT),
        ("+1403-11-30", 0, DIGIT),
        ("-1403-11-30", 0, DIGIT),
        ("abcd", 0, DIGIT),
        ("１４０３-１１-３０", 0, DIGIT), // fullwidth digits are not accepted
        ("1403-11-30 ", 10, TRAILING),
        ("1403-11-30\n", 10, TRAILING),
        ("1403-11-30T00:00", 10, TRAILING),
        ("1403-11-30-1", 10, TRAILING),
        ("1403", 4, SEP),
        ("1403_11_30", 4, SEP),
        ("1403 11 30", 4, SEP),
        ("1403,11,30", 4, SEP),
        ("1403-", 5, DIGIT),
        ("1403--11-30", 5, DIGIT),
        ("1403-+1-30", 5, DIGIT),
        (
            "1403-11",
            7,
            "expected '-', the separator used after the year",
        ),
        (
            "1403-11/30",
            7,
            "expected '-', the separator used after the year",
        ),
        (
            "1403/11-30",
            7,
            "expected '/', the separator used after the year",
        ),
        (
            "1403.11/30",
            7,
            "expected '.', the separator used after the year",
        ),
        (
            "1403-1\u{200C}1-30",
            6,
            "expected '-', the separator used after the year",
        ),
        ("1403-11-", 8, DIGIT),
        ("1403-11-x", 8, DIGIT),
        ("14030-11-30", 4, "year has more than 4 digits"),
        ("01403-11-30", 4, "year has more than 4 digits"),
        ("1403-111-30", 7, "month has more than 2 digits"),
        ("1403-011-30", 7, "month has more than 2 digits"),
        ("1403-11-300", 10, "day has more than 2 digits"),
        // Persian digits are two bytes each: positions count bytes.
        ("۱۴۰۳-۱۱-۳۰x", 18, TRAILING),
        ("۱۴۰۳ ۱۱ ۳۰", 8, SEP),
        ("١٤٠٣٤-1-1", 8, "year has more than 4 digits"),
    ];
    for &(input, position, reason) in cases {
        let err = input.parse::<Date>().unwrap_err();
        assert_eq!(
            err,
            Error::Parse {
                input: input.to_owned(),
                position,
                reason
            },
            "{input:?}"
        );
        assert!(input.is_char_boundary(position));
    }
}

#[test]
fn well_formed_but_impossible_dates_get_calendar_errors() {
    let range = |year| Error::OutOfRange {
        year,
        min: 1,
        max: 3000,
    };
    assert_eq!("0-01-01".parse::<Date>(), Err(range(0)));
    assert_eq!("0000-01-01".parse::<Date>(), Err(range(0)));
    assert_eq!("3001-01-01".parse::<Date>(), Err(range(3001)));
    assert_eq!("9999-99-99".parse::<Date>(), Err(range(9999)));
    assert_eq!("۹۹۹۹/۱/۱".parse::<Date>(), Err(range(9999)));
    assert_eq!(
        "1403-13-01".parse::<Date>(),
        Err(Error::InvalidMonth { month: 13 })
    );
    assert_eq!(
        "1403-0-01".parse::<Date>(),
        Err(Error::InvalidMonth { month: 0 })
    );
    assert_eq!(
        "1403-99-01".parse::<Date>(),
        Err(Error::InvalidMonth { month: 99 })
    );
    assert_eq!(
        "1404-12-30".parse::<Date>(),
        Err(Error::InvalidDay {
            year: 1404,
            month: 12,
            day: 30,
            max: 29
        })
    );
    assert_eq!(
        "1404/7/31".parse::<Date>(),
        Err(Error::InvalidDay {
            year: 1404,
            month: 7,
            day: 31,
            max: 30
        })
    );
    assert_eq!(
        "1404-01-00".parse::<Date>(),
        Err(Error::InvalidDay {
            year: 1404,
            month: 1,
            day: 0,
            max: 31
        })
    );
    assert_eq!(
        "1404-01-99".parse::<Date>(),
        Err(Error::InvalidDay {
            year: 1404,
            month: 1,
            day: 99,
            max: 31
        })
    );
}

/// Writes ASCII digits in the script chosen per character by `scripts`.
fn in_scripts(text: &str, scripts: &[u8]) -> String {
    text.chars()
        .zip(scripts.iter().cycle())
        .map(|(c, &s)| match (c.to_digit(10), s % 3) {
            (Some(d), 1) => char::from_u32(0x06F0 + d).unwrap(),
            (Some(d), 2) => char::from_u32(0x0660 + d).unwrap(),
            _ => c,
        })
        .collect()
}

fn any_date() -> impl Strategy<Value = Date> {
    (Date::MIN.to_fixed()..=Date::MAX.to_fixed()).prop_map(|n| Date::from_fixed(n).unwrap())
}

proptest! {
    #[test]
    fn never_panics_on_any_text(input in any::<String>()) {
        if let Ok(d) = input.parse::<Date>() {
            prop_assert_eq!(d.to_string().parse::<Date>(), Ok(d));
        }
    }

    #[test]
    fn never_panics_on_near_misses(input in "[0-9۰-۹٠-٩/.\\- +a\u{200C}]{0,14}") {
        match input.parse::<Date>() {
            Ok(d) => prop_assert!(Date::MIN <= d && d <= Date::MAX),
            Err(Error::Parse { position, .. }) => prop_assert!(input.is_char_boundary(position) && position <= input.len()),
            Err(_) => {}
        }
    }

    #[test]
    fn display_round_trips(d in any_date()) {
        prop_assert_eq!(d.to_string().parse::<Date>(), Ok(d));
    }

    #[test]
    fn any_script_and_separator_round_trips(
        d in any_date(),
        scripts in proptest::collection::vec(any::<u8>(), 1..12),
        sep in prop::sample::select(vec!['-', '/', '.']),
        padded in any::<bool>(),
    ) {
        let text = if padded {
            format!("{:04}{sep}{:02}{sep}{:02}", d.year(), d.month().number(), d.day())
        } else {
            format!("{}{sep}{}{sep}{}", d.year(), d.month().number(), d.day())
        };
        let text = in_scripts(&text, &scripts);
        prop_assert_eq!(text.parse::<Date>(), Ok(d), "{}", text);
    }
}
