//! Fixed conversion vectors (from the issue; each checked against nowruz.csv).

use chrono::{NaiveDate, Weekday};
use shamsi::{Date, Error};

fn g(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn vectors_both_directions() {
    let cases = [
        ((1403, 12, 30), g(2025, 3, 20)),
        ((1404, 1, 1), g(2025, 3, 21)),
        ((1408, 12, 30), g(2030, 3, 20)),
        ((1348, 10, 11), g(1970, 1, 1)),
        ((1502, 12, 29), g(2124, 3, 19)),
        ((1503, 1, 1), g(2124, 3, 20)),
        ((1601, 12, 30), g(2223, 3, 21)),
        ((1602, 1, 1), g(2223, 3, 22)),
        ((1, 1, 1), g(622, 3, 22)),
        ((3000, 12, 30), g(3622, 3, 20)),
        ((1403, 11, 30), g(2025, 2, 18)),
    ];
    for ((y, m, d), greg) in cases {
        let date = Date::new(y, m, d).unwrap();
        assert_eq!(NaiveDate::from(date), greg, "{date}");
        assert_eq!(Date::try_from(greg), Ok(date), "{greg}");
    }
}

#[test]
fn nowruz_1404_is_a_friday() {
    assert_eq!(Date::new(1404, 1, 1).unwrap().weekday(), Weekday::Fri);
}

#[test]
fn year_1404_has_no_30_esfand() {
    assert_eq!(
        Date::new(1404, 12, 30),
        Err(Error::InvalidDay {
            year: 1404,
            month: 12,
            day: 30,
            max: 29
        })
    );
}

#[test]
fn year_1502_is_common() {
    // The plain 33-year rule makes 1502 leap; the astronomical calendar does not.
    assert_eq!(shamsi::is_leap_year(1502), Ok(false));
    assert!(Date::new(1502, 12, 30).is_err());
}

#[test]
fn min_and_max() {
    assert_eq!(Date::MIN, Date::new(1, 1, 1).unwrap());
    assert_eq!(Date::MAX, Date::new(3000, 12, 30).unwrap());
    assert!(Date::try_from(g(622, 3, 21)).is_err());
    assert!(Date::try_from(g(3622, 3, 21)).is_err());
}
