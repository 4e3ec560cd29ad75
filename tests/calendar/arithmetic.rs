//! Arithmetic at the edges: month clamping, years, the ends of the range, iteration.

use chrono::{Months, NaiveDate};
use shamsi::Date;

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

#[test]
fn add_months_clamps_like_chrono() {
    // chrono's own behaviour, for comparison: the day is clamped to the month's end.
    let jan31 = NaiveDate::from_ymd_opt(2025, 1, 31).unwrap();
    assert_eq!(
        jan31.checked_add_months(Months::new(1)),
        NaiveDate::from_ymd_opt(2025, 2, 28)
    );

    let cases = [
        ((1404, 6, 31), 1, Some((1404, 7, 30))),
        ((1404, 6, 31), 6, Some((1404, 12, 29))),
        ((1403, 6, 31), 6, Some((1403, 12, 30))), // leap year
        ((1403, 12, 30), 12, Some((1404, 12, 29))),
        ((1403, 12, 30), 1, Some((1404, 1, 30))),
        ((1404, 1, 31), -1, Some((1403, 12, 30))),
        ((1404, 1, 31), -2, Some((1403, 11, 30))),
        ((1404, 5, 15), 0, Some((1404, 5, 15))),
        ((1404, 1, 15), -1, Some((1403, 12, 15))),
        ((1, 1, 1), -1, None),
        ((3000, 12, 1), 1, None),
        ((3000, 11, 30), 1, Some((3000, 12, 30))),
    ];
    for ((y, m, d), k, expected) in cases {
        let expected = expected.map(|(y, m, d)| date(y, m, d));
        assert_eq!(
            date(y, m, d).checked_add_months(k),
            expected,
            "{y}-{m}-{d} + {k} months"
        );
    }
    assert_eq!(Date::MIN.checked_add_months(i64::MAX), None);
    assert_eq!(Date::MAX.checked_add_months(i64::MIN), None);
}

#[test]
fn add_years() {
    assert_eq!(
        date(1403, 12, 30).checked_add_years(1),
        Some(date(1404, 12, 29))
    );
    assert_eq!(
        date(1403, 12, 30).checked_add_years(5),
        Some(date(1408, 12, 30))
    );
    assert_eq!(
        date(1403, 12, 30).checked_add_years(-1),
        Some(date(1402, 12, 29))
    );
    assert_eq!(
        date(2999, 1, 1).checked_add_years(1),
        Some(date(3000, 1, 1))
    );
    assert_eq!(date(2999, 1, 1).checked_add_years(2), None);
    assert_eq!(date(1, 5, 5).checked_add_years(-1), None);
    assert_eq!(Date::MIN.checked_add_years(i64::MAX), None);
}

#[test]
fn days_at_the_ends_of_the_range() {
    assert_eq!(Date::MAX.checked_add_days(1), None);
    assert_eq!(Date::MIN.checked_sub_days(1), None);
    assert_eq!(Date::MIN.checked_add_days(i64::MAX), None);
    assert_eq!(Date::MIN.checked_sub_days(i64::MIN), None);
    assert_eq!(Date::MAX.checked_add_days(i64::MIN), None);
    let span = i64::from(Date::MAX.days_since(Date::MIN));
    assert_eq!(span, 1_095_726);
    assert_eq!(Date::MIN.checked_add_days(span), Some(Date::MAX));
    assert_eq!(Date::MAX.checked_sub_days(span), Some(Date::MIN));
    assert_eq!(Date::MIN.checked_add_days(span + 1), None);
    assert_eq!(Date::MIN.pred(), None);
    assert_eq!(Date::MAX.succ(), None);
}

#[test]
fn iter_days() {
    let days: Vec<Date> = date(1403, 12, 28).iter_days().take(4).collect();
    assert_eq!(
        days,
        [
            date(1403, 12, 28),
            date(1403, 12, 29),
            date(1403, 12, 30),
            date(1404, 1, 1)
        ]
    );

    // A whole year, and it agrees with chrono's day-by-day iteration.
    let year: Vec<Date> = date(1403, 1, 1)
        .iter_days()
        .take_while(|d| d.year() == 1403)
        .collect();
    assert_eq!(year.len(), 366);
    let greg: Vec<NaiveDate> = NaiveDate::from(date(1403, 1, 1))
        .iter_days()
        .take(366)
        .collect();
    assert_eq!(
        year.iter().map(|&d| NaiveDate::from(d)).collect::<Vec<_>>(),
        greg
    );

    // It ends after Date::MAX and stays ended (FusedIterator).
    let mut tail = date(3000, 12, 29).iter_days();
    assert_eq!(tail.next(), Some(date(3000, 12, 29)));
    assert_eq!(tail.next(), Some(Date::MAX));
    assert_eq!(tail.next(), None);
    assert_eq!(tail.next(), None);
}

#[test]
fn month_and_year_boundaries() {
    let d = date(1403, 11, 30);
    assert_eq!(d.first_of_month(), date(1403, 11, 1));
    assert_eq!(d.last_of_month(), d);
    assert_eq!(d.first_of_year(), date(1403, 1, 1));
    assert_eq!(d.last_of_year(), date(1403, 12, 30));
    assert_eq!(d.day_of_year(), 336);
    assert_eq!(date(1403, 6, 31).succ(), Some(date(1403, 7, 1)));
    assert_eq!(date(1404, 12, 29).succ(), Some(date(1405, 1, 1)));
    assert_eq!(date(1405, 1, 1).pred(), Some(date(1404, 12, 29)));
}
