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
    }
}

/// The value (in the mention's [`calendar`]) and Solar Hijri days of a
/// relative date, counted from `reference`; `None` when the count is vague
/// («چند روز پیش») or leaves the supported range.
pub(super) fn resolve(rel: RelExpr, reference: Date) -> Option<(Value, (Date, Date))> {
    match rel {
        RelExpr::Offset { unit, amount } => {
            let n = i64::from(amount?);
            match unit {
                Unit::Day => day(reference.checked_add_days(n)?),
                Unit::Week => day(reference.checked_add_days(n.checked_mul(7)?)?),
                Unit::Month => month(reference.first_of_month().checked_add_months(n)?),
                Unit::Year => year(reference.first_of_year().checked_add_years(n)?),
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
        RelExpr::Named { .. } => None, // resolved like any written date
    }
}

/// The Gregorian or lunar month or year of `reference`, shifted by `shift`.
fn in_calendar(
    unit: Unit,
    shift: i64,
    calendar: Calendar,
    reference: Date,
) -> Option<(Value, (Date, Date))> {
    let (year, month) = match calendar {
        Calendar::Gregorian => {
            let g = NaiveDate::from(reference);
            (i64::from(g.year()), u8::try_from(g.month()).ok()?)
        }
        Calendar::HijriLunar => {
            let fixed = i64::from(reference.to_fixed());
            let year = lunar::year_of(fixed);
            let month = (1..=12)
                .rev()
                .find(|&m| lunar::to_fixed(year, m, 1).is_some_and(|first| first <= fixed))?;
            (year, month)
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

/// The Saturday-to-Friday week `shift` weeks from the one holding `reference`.
fn week(reference: Date, shift: i64) -> Option<(Value, (Date, Date))> {
    let since_saturday = match reference.weekday() {
        Weekday::Sat => 0,
        Weekday::Sun => 1,
        Weekday::Mon => 2,
        Weekday::Tue => 3,
        Weekday::Wed => 4,
        Weekday::Thu => 5,
        Weekday::Fri => 6,
    };
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
