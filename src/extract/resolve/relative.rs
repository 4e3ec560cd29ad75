//! Values of relative dates: counted from the reference date.
//!
//! The Iranian week runs from Saturday (شنبه) to Friday (جمعه); months and
//! years are Solar Hijri.

use chrono::Weekday;

use crate::extract::grammar::{RelExpr, Unit};
use crate::extract::mention::{Granularity, Point, Value};
use crate::Date;

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

/// The value and Solar Hijri days of a relative date, counted from `reference`;
/// `None` when the count is vague («چند روز پیش») or leaves the supported range.
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
        RelExpr::Current { unit, shift } => {
            let shift = i64::from(shift);
            match unit {
                Unit::Day => day(reference.checked_add_days(shift)?),
                Unit::Week => week(reference, shift),
                Unit::Month => month(reference.first_of_month().checked_add_months(shift)?),
                Unit::Year => year(reference.first_of_year().checked_add_years(shift)?),
            }
        }
        RelExpr::Named { .. } => None, // resolved like any written date
    }
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
