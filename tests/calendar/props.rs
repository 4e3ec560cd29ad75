//! Properties over random days of the range, with chrono as the reference.

use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;
use shamsi::Date;

fn first() -> NaiveDate {
    NaiveDate::from_ymd_opt(622, 3, 22).unwrap()
}

fn last() -> NaiveDate {
    NaiveDate::from_ymd_opt(3622, 3, 20).unwrap()
}

/// A fixed day number in the supported range, per chrono.
fn any_fixed() -> impl Strategy<Value = i32> {
    first().num_days_from_ce()..=last().num_days_from_ce()
}

fn naive(fixed: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(fixed).unwrap()
}

/// The Solar Hijri date of a Gregorian date, or None outside the range.
fn sh(greg: NaiveDate) -> Option<Date> {
    Date::try_from(greg).ok()
}

proptest! {
    #[test]
    fn round_trip(n in any_fixed()) {
        let g = naive(n);
        let d = Date::try_from(g).unwrap();
        prop_assert_eq!(NaiveDate::from(d), g);
        prop_assert_eq!(d.to_fixed(), n);
        prop_assert_eq!(Date::from_fixed(n), Ok(d));
        prop_assert_eq!(d.weekday(), g.weekday());
    }

    #[test]
    fn order_is_chronological(a in any_fixed(), b in any_fixed()) {
        let (da, db) = (sh(naive(a)).unwrap(), sh(naive(b)).unwrap());
        prop_assert_eq!(da.cmp(&db), naive(a).cmp(&naive(b)));
        prop_assert_eq!(da.cmp(&db), a.cmp(&b));
        prop_assert_eq!(da == db, a == b);
    }

    #[test]
    fn add_and_sub_days_match_chrono(n in any_fixed(), k in -1_200_000i64..=1_200_000) {
        let d = sh(naive(n)).unwrap();
        let expected = naive(n).checked_add_signed(Duration::days(k)).and_then(sh);
        prop_assert_eq!(d.checked_add_days(k), expected);
        let expected = naive(n).checked_sub_signed(Duration::days(k)).and_then(sh);
        prop_assert_eq!(d.checked_sub_days(k), expected);
    }

    #[test]
    fn small_steps_match_chrono(n in any_fixed(), k in -400i64..=400) {
        let d = sh(naive(n)).unwrap();
        let expected = naive(n).checked_add_signed(Duration::days(k)).and_then(sh);
        prop_assert_eq!(d.checked_add_days(k), expected);
    }

    #[test]
    fn days_since_matches_chrono(a in any_fixed(), b in any_fixed()) {
        let (da, db) = (sh(naive(a)).unwrap(), sh(naive(b)).unwrap());
        let expected = naive(a).signed_duration_since(naive(b)).num_days();
        prop_assert_eq!(i64::from(da.days_since(db)), expected);
        prop_assert_eq!(db.checked_add_days(expected), Some(da));
    }

    #[test]
    fn add_months_keeps_the_day_or_clamps_it(n in any_fixed(), k in -40_000i64..=40_000) {
        let d = sh(naive(n)).unwrap();
        // The target month, by counting months; then the day, clamped like chrono
        // clamps 31 January + 1 month to 28/29 February.
        let index = i64::from(d.year()) * 12 + i64::from(d.month().number()) - 1 + k;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        let expected = (1..=d.day())
            .rev()
            .find_map(|day| Date::new(i32::try_from(year).ok()?, month as u8, day).ok());
        if (1..=3000).contains(&year) {
            prop_assert!(expected.is_some());
        }
        prop_assert_eq!(d.checked_add_months(k), expected);
        prop_assert_eq!(d.checked_add_years(k), d.checked_add_months(k * 12));
    }

    #[test]
    fn succ_and_pred_are_one_day(n in any_fixed()) {
        let d = sh(naive(n)).unwrap();
        prop_assert_eq!(d.succ(), naive(n).succ_opt().and_then(sh));
        prop_assert_eq!(d.pred(), naive(n).pred_opt().and_then(sh));
    }
}
