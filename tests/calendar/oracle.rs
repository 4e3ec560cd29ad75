//! The plain 33-year rule, kept here only as an oracle: it documents where the
//! common arithmetic calendar (date-fns-jalali, jdatetime, most crates) is wrong.

use chrono::Datelike;

use super::data;

/// 1 Farvardin under the plain 33-year rule, as a fixed day (chrono's `num_days_from_ce`).
fn plain_nowruz(year: i64) -> i64 {
    226_895 + 365 * (year - 1) + (8 * year + 21).div_euclid(33)
}

/// The plain rule's leap test, in its usual form.
fn plain_is_leap(year: i64) -> bool {
    (25 * year + 11).rem_euclid(33) < 8
}

#[test]
fn plain_leap_test_is_the_plain_nowruz_difference() {
    for y in 1..=3000 {
        assert_eq!(
            plain_nowruz(y + 1) - plain_nowruz(y) == 366,
            plain_is_leap(y),
            "{y}"
        );
    }
}

#[test]
fn where_the_plain_33_year_rule_fails() {
    let wrong: Vec<(i32, i64)> = data::nowruz()
        .iter()
        .filter_map(|row| {
            let diff = i64::from(row.nowruz.num_days_from_ce()) - plain_nowruz(i64::from(row.year));
            (diff != 0).then_some((row.year, diff))
        })
        .collect();

    // Wrong by one day in 148 years, none by more.
    assert_eq!(wrong.len(), 148);
    assert!(wrong.iter().all(|&(_, d)| d == 1 || d == -1));
    // Right for 1178..=1502 and nowhere else for long: wrong in 1177 and again in 1503.
    assert!(wrong.iter().all(|&(y, _)| !(1178..=1502).contains(&y)));
    assert!(wrong.contains(&(1177, 1)));
    assert!(wrong.contains(&(1503, -1)));
    // Before: the true Nowruz is a day later; after: a day earlier.
    assert!(wrong.iter().all(|&(y, d)| (y < 1178) == (d == 1)));

    // So the plain rule calls 1502 leap and 1503 common; the truth is the other way round.
    assert!(plain_is_leap(1502));
    assert_eq!(shamsi::is_leap_year(1502), Ok(false));
    assert!(!plain_is_leap(1503));
    assert_eq!(shamsi::is_leap_year(1503), Ok(true));
}
