//! Every year of the range against the astronomical table, and the official table.

use chrono::{Days, NaiveDate};
use shamsi::{days_in_year, is_leap_year, Date, Error, Month};

use super::data;

#[test]
fn every_nowruz_both_directions() {
    let rows = data::nowruz();
    for row in &rows {
        let y = row.year;
        let first = Date::new(y, 1, 1).unwrap();
        assert_eq!(
            NaiveDate::from(first),
            row.nowruz,
            "1 Farvardin {y} -> gregorian"
        );
        assert_eq!(
            Date::try_from(row.nowruz),
            Ok(first),
            "{} -> 1 Farvardin {y}",
            row.nowruz
        );
        assert_eq!(
            first.weekday(),
            chrono::Datelike::weekday(&row.nowruz),
            "weekday of 1 Farvardin {y}"
        );

        // The day before Nowruz is the last day of the previous year.
        let eve = row.nowruz - Days::new(1);
        if y == 1 {
            assert!(matches!(
                Date::try_from(eve),
                Err(Error::GregorianOutOfRange { .. })
            ));
            continue;
        }
        let prev_leap = rows[(y - 2) as usize].leap;
        let last = Date::new(y - 1, 12, if prev_leap { 30 } else { 29 }).unwrap();
        assert_eq!(
            Date::try_from(eve),
            Ok(last),
            "{eve} -> last day of {}",
            y - 1
        );
        assert_eq!(
            NaiveDate::from(last),
            eve,
            "last day of {} -> gregorian",
            y - 1
        );
        assert_eq!(first.pred(), Some(last));
        assert_eq!(last.succ(), Some(first));
    }
}

#[test]
fn every_leap_flag() {
    let rows = data::nowruz();
    for (i, row) in rows.iter().enumerate() {
        let y = row.year;
        assert_eq!(is_leap_year(y), Ok(row.leap), "leap flag of {y}");
        assert_eq!(
            days_in_year(y),
            Ok(if row.leap { 366 } else { 365 }),
            "length of {y}"
        );
        assert_eq!(Month::Esfand.length(y), Ok(if row.leap { 30 } else { 29 }));
        assert_eq!(Date::new(y, 12, 30).is_ok(), row.leap, "30 Esfand {y}");
        // The table agrees with itself: the leap flag is the distance to the next Nowruz.
        if let Some(next) = rows.get(i + 1) {
            let len = next.nowruz.signed_duration_since(row.nowruz).num_days();
            assert_eq!(len, if row.leap { 366 } else { 365 }, "table length of {y}");
        }
    }
}

#[test]
fn official_calendar_center_table() {
    for row in data::official() {
        let first = Date::new(row.year, 1, 1).unwrap();
        assert_eq!(
            NaiveDate::from(first),
            row.nowruz,
            "official Nowruz {}",
            row.year
        );
        assert_eq!(Date::try_from(row.nowruz), Ok(first));
        assert_eq!(
            is_leap_year(row.year),
            Ok(row.leap),
            "official leap flag {}",
            row.year
        );
    }
}

#[test]
fn range_ends() {
    assert_eq!(
        NaiveDate::from(Date::MIN),
        NaiveDate::from_ymd_opt(622, 3, 22).unwrap()
    );
    assert_eq!(
        NaiveDate::from(Date::MAX),
        NaiveDate::from_ymd_opt(3622, 3, 20).unwrap()
    );
    let last_row = *data::nowruz().last().unwrap();
    assert_eq!(Date::MAX.in_leap_year(), last_row.leap);
    assert_eq!(Date::MAX.first_of_year().to_gregorian(), last_row.nowruz);
}
