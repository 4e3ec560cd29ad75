//! The `serde` feature: a `Date` is the string "YYYY-MM-DD".

use shamsi::Date;

#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Event {
    name: String,
    on: Date,
}

#[test]
fn serializes_as_a_string() {
    let d = Date::new(1403, 11, 30).unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), r#""1403-11-30""#);
    assert_eq!(
        serde_json::to_string(&Date::MIN).unwrap(),
        r#""0001-01-01""#
    );
    let e = Event {
        name: "x".into(),
        on: d,
    };
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"name":"x","on":"1403-11-30"}"#
    );
}

#[test]
fn deserializes_through_from_str() {
    let d = Date::new(1403, 11, 30).unwrap();
    for text in [r#""1403-11-30""#, r#""1403/11/30""#, r#""۱۴۰۳-۱۱-۳۰""#] {
        assert_eq!(serde_json::from_str::<Date>(text).unwrap(), d, "{text}");
    }
    let e: Event = serde_json::from_str(r#"{"name":"x","on":"1403-11-30"}"#).unwrap();
    assert_eq!(e.on, d);
}

#[test]
fn round_trips_every_first_of_month() {
    for d in Date::MIN.iter_days().step_by(30).take(36_000) {
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
    }
}

#[test]
fn bad_input_gives_a_clear_error() {
    let err = |json: &str| serde_json::from_str::<Date>(json).unwrap_err().to_string();
    assert!(err(r#""1404-12-30""#).starts_with("day 30 is invalid for Esfand 1404"));
    assert!(err(r#""1403-13-01""#).starts_with("month 13 is invalid"));
    assert!(err(r#""3001-01-01""#).starts_with("year 3001 is out of range"));
    assert!(err(r#""1403-11-30x""#)
        .starts_with("cannot parse \"1403-11-30x\" as a date at byte 10: trailing characters"));
    assert!(
        err("14031130").contains("a Solar Hijri date string"),
        "{}",
        err("14031130")
    );
    assert!(err("null").contains("a Solar Hijri date string"));
}
