//! Every day of SH 1..=3000, one after the other, against chrono.

use chrono::{Datelike, NaiveDate};
use shamsi::Date;

#[test]
fn every_day_round_trips_and_follows_the_previous_one() {
    let first = NaiveDate::from_ymd_opt(622, 3, 22).unwrap();
    let last = NaiveDate::from_ymd_opt(3622, 3, 20).unwrap();

    let mut greg = first;
    let mut date = Date::try_from(first).unwrap();
    assert_eq!(date, Date::MIN);
    let mut count: u32 = 1;
    loop {
        // Date -> NaiveDate -> Date, and the fixed day number.
        assert_eq!(NaiveDate::from(date), greg);
        assert_eq!(date.to_fixed(), greg.num_days_from_ce());
        assert_eq!(date.weekday(), greg.weekday());
        assert_eq!(
            Date::new(date.year(), date.month().number(), date.day()),
            Ok(date)
        );
        assert_eq!(
            Date::from_ordinal(date.year(), date.day_of_year()),
            Ok(date)
        );

        if greg == last {
            assert_eq!(date, Date::MAX);
            assert_eq!(date.succ(), None);
            break;
        }
        let next_greg = greg.succ_opt().unwrap();
        let next = Date::try_from(next_greg).unwrap();

        // Continuity: one fixed day later, the next weekday, and the civil
        // successor: next day of the month, else 1st of the next month, else 1 Farvardin.
        assert_eq!(next.to_fixed(), date.to_fixed() + 1);
        assert_eq!(next.weekday(), date.weekday().succ());
        let (y, m, d) = (date.year(), date.month().number(), date.day());
        let civil = (next.year(), next.month().number(), next.day());
        if d < date.days_in_month() {
            assert_eq!(civil, (y, m, d + 1), "after {date}");
        } else if m < 12 {
            assert_eq!(civil, (y, m + 1, 1), "after {date}");
        } else {
            assert_eq!(civil, (y + 1, 1, 1), "after {date}");
        }
        assert!(next > date);
        assert_eq!(date.succ(), Some(next));
        assert_eq!(next.pred(), Some(date));

        date = next;
        greg = next_greg;
        count += 1;
    }
    // 3000 years of 365 days plus one per leap year, and the range is gapless.
    assert_eq!(count as i64, (last - first).num_days() + 1);
    assert_eq!(count, 1_095_727);
}

#[test]
fn iter_days_visits_every_day_once() {
    let n = Date::MIN.iter_days().count();
    assert_eq!(n as i64, Date::MAX.days_since(Date::MIN) as i64 + 1);
}
