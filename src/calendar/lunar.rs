//! The arithmetical (tabular) Islamic calendar, for lunar Hijri dates found in text.
//!
//! Iran's official lunar calendar follows the sighting of the new moon, which
//! the arithmetic cannot know: a converted date may be a day or two off. The
//! extractor says so in its docs. This is the common civil variant: 11 leap
//! years in 30 (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), odd months of
//! 30 days, even months of 29, and a 30th day of Dhu al-Hijja in leap years;
//! 1 Muharram 1 = 16 July 622 (Julian) = fixed day 227015.

/// The fixed day (Rata Die) of 1 Muharram AH 1.
const EPOCH: i64 = 227_015;

/// Whether lunar `year` has a 30th of Dhu al-Hijja.
fn is_leap(year: i64) -> bool {
    (14 + 11 * year).rem_euclid(30) < 11
}

/// The number of days in lunar month `month` (1..=12) of `year`.
pub(crate) fn month_length(year: i64, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && is_leap(year)) {
        30
    } else {
        29
    }
}

/// The fixed day of a valid lunar date, or `None` for an impossible one.
pub(crate) fn to_fixed(year: i64, month: u8, day: u8) -> Option<i64> {
    if !(1..=12).contains(&month) || day == 0 || day > month_length(year, month) {
        return None;
    }
    let m = i64::from(month);
    Some(
        EPOCH - 1
            + (year - 1) * 354
            + (3 + 11 * year).div_euclid(30)
            + 29 * (m - 1)
            + m.div_euclid(2)
            + i64::from(day),
    )
}

/// The fixed day of a lunar date as written in a text: [`to_fixed`], and
/// also a 30th of a month the arithmetic gives 29 days, which is the day
/// after its 29th. A month begins when the new moon is sighted, so any month
/// may have 30 days in fact («سی‌ام شوال ۱۳۹۹» stands in Iran's records);
/// only the arithmetic's guess at which ones is fixed.
pub(crate) fn to_fixed_sighted(year: i64, month: u8, day: u8) -> Option<i64> {
    match to_fixed(year, month, day) {
        None if day == 30 => to_fixed(year, month, 29).map(|fixed| fixed + 1),
        fixed => fixed,
    }
}

/// The lunar year that contains fixed day `fixed`.
pub(crate) fn year_of(fixed: i64) -> i64 {
    (30 * (fixed - EPOCH) + 10_646).div_euclid(10_631)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    fn rd(y: i32, m: u32, d: u32) -> i64 {
        i64::from(NaiveDate::from_ymd_opt(y, m, d).unwrap().num_days_from_ce())
    }

    #[test]
    fn epoch_is_16_july_622_julian() {
        // 16 July 622 Julian = 19 July 622 proleptic Gregorian.
        assert_eq!(to_fixed(1, 1, 1), Some(rd(622, 7, 19)));
    }

    #[test]
    fn known_tabular_dates() {
        // Tabular 1 Ramadan 1445 = 2024-03-11; 10 Muharram 1446 = 2024-07-17
        // (the probe sentences note Iran observed Ashura a day earlier).
        assert_eq!(to_fixed(1445, 9, 1), Some(rd(2024, 3, 11)));
        assert_eq!(to_fixed(1446, 1, 10), Some(rd(2024, 7, 17)));
    }

    #[test]
    fn a_sighted_30th_is_the_day_after_the_29th() {
        // Shawwal (10) has 29 days in the arithmetic; Ramadan (9) has 30.
        assert_eq!(to_fixed(1399, 10, 30), None);
        assert_eq!(
            to_fixed_sighted(1399, 10, 30),
            to_fixed(1399, 10, 29).map(|f| f + 1)
        );
        assert_eq!(to_fixed_sighted(1399, 9, 30), to_fixed(1399, 9, 30));
        assert_eq!(to_fixed_sighted(1399, 10, 31), None);
        assert_eq!(to_fixed_sighted(1399, 13, 1), None);
    }

    #[test]
    fn year_of_inverts_to_fixed() {
        for year in [1, 2, 29, 30, 31, 1399, 1445, 1446, 1500] {
            let first = to_fixed(year, 1, 1).unwrap();
            assert_eq!(year_of(first), year);
            assert_eq!(year_of(first - 1), year - 1);
            let len = if is_leap(year) { 355 } else { 354 };
            assert_eq!(to_fixed(year + 1, 1, 1).unwrap() - first, len);
        }
    }
}
