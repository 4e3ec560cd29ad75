//! Turns a date expression into values: which calendar, which year, which days.
//!
//! Year inference: a mention without a year takes the occurrence nearest the
//! reference date (or the last one before it, or the first after it, by
//! [`YearPolicy`]); without a reference date it stays partial. A date glossing
//! another in brackets takes the occurrence nearest that one ([`gloss`]).
//! Two-digit years expand into the century that puts them at or before a few
//! years past the reference (۸۸ → 1388). A written weekday is checked, and a
//! mismatch flagged.

use chrono::{Datelike, NaiveDate};

pub(crate) mod gloss;
mod relative;

use super::grammar::{DateExpr, Era, Expr, MonthRef, RelExpr, Shape, YearExpr};
use super::lexicon::MonthSet;
use super::mention::{Calendar, Granularity, Mention, Point, Value, YearSource};
use crate::calendar::{days, lunar};
use crate::{Date, Month};

/// How a mention without a year picks its year from the reference date.
///
/// ```
/// use shamsi::{Extractor, YearPolicy};
/// use chrono::NaiveDate;
///
/// // Reference: 1 Farvardin 1404. «۲۵ اسفند» is 6 days before it (nearest, past) …
/// let nowruz = NaiveDate::from_ymd_opt(2025, 3, 21).unwrap();
/// let ex = Extractor::builder().reference(nowruz).build();
/// assert_eq!(ex.find_iter("۲۵ اسفند").next().unwrap().value().unwrap().to_string(), "1403-12-25");
/// // … or almost a year after it (future).
/// let ex = Extractor::builder().reference(nowruz).year_policy(YearPolicy::Future).build();
/// assert_eq!(ex.find_iter("۲۵ اسفند").next().unwrap().value().unwrap().to_string(), "1404-12-25");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YearPolicy {
    /// The occurrence nearest the reference date, before or after (the default).
    #[default]
    Nearest,
    /// The last occurrence on or before the reference date.
    Past,
    /// The first occurrence on or after the reference date.
    Future,
}

/// How to pick a year for one mention: the extractor's policy, or what the
/// mention itself says («دی ماه گذشته» is the last Dey, «مهرماه جاری» this year's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    Nearest,
    Past,
    Future,
    Current,
}

impl From<YearPolicy> for Pick {
    fn from(policy: YearPolicy) -> Pick {
        match policy {
            YearPolicy::Nearest => Pick::Nearest,
            YearPolicy::Past => Pick::Past,
            YearPolicy::Future => Pick::Future,
        }
    }
}

/// What resolution needs to know beyond the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    pub(crate) reference: Option<Date>,
    pub(crate) policy: YearPolicy,
}

/// Two-digit years at most this many years past the reference year go into its century.
const TWO_DIGIT_LEAD: i32 = 5;
/// The reference year assumed for two-digit years when there is no reference date.
const TWO_DIGIT_DEFAULT_YEAR: i32 = 1405;
/// A year written with «هجری» alone is Solar Hijri from this year on, lunar
/// before it (see `calendar_of`).
const FIRST_SOLAR_HEJRI_YEAR: u32 = 1300;

/// A point resolved to a calendar, with the interval of Solar Hijri days it covers.
#[derive(Debug, Clone, Copy)]
struct Resolved {
    point: Point,
    days: Option<(Date, Date)>,
    source: YearSource,
    calendar: Calendar,
}

/// The mention for `expr` in `haystack`, or `None` when it is not a valid date.
///
/// A single date is by far the most common shape, and on text dense with
/// dates this runs every few bytes: it is handled here with what it needs
/// inlined, and the other shapes out of line, so that it pays for neither
/// their code nor their stack.
pub(crate) fn resolve<'h>(haystack: &'h str, expr: &Expr, ctx: &Context) -> Option<Mention<'h>> {
    // Borrowed, not matched by value: a copy of the shape is two `DateExpr`s.
    match &expr.shape {
        Shape::Single(date) => match resolve_written(date, ctx)? {
            Some(r) => Some(single_mention(haystack, expr, date, r)),
            None => unwritten_mention(haystack, expr, date, ctx),
        },
        Shape::Range(first, second) => range_mention(haystack, expr, first, second, ctx),
        Shape::Relative(rel) => relative_mention(haystack, expr, *rel, ctx),
    }
}

/// The mention of a single date, resolved as `r`.
#[inline(always)]
fn single_mention<'h>(haystack: &'h str, expr: &Expr, date: &DateExpr, r: Resolved) -> Mention<'h> {
    Mention {
        calendar: r.calendar,
        granularity: granularity_of(&r.point),
        year_source: r.source,
        value: Some(Value::Single(r.point)),
        jalali: r.days,
        weekday_mismatch: weekday_mismatch(date, r.days),
        ..blank(haystack, expr)
    }
}

/// The mention of a single date without a written year.
#[inline(never)]
fn unwritten_mention<'h>(
    haystack: &'h str,
    expr: &Expr,
    date: &DateExpr,
    ctx: &Context,
) -> Option<Mention<'h>> {
    let r = resolve_unwritten(date, ctx, None)?;
    Some(single_mention(haystack, expr, date, r))
}

/// A mention of `expr` with its span and nothing resolved yet.
#[inline]
fn blank<'h>(haystack: &'h str, expr: &Expr) -> Mention<'h> {
    Mention {
        haystack,
        start: expr.start,
        end: expr.end,
        calendar: Calendar::SolarHijri,
        granularity: Granularity::Day,
        year_source: YearSource::None,
        range: false,
        relative: false,
        value: None,
        jalali: None,
        weekday_mismatch: false,
    }
}

/// The mention of a range «۱۲ تا ۱۵ تیر».
#[inline(never)]
fn range_mention<'h>(
    haystack: &'h str,
    expr: &Expr,
    first: &DateExpr,
    second: &DateExpr,
    ctx: &Context,
) -> Option<Mention<'h>> {
    let (mut a, mut b) = resolve_range(first, second, ctx)?;
    if a.calendar != b.calendar {
        // «از سال 1250 تا 1517» (the Mamluks): years of four digits alone
        // that `calendar_of` puts on either side of 1450 are Gregorian.
        let bare_year = |d: &DateExpr| {
            d.month.is_none()
                && d.era.is_none()
                && matches!(d.year, Some(YearExpr::Digits { digits: 4, .. }))
        };
        if !(bare_year(first) && bare_year(second)) {
            return None; // «سال ۱۳ تا ۲۱۳۵»: no range runs from one calendar into another
        }
        let gregorian = |d: &DateExpr| DateExpr {
            era: Some(Era::Christian),
            ..*d
        };
        (a, b) = resolve_range(&gregorian(first), &gregorian(second), ctx)?;
    }
    let days = match (a.days, b.days) {
        (Some((s, _)), Some((_, e))) if s <= e => Some((s, e)),
        (Some(_), Some(_)) => return None, // ends in the wrong order
        _ => None,
    };
    let explicit = a.source == YearSource::Explicit || b.source == YearSource::Explicit;
    Some(Mention {
        calendar: a.calendar,
        granularity: granularity_of(&a.point),
        year_source: if explicit {
            YearSource::Explicit
        } else {
            b.source
        },
        range: true,
        value: Some(Value::Range(a.point, b.point)),
        jalali: days,
        weekday_mismatch: weekday_mismatch(first, a.days) || weekday_mismatch(second, b.days),
        ..blank(haystack, expr)
    })
}

/// The mention of a relative date «دیروز», or of a named day «نوروز».
#[inline(never)]
fn relative_mention<'h>(
    haystack: &'h str,
    expr: &Expr,
    rel: RelExpr,
    ctx: &Context,
) -> Option<Mention<'h>> {
    if let RelExpr::Named { date } = rel {
        // «نوروز ۱۴۰۴»: its year written, a date like any other. «نوروز»,
        // «یلدای امسال»: a named day of the reference's year (the nearest
        // occurrence), relative as the issue lists them, with no value when
        // there is no reference.
        let year_written = matches!(
            date.year,
            Some(YearExpr::Digits { .. } | YearExpr::Words(_))
        );
        if !year_written && ctx.reference.is_none() {
            return Some(Mention {
                relative: true,
                ..blank(haystack, expr)
            });
        }
        let r = resolve_point(&date, ctx, None)?;
        return Some(Mention {
            granularity: Granularity::Day,
            year_source: r.source,
            relative: !year_written,
            value: Some(Value::Single(r.point)),
            jalali: r.days,
            ..blank(haystack, expr)
        });
    }
    let resolved = ctx
        .reference
        .and_then(|reference| relative::resolve(rel, reference));
    Some(Mention {
        calendar: relative::calendar(rel),
        granularity: relative::granularity(rel),
        year_source: if resolved.is_some() {
            YearSource::Reference
        } else {
            YearSource::None
        },
        relative: true,
        // «سه، چهار سال پیش»: from one count to the other.
        range: matches!(rel, RelExpr::Offset { other: Some(_), .. }),
        value: resolved.map(|(value, _)| value),
        jalali: resolved.map(|(_, days)| days),
        ..blank(haystack, expr)
    })
}

fn granularity_of(point: &Point) -> Granularity {
    match point {
        Point::Day { .. } => Granularity::Day,
        Point::Month { .. } => Granularity::Month,
        Point::Year { .. } => Granularity::Year,
    }
}

fn weekday_mismatch(date: &DateExpr, days: Option<(Date, Date)>) -> bool {
    match (date.weekday, days) {
        (Some(w), Some((d, _))) => d.weekday() != w,
        _ => false,
    }
}

/// Resolves both ends of a range; an end without a year takes it from the other end.
fn resolve_range(
    first: &DateExpr,
    second: &DateExpr,
    ctx: &Context,
) -> Option<(Resolved, Resolved)> {
    match (first.year.is_some(), second.year.is_some()) {
        (false, true) => {
            let b = resolve_point(second, ctx, None)?;
            let a = resolve_point(first, ctx, Some(Anchor::EndsAt(b)))?;
            Some((a, b))
        }
        _ => {
            let a = resolve_point(first, ctx, None)?;
            let b = resolve_point(second, ctx, Some(Anchor::StartsAt(a)))?;
            Some((a, b))
        }
    }
}

/// The other end of a range, for an end without a year.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    /// This end comes at or before the given one.
    EndsAt(Resolved),
    /// This end comes at or after the given one.
    StartsAt(Resolved),
}

/// The calendar a date is written in, from its month name, era marker and year.
fn calendar_of(date: &DateExpr) -> Option<Calendar> {
    if let Some(month) = date.month {
        return Some(match month.set {
            MonthSet::Iranian | MonthSet::Afghan => Calendar::SolarHijri,
            MonthSet::Gregorian => Calendar::Gregorian,
            MonthSet::Lunar => Calendar::HijriLunar,
        });
    }
    match date.era {
        // «سال ۳۵ هجری», «۱۰۵۷ هجری»: history writes lunar years with
        // «هجری» alone, and Iran took up the Solar Hijri calendar only in
        // 1304; «۱۳۵۷ هجری» is the Solar year.
        Some(Era::Hejri) => {
            let value = match date.year {
                Some(YearExpr::Digits { value, .. } | YearExpr::Words(value)) => value,
                _ => u32::MAX,
            };
            return Some(if value < FIRST_SOLAR_HEJRI_YEAR {
                Calendar::HijriLunar
            } else {
                Calendar::SolarHijri
            });
        }
        Some(Era::Solar) => return Some(Calendar::SolarHijri),
        Some(Era::Christian) => return Some(Calendar::Gregorian),
        Some(Era::Lunar) => return Some(Calendar::HijriLunar),
        None => {}
    }
    match date.year {
        // A year with no month or era is Solar Hijri up to 1449 and Gregorian
        // from 1450: Solar years past that are decades ahead and written only
        // with their era, while «در سال ۱۴۹۲ کشف شد», «سال ۱۵۵۵» are the
        // Gregorian years of history (1450 SH is 2071).
        Some(YearExpr::Digits { value, digits: 4 }) | Some(YearExpr::Words(value)) => match value {
            1000..=1449 => Some(Calendar::SolarHijri),
            1450..=2199 => Some(Calendar::Gregorian),
            _ => None,
        },
        Some(YearExpr::Digits { digits: 2, .. })
        | Some(YearExpr::Relative(_))
        | Some(YearExpr::Direction(_)) => Some(Calendar::SolarHijri),
        _ => None,
    }
}

/// The year of the reference date in `calendar`.
fn reference_year(reference: Date, calendar: Calendar) -> i32 {
    match calendar {
        Calendar::SolarHijri => reference.year(),
        Calendar::Gregorian => NaiveDate::from(reference).year(),
        Calendar::HijriLunar => lunar::year_of(i64::from(reference.to_fixed())) as i32,
    }
}

/// The written year in the mention's calendar, or `None` when it is not written.
fn written_year(
    year: YearExpr,
    era: Option<Era>,
    ctx: &Context,
    calendar: Calendar,
) -> Option<Option<(i32, YearSource)>> {
    // Only two-digit and relative years need the reference year, and in the
    // Gregorian and lunar calendars it costs a conversion: ask only for those.
    let reference_year = || ctx.reference.map(|d| reference_year(d, calendar));
    Some(match year {
        YearExpr::Digits { value, digits: 4 } | YearExpr::Words(value) => {
            Some((i32::try_from(value).ok()?, YearSource::Explicit))
        }
        // With an era marker a short year is written in full («سال ۶۱ هجری قمری»).
        YearExpr::Digits { value, .. } if era.is_some() && calendar != Calendar::SolarHijri => {
            Some((i32::try_from(value).ok()?, YearSource::Explicit))
        }
        YearExpr::Digits {
            value,
            digits: 1 | 3,
        } if era.is_some() => Some((i32::try_from(value).ok()?, YearSource::Explicit)),
        // «ذي الحجه 212»: three digits after a lunar month (see the grammar's
        // `early_lunar_year`).
        YearExpr::Digits { value, digits: 3 } if calendar == Calendar::HijriLunar => {
            Some((i32::try_from(value).ok()?, YearSource::Explicit))
        }
        YearExpr::Digits { value, .. } => {
            if calendar != Calendar::SolarHijri {
                return None;
            }
            let pivot = reference_year().unwrap_or(TWO_DIGIT_DEFAULT_YEAR) + TWO_DIGIT_LEAD;
            let value = i32::try_from(value).ok()?;
            let later = 1400 + value;
            Some((
                if later <= pivot { later } else { 1300 + value },
                YearSource::Explicit,
            ))
        }
        YearExpr::Relative(shift) => {
            reference_year().map(|y| (y + i32::from(shift), YearSource::Reference))
        }
        // Resolved like a year-less mention, with a pick of its own.
        YearExpr::Direction(_) => None,
    })
}

/// The point a date expression names, with year `year`.
#[inline]
fn point_of(month: Option<u8>, day: Option<u8>, year: Option<i32>) -> Point {
    match (month, day) {
        (Some(month), Some(day)) => Point::Day { year, month, day },
        (Some(month), None) => Point::Month { year, month },
        (None, _) => Point::Year {
            year: year.unwrap_or_default(),
        },
    }
}

/// Resolves one date expression.
#[inline]
fn resolve_point(date: &DateExpr, ctx: &Context, anchor: Option<Anchor>) -> Option<Resolved> {
    match resolve_written(date, ctx)? {
        Some(r) => Some(r),
        None => resolve_unwritten(date, ctx, anchor),
    }
}

/// Resolves a date expression with its year written, the common case:
/// `Some(None)` when the year is not written as a number (or is relative and no
/// reference date is set), for [`resolve_unwritten`]; `None` for no such date.
///
/// Kept apart from the other case so that callers can keep its result in
/// registers: merged with a result returned through memory, it is not.
#[inline(always)]
fn resolve_written(date: &DateExpr, ctx: &Context) -> Option<Option<Resolved>> {
    let calendar = calendar_of(date)?;
    let Some(written) = date.year else {
        return Some(None);
    };
    let Some((y, source)) = written_year(written, date.era, ctx, calendar)? else {
        return Some(None);
    };
    let point = point_of(month_of(date), date.day, Some(y));
    let days = days_of(&point, calendar)?;
    Some(Some(Resolved {
        point,
        days,
        source,
        calendar,
    }))
}

/// The month of a date expression, by name or number.
#[inline]
fn month_of(date: &DateExpr) -> Option<u8> {
    date.month.map(|m| m.month).or(date.month_number)
}

/// Resolves a date expression whose year is not written as a number.
#[inline(never)]
fn resolve_unwritten(date: &DateExpr, ctx: &Context, anchor: Option<Anchor>) -> Option<Resolved> {
    let calendar = calendar_of(date)?;
    let month = match date.month {
        // «۲۳ ماه جاری»: the reference's month, and no date without one.
        Some(MonthRef::OF_REFERENCE) => Some(ctx.reference?.month().number()),
        _ => month_of(date),
    };
    // «سال آینده» without a reference date: no year to count from.
    let relative_unknown = matches!(date.year, Some(YearExpr::Relative(_)));
    let policy = match date.year {
        Some(YearExpr::Direction(d)) if d < 0 => Pick::Past,
        Some(YearExpr::Direction(d)) if d > 0 => Pick::Future,
        Some(YearExpr::Direction(_)) => Pick::Current,
        _ => Pick::from(ctx.policy),
    };
    let point_with = |y: Option<i32>| point_of(month, date.day, y);
    // A year-only mention always has its year: without one there is nothing.
    month?;
    // No year written: take it from the other end of a range, or the reference.
    let (year, source) = if relative_unknown {
        (None, YearSource::None)
    } else if let Some(anchor @ (Anchor::EndsAt(other) | Anchor::StartsAt(other))) = anchor {
        // The other end of the range lends its year, and where it came from.
        (
            year_from_anchor(&point_with(None), calendar, anchor),
            other.source,
        )
    } else if let Some(reference) = ctx.reference {
        (
            year_from_reference(&point_with(None), calendar, reference, policy),
            YearSource::Reference,
        )
    } else {
        (None, YearSource::None)
    };
    match year {
        Some(y) => {
            let point = point_with(Some(y));
            let days = days_of(&point, calendar)?;
            let source = match anchor {
                Some(Anchor::EndsAt(r) | Anchor::StartsAt(r)) => r.source,
                None => source,
            };
            Some(Resolved {
                point,
                days,
                source,
                calendar,
            })
        }
        None => {
            let point = point_with(None);
            // A partial day must still exist in some year («۳۱ مهر» never does).
            if let Point::Day { month, day, .. } = point {
                if day > longest_month(calendar, month)? {
                    return None;
                }
            }
            Some(Resolved {
                point,
                days: None,
                source: if relative_unknown {
                    YearSource::None
                } else {
                    source
                },
                calendar,
            })
        }
    }
}

/// The most days `month` has in any year of `calendar`: a day past it
/// («۳۱ مهر», «۳۰ فوریه», «۳۰ صفر») exists in no year.
fn longest_month(calendar: Calendar, month: u8) -> Option<u8> {
    match calendar {
        // 1403 is a leap year: Esfand has its 30th day.
        Calendar::SolarHijri => Month::new(month).ok()?.length(1403).ok(),
        Calendar::Gregorian => match month {
            2 => Some(29),
            4 | 6 | 9 | 11 => Some(30),
            1..=12 => Some(31),
            _ => None,
        },
        // Odd months have 30 days, even ones 29, Dhu al-Hijja 30 in a leap year.
        Calendar::HijriLunar => match month {
            12 => Some(30),
            1..=11 => Some(if month % 2 == 1 { 30 } else { 29 }),
            _ => None,
        },
    }
}

/// The days a point covers: `Some(None)` for a valid date outside the
/// supported range (year 66 CE), `None` for a date that does not exist
/// (30 Esfand 1404), which is then no mention at all.
#[inline]
fn days_of(point: &Point, calendar: Calendar) -> Option<Option<(Date, Date)>> {
    if let Some(days) = interval(point, calendar) {
        return Some(Some(days));
    }
    exists_outside(point, calendar).then_some(None)
}

/// Whether a point without Solar Hijri days is still a date: one outside the
/// supported range (`true`) rather than one that does not exist (`false`).
#[cold]
#[inline(never)]
fn exists_outside(point: &Point, calendar: Calendar) -> bool {
    match (*point, calendar) {
        (Point::Year { .. }, _) => true,
        (Point::Month { month, .. }, _) => (1..=12).contains(&month),
        (
            Point::Day {
                year: Some(y),
                month,
                day,
            },
            Calendar::Gregorian,
        ) => NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)).is_some(),
        (
            Point::Day {
                year: Some(y),
                month,
                day,
            },
            Calendar::HijriLunar,
        ) => lunar::to_fixed_sighted(i64::from(y), month, day).is_some(),
        // Solar Hijri days exist only where the calendar is known.
        _ => false,
    }
}

/// The first and last Solar Hijri day a point with a year covers.
#[inline(always)]
fn interval(point: &Point, calendar: Calendar) -> Option<(Date, Date)> {
    match calendar {
        // Built straight from the fields: the month length is the only
        // calendar fact needed, and no date is converted.
        Calendar::SolarHijri => match *point {
            Point::Day {
                year: Some(y),
                month,
                day,
            } => Date::new_opt(y, month, day).map(|d| (d, d)),
            Point::Month {
                year: Some(y),
                month,
            } => Date::month_span(y, month),
            Point::Year { year } => Date::year_span(year),
            _ => None,
        },
        Calendar::Gregorian => gregorian_interval(point),
        Calendar::HijriLunar => lunar_interval(point),
    }
}

/// [`interval`] for a point in the Gregorian calendar.
#[inline(never)]
fn gregorian_interval(point: &Point) -> Option<(Date, Date)> {
    let (first, last) = match *point {
        Point::Day {
            year: Some(y),
            month,
            day,
        } => {
            let d = NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))?;
            (d, d)
        }
        Point::Month {
            year: Some(y),
            month,
        } => {
            let first = NaiveDate::from_ymd_opt(y, u32::from(month), 1)?;
            let next = first.checked_add_months(chrono::Months::new(1))?;
            (first, next.pred_opt()?)
        }
        Point::Year { year } => (
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        ),
        _ => return None,
    };
    Some((Date::try_from(first).ok()?, Date::try_from(last).ok()?))
}

/// [`interval`] for a point in the lunar Hijri calendar.
#[inline(never)]
fn lunar_interval(point: &Point) -> Option<(Date, Date)> {
    let fixed = |y: i32, m: u8, d: u8| lunar::to_fixed(i64::from(y), m, d);
    let (first, last) = match *point {
        Point::Day {
            year: Some(y),
            month,
            day,
        } => {
            let f = lunar::to_fixed_sighted(i64::from(y), month, day)?;
            (f, f)
        }
        Point::Month {
            year: Some(y),
            month,
        } => {
            let len = lunar::month_length(i64::from(y), month);
            (fixed(y, month, 1)?, fixed(y, month, len)?)
        }
        Point::Year { year } => (fixed(year, 1, 1)?, fixed(year + 1, 1, 1)? - 1),
        _ => return None,
    };
    let date = |f: i64| Date::from_fixed(i32::try_from(f).ok()?).ok();
    Some((date(first)?, date(last)?))
}

/// The year, among the reference year and its neighbours, that the policy picks.
fn year_from_reference(
    point: &Point,
    calendar: Calendar,
    reference: Date,
    policy: Pick,
) -> Option<i32> {
    match (calendar, *point) {
        (Calendar::SolarHijri, Point::Day { month, day, .. }) => {
            solar_year_from_reference(month, Some(day), reference, policy)
        }
        (Calendar::SolarHijri, Point::Month { month, .. }) => {
            solar_year_from_reference(month, None, reference, policy)
        }
        _ => year_from_reference_by_dates(point, calendar, reference, policy),
    }
}

/// [`year_from_reference`] for a Solar Hijri day (`day` given) or month, the
/// common case: the same choice, made on day numbers counted from the
/// reference year's Nowruz, without building or converting a date. The
/// neighbouring years start a year length before and after it.
fn solar_year_from_reference(
    month: u8,
    day: Option<u8>,
    reference: Date,
    policy: Pick,
) -> Option<i32> {
    if month.wrapping_sub(1) >= 12 {
        return None;
    }
    let ref_year = reference.year();
    let at = i32::from(reference.day_of_year()) - 1;
    let before_month = i32::from(days::days_before_month(month));
    let candidates = [
        (ref_year - 1, -i32::from(days::year_length(ref_year - 1))),
        (ref_year, 0),
        (ref_year + 1, i32::from(days::year_length(ref_year))),
    ];
    let mut best: Option<(i32, i32)> = None;
    for (y, nowruz) in candidates {
        if !(days::MIN_YEAR..=days::MAX_YEAR).contains(&y) {
            continue;
        }
        let len = days::month_length(y, month);
        let start = nowruz + before_month;
        let (first, last) = match day {
            Some(d) if d.wrapping_sub(1) < len => {
                (start + i32::from(d) - 1, start + i32::from(d) - 1)
            }
            Some(_) => continue,
            None => (start, start + i32::from(len) - 1),
        };
        let score = match policy {
            Pick::Nearest => {
                if at < first {
                    first - at
                } else if at > last {
                    at - last
                } else {
                    0
                }
            }
            Pick::Past if first <= at => at - first,
            Pick::Future if last >= at => last - at,
            Pick::Current if y == ref_year => 0,
            _ => continue,
        };
        if best.map_or(true, |(s, _)| score < s) {
            best = Some((score, y));
        }
    }
    best.map(|(_, y)| y)
}

/// [`year_from_reference`] for any calendar, by comparing the dates each
/// candidate year gives.
fn year_from_reference_by_dates(
    point: &Point,
    calendar: Calendar,
    reference: Date,
    policy: Pick,
) -> Option<i32> {
    let ref_year = reference_year(reference, calendar);
    // Counted once, not once per candidate and end.
    let fixed = i64::from(reference.to_fixed());
    let mut best: Option<(i64, i32)> = None;
    for y in [ref_year - 1, ref_year, ref_year + 1] {
        let Some((first, last)) = interval(&with_year(point, y), calendar) else {
            continue;
        };
        let score = match policy {
            Pick::Nearest => {
                if reference < first {
                    i64::from(first.to_fixed()) - fixed
                } else if reference > last {
                    fixed - i64::from(last.to_fixed())
                } else {
                    0
                }
            }
            Pick::Past if first <= reference => fixed - i64::from(first.to_fixed()),
            Pick::Future if last >= reference => i64::from(last.to_fixed()) - fixed,
            Pick::Current if y == ref_year => 0,
            _ => continue,
        };
        if best.map_or(true, |(s, _)| score < s) {
            best = Some((score, y));
        }
    }
    best.map(|(_, y)| y)
}

/// The year that puts this end of a range at or before / after the other end.
fn year_from_anchor(point: &Point, calendar: Calendar, anchor: Anchor) -> Option<i32> {
    let (other, before) = match anchor {
        Anchor::EndsAt(r) => (r, true),
        Anchor::StartsAt(r) => (r, false),
    };
    let (other_first, other_last) = other.days?;
    let y = match other.point {
        Point::Day { year, .. } | Point::Month { year, .. } => year?,
        Point::Year { year } => year,
    };
    let candidates = if before { [y, y - 1] } else { [y, y + 1] };
    candidates.into_iter().find(|&cy| {
        interval(&with_year(point, cy), calendar).is_some_and(|(first, last)| {
            if before {
                first <= other_first
            } else {
                last >= other_last || first >= other_first
            }
        })
    })
}

fn with_year(point: &Point, year: i32) -> Point {
    match *point {
        Point::Day { month, day, .. } => Point::Day {
            year: Some(year),
            month,
            day,
        },
        Point::Month { month, .. } => Point::Month {
            year: Some(year),
            month,
        },
        Point::Year { .. } => Point::Year { year },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Solar Hijri shortcut picks the year the general search over dates
    /// picks, for every day and month, policy and reference around two
    /// Nowruz (a leap year and a common one) and at the ends of the range.
    #[test]
    fn solar_year_from_reference_agrees_with_dates() {
        let mut references: Vec<Date> = Date::new(1402, 10, 1)
            .unwrap()
            .iter_days()
            .take_while(|d| *d <= Date::new(1404, 2, 10).unwrap())
            .collect();
        references.extend(Date::MIN.iter_days().take(40));
        references.extend(Date::new(2999, 12, 1).unwrap().iter_days());
        let policies = [Pick::Nearest, Pick::Past, Pick::Future, Pick::Current];
        for reference in references {
            for month in 0..=13u8 {
                for day in (0..=32u8).map(Some).chain([None]) {
                    let point = match day {
                        Some(day) => Point::Day {
                            year: None,
                            month,
                            day,
                        },
                        None => Point::Month { year: None, month },
                    };
                    for policy in policies {
                        assert_eq!(
                            solar_year_from_reference(month, day, reference, policy),
                            year_from_reference_by_dates(
                                &point,
                                Calendar::SolarHijri,
                                reference,
                                policy
                            ),
                            "{reference} {point:?} {policy:?}"
                        );
                    }
                }
            }
        }
    }
}
