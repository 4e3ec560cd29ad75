//! Each error variant carries the values and displays them with the valid range.

use chrono::NaiveDate;
use shamsi::{Date, Error, Month};

#[test]
fn out_of_range_year() {
    for year in [0, -5, 3001, 9999] {
        let err = Date::new(year, 1, 1).unwrap_err();
        assert_eq!(
            err,
            Error::OutOfRange {
                year: i64::from(year),
                min: 1,
                max: 3000
            }
        );
        let text = err.to_string();
        assert!(
            text.contains(&year.to_string()) && text.contains("1..=3000"),
            "{text}"
        );
    }
    assert!(matches!(
        shamsi::is_leap_year(3001),
        Err(Error::OutOfRange { year: 3001, .. })
    ));
    assert!(matches!(
        shamsi::days_in_year(0),
        Err(Error::OutOfRange { year: 0, .. })
    ));
    assert!(matches!(
        Month::Esfand.length(3001),
        Err(Error::OutOfRange { year: 3001, .. })
    ));
}

#[test]
fn invalid_month() {
    for month in [0, 13, 255] {
        let err = Date::new(1403, month, 1).unwrap_err();
        assert_eq!(
            err,
            Error::InvalidMonth {
                month: i64::from(month)
            }
        );
        let text = err.to_string();
        assert!(
            text.contains(&format!("month {month}")) && text.contains("1..=12"),
            "{text}"
        );
    }
}

#[test]
fn invalid_day() {
    let cases = [
        (
            (1404, 12, 30),
            29,
            "day 30 is invalid for Esfand 1404: that month has days 1..=29",
        ),
        (
            (1404, 7, 31),
            30,
            "day 31 is invalid for Mehr 1404: that month has days 1..=30",
        ),
        (
            (1404, 1, 0),
            31,
            "day 0 is invalid for Farvardin 1404: that month has days 1..=31",
        ),
        (
            (1403, 12, 31),
            30,
            "day 31 is invalid for Esfand 1403: that month has days 1..=30",
        ),
    ];
    for ((y, m, d), max, text) in cases {
        let err = Date::new(y, m, d).unwrap_err();
        assert_eq!(
            err,
            Error::InvalidDay {
                year: y,
                month: m,
                day: i64::from(d),
                max
            }
        );
        assert_eq!(err.to_string(), text);
    }
}

#[test]
fn gregorian_out_of_range() {
    let before = NaiveDate::from_ymd_opt(622, 3, 21).unwrap();
    let err = Date::try_from(before).unwrap_err();
    assert!(matches!(err, Error::GregorianOutOfRange { date, .. } if date == before));
    let text = err.to_string();
    assert!(text.contains("0622-03-21"), "{text}");
    assert!(text.contains("0622-03-22..=3622-03-20"), "{text}");

    let after = NaiveDate::from_ymd_opt(3622, 3, 21).unwrap();
    assert!(Date::try_from(after)
        .unwrap_err()
        .to_string()
        .contains("3622-03-21"));
    assert!(Date::from_fixed(i32::MAX).is_err());
    assert!(Date::from_fixed(i32::MIN).is_err());
}

#[test]
fn parse_error_names_input_position_and_reason() {
    let err = "1403-11-3x".parse::<Date>().unwrap_err();
    assert_eq!(
        err,
        Error::Parse {
            input: "1403-11-3x".into(),
            position: 9,
            reason: "trailing characters after the date"
        }
    );
    assert_eq!(
        err.to_string(),
        "cannot parse \"1403-11-3x\" as a date at byte 9: trailing characters after the date"
    );
}

#[test]
fn messages_are_lowercase_without_a_trailing_period() {
    let errors = [
        Date::new(0, 1, 1).unwrap_err(),
        Date::new(1, 0, 1).unwrap_err(),
        Date::new(1, 1, 0).unwrap_err(),
        Date::try_from(NaiveDate::MIN).unwrap_err(),
        "".parse::<Date>().unwrap_err(),
    ];
    for err in errors {
        let text = err.to_string();
        assert!(text.starts_with(|c: char| c.is_lowercase()), "{text}");
        assert!(!text.ends_with('.'), "{text}");
    }
}
