//! Values of relative dates: counted from the reference date.
//!
//! The Iranian week runs from Saturday (شنبه) to Friday (جمعه); months and
//! years are Solar Hijri unless an era marker names another calendar
//! («سال جاری میلادی»).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar::lunar;
use crate::extract::grammar::{Era, RelExpr, Unit};
use crate::extract::mention::{Calendar, Granularity, Point, Value};
use crate::Date;

/// The calendar a relative mention counts its months and years in.
pub(super) fn calendar(rel: RelExpr) -> Calendar {
    match rel {
        RelExpr::Current {
            era: Some(Era::Christian),
            ..
        } => Calendar::Gregorian,
        RelExpr::Current {
            era: Some(Era::Lunar),
            ..
        } => Calendar::HijriLunar,
        _ => Calendar::SolarHijri,
    }
}

/// How precise a relative mention is.
pub(super) fn granularity(rel: RelExpr) -> Granularity {
    match rel {
        RelExpr::Offset {
            unit: Unit::Day | Unit::Week,
            ..
        }
        | RelExpr::Named { .. } => Granularity::Day,
        RelExpr::Offset {
            unit: Unit::Month, ..
        }
        | RelExpr::Current {
            unit: Unit::Month, ..
        } => Granularity::Month,
        RelExpr::Offset {
            unit: Unit::Year, ..
        }
        | RelExpr::Current {
            unit: Unit::Year, ..
        } => Granularity::Year,
        RelExpr::Current {
            unit: Unit::Week | Unit::Day,
            ..
        } => Granularity::Week,
        RelExpr::Weekday { .. } => Granularity::Day,
    }
}

/// The value (in the mention's [`calendar`]) and Solar Hijri days of a
/// relative date, counted from `reference`; `None` when the count is vague
/// («چند روز پیش») or leaves the supported range.
pub(super) fn resolve(rel: RelExpr, reference: Date) -> Option<(Value, (Date, Date))> {
    match rel {
        RelExpr::Offset {
            unit,
            amount,
            other,
        } => {
            let one = offset(unit, amount?, reference)?;
            let Some(other) = other else {
                return Some(one);
            };
            // Two counts: from the earlier of the two to the later.
            let two = offset(unit, other, reference)?;
            let (early, late) = if one.1 .0 <= two.1 .0 {
                (one, two)
            } else {
                (two, one)
            };
            match (early.0, late.0) {
                (Value::Single(first), Value::Single(last)) => {
                    Some((Value::Range(first, last), (early.1 .0, late.1 .1)))
                }
                _ => None,
            }
        }
        RelExpr::Current { unit, shift, .. } => {
            let shift = i64::from(shift);
            match (unit, calendar(rel)) {
                (Unit::Day, _) => day(reference.checked_add_days(shift)?),
                (Unit::Week, _) => week(reference, shift),
                (Unit::Month, Calendar::SolarHijri) => {
                    month(reference.first_of_month().checked_add_months(shift)?)
                }
                (Unit::Year, Calendar::SolarHijri) => {
                    year(reference.first_of_year().checked_add_years(shift)?)
                }
                (unit, other) => in_calendar(unit, shift, other, reference),
            }
        }
        RelExpr::Weekday {
            weekday,
            shift,
            in_week,
        } => {
            let target = days_since_saturday(weekday);
            let here = days_since_saturday(reference.weekday());
            let days = if in_week {
                // The week `shift` weeks from the reference's, at `weekday`.
                i64::from(shift) * 7 + target - here
            } else if shift < 0 {
                // The last one strictly before the reference: 1..=7 days back.
                -((here - target - 1).rem_euclid(7) + 1)
            } else {
                // The next one strictly after it: 1..=7 days on.
                (target - here - 1).rem_euclid(7) + 1
            };
            day(reference.checked_add_days(days)?)
        }
        RelExpr::Named { .. } => None, // resolved like any written date
    }
}

/// The day, month or year `amount` units from `reference`.
fn offset(unit: Unit, amount: i32, reference: Date) -> Option<(Value, (Date, Date))> {
    let n = i64::from(amount);
    match unit {
        Unit::Day => day(reference.checked_add_days(n)?),
        Unit::Week => day(reference.checked_add_days(n.checked_mul(7)?)?),
        Unit::Month => month(reference.first_of_month().checked_add_months(n)?),
        Unit::Year => year(reference.first_of_year().checked_add_years(n)?),
    }
}

/// The Gregorian or lunar month or year of `reference`, shifted by `shift`.
fn in_calendar(
    unit: Unit,
    shift: i64,
    calendar: Calendar,
    reference: Date,
) -> Option<(Value, (Date, Date))> {
    let year = i64::from(super::reference_year(reference, calendar));
    let month = match calendar {
        Calendar::Gregorian => u8::try_from(NaiveDate::from(reference).month()).ok()?,
        Calendar::HijriLunar => {
            let fixed = i64::from(reference.to_fixed());
            (1..=12)
                .rev()
                .find(|&m| lunar::to_fixed(year, m, 1).is_some_and(|first| first <= fixed))?
        }
        Calendar::SolarHijri => return None,
    };
    let point = match unit {
        Unit::Year => Point::Year {
            year: i32::try_from(year.checked_add(shift)?).ok()?,
        },
        Unit::Month => {
            // Months counted from year 0, so that a shift crosses years.
            let index = (year * 12 + i64::from(month) - 1).checked_add(shift)?;
            Point::Month {
                year: Some(i32::try_from(index.div_euclid(12)).ok()?),
                month: u8::try_from(index.rem_euclid(12) + 1).ok()?,
            }
        }
        Unit::Day | Unit::Week => return None,
    };
    let days = super::interval(&point, calendar)?;
    Some((Value::Single(point), days))
}

fn day(d: Date) -> Option<(Value, (Date, Date))> {
    let point = Point::Day {
        year: Some(d.year()),
        month: d.month().number(),
        day: d.day(),
    };
    Some((Value::Single(point), (d, d)))
}

fn month(first: Date) -> Option<(Value, (Date, Date))> {
    let point = Point::Month {
        year: Some(first.year()),
        month: first.month().number(),
    };
    Some((Value::Single(point), (first, first.last_of_month())))
}

fn year(first: Date) -> Option<(Value, (Date, Date))> {
    Some((
        Value::Single(Point::Year { year: first.year() }),
        (first, first.last_of_year()),
    ))
}

/// How many days `weekday` comes after Saturday, the first day of the Iranian week.
fn days_since_saturday(weekday: Weekday) -> i64 {
    match weekday {
        Weekday::Sat => 0,
        Weekday::Sun => 1,
        Weekday::Mon => 2,
        Weekday::Tue => 3,
        Weekday::Wed => 4,
        Weekday::Thu => 5,
        Weekday::Fri => 6,
    }
}

/// The Saturday-to-Friday week `shift` weeks from the one holding `reference`.
fn week(reference: Date, shift: i64) -> Option<(Value, (Date, Date))> {
    let since_saturday = days_since_saturday(reference.weekday());
    let saturday = reference.checked_add_days(shift.checked_mul(7)? - since_saturday)?;
    let friday = saturday.checked_add_days(6)?;
    let point = |d: Date| Point::Day {
        year: Some(d.year()),
        month: d.month().number(),
        day: d.day(),
    };
    Some((
        Value::Range(point(saturday), point(friday)),
        (saturday, friday),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WEEKDAYS: [Weekday; 7] = [
        Weekday::Sat,
        Weekday::Sun,
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
    ];

    fn weekday_of(reference: Date, weekday: Weekday, shift: i8, in_week: bool) -> Date {
        let rel = RelExpr::Weekday {
            weekday,
            shift,
            in_week,
        };
        let (_, (first, last)) = resolve(rel, reference).expect("in range");
        assert_eq!(first, last, "one day");
        first
    }

    /// For every reference day of three years and every weekday: the last
    /// one is 1..=7 days before, the next one 1..=7 days after, and the one
    /// of a week lies in that Saturday..Friday week; each is that weekday.
    #[test]
    fn weekdays_counted_from_the_reference() {
        let start = Date::new(1403, 1, 1).expect("valid");
        for reference in start.iter_days().take(3 * 366) {
            let saturday = reference
                .checked_add_days(-days_since_saturday(reference.weekday()))
                .expect("in range");
            for weekday in WEEKDAYS {
                let last = weekday_of(reference, weekday, -1, false);
                let back = reference.days_since(last);
                assert!(
                    (1..=7).contains(&back),
                    "{reference} {weekday:?} last {last}"
                );
                assert_eq!(last.weekday(), weekday);

                let next = weekday_of(reference, weekday, 1, false);
                let on = next.days_since(reference);
                assert!((1..=7).contains(&on), "{reference} {weekday:?} next {next}");
                assert_eq!(next.weekday(), weekday);

                for shift in [-1i8, 0, 1] {
                    let day = weekday_of(reference, weekday, shift, true);
                    let week_start = saturday
                        .checked_add_days(7 * i64::from(shift))
                        .expect("in range");
                    let into = day.days_since(week_start);
                    assert!(
                        (0..7).contains(&into),
                        "{reference} {weekday:?} week {shift}: {day}"
                    );
                    assert_eq!(day.weekday(), weekday);
                }
            }
        }
    }
}
