//! A date glossed in brackets by the same day in another calendar: «۳۱ آگوست
//! ۱۷۸۶ (۹ شهریور)», «۱۳ مه (۲۳ اردیبهشت ۱۳۸۵)», «دسامبر سال ۲۰۰۲ (آذر ماه)».
//!
//! News copy gives a date in both calendars and writes the year once. The
//! half without it names the same time as the half with it, so it takes the
//! year that puts it nearest that date, not the reference date's year, which
//! can be centuries off («۹ شهریور» of 1786 is 1165, not this year's).

use super::{resolve, Context, YearPolicy};
use crate::extract::grammar::{Expr, Shape};
use crate::extract::mention::{Granularity, Mention, YearSource};
use crate::Date;

/// The most whitespace looked past beside a bracket.
const MAX_SPACES: usize = 3;

/// `m`, read from `expr`, with its year from the date it glosses or that
/// glosses it: `before` or `after` (the expressions read next to `expr`,
/// whether reported or not), standing in brackets right beside it, in
/// another calendar, with its year written. `None` when there is none.
///
/// Only a day or a month lends its year: a year alone may be what is left
/// of a date cut off by the start of a window («۱۷۸۶ (۹ شهریور)»), and the
/// occurrence nearest its first day may be the year before.
pub(crate) fn glossed<'h>(
    haystack: &'h str,
    expr: &Expr,
    m: &Mention<'h>,
    before: Option<&Expr>,
    after: Option<&Expr>,
    ctx: &Context,
) -> Option<Mention<'h>> {
    // Only a year not written at all: «۶ بهمن امسال» keeps the reference's year.
    let year_unwritten = match &expr.shape {
        Shape::Single(date) => date.year.is_none(),
        Shape::Range(first, second) => first.year.is_none() && second.year.is_none(),
        Shape::Relative(_) => false,
    };
    if !year_unwritten {
        return None;
    }
    let lends = |other: &Expr| {
        let other = resolve(haystack, other, ctx)?;
        let dated = other.year_source == YearSource::Explicit
            && !other.relative
            && other.calendar != m.calendar
            && matches!(other.granularity, Granularity::Day | Granularity::Month);
        dated.then_some(other.jalali?.0)
    };
    let from_before = || {
        let before = before.filter(|b| in_brackets(haystack, b.end, m.start, m.end))?;
        lends(before)
    };
    let from_after = || {
        let after = after.filter(|a| in_brackets(haystack, m.end, a.start, a.end))?;
        lends(after)
    };
    let day = from_before().or_else(from_after)?;
    resolve_near(haystack, expr, day)
}

/// Whether `m` opens or closes on a bracket: «(» right before it, or right
/// after it, whitespace aside. (A quick test before [`glossed`].)
#[inline]
pub(crate) fn beside_bracket(haystack: &str, m: &Mention<'_>) -> bool {
    let bytes = haystack.as_bytes();
    let before = bytes
        .get(..m.start)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(MAX_SPACES + 1)
        .find(|&&b| !is_space_byte(b));
    let after = bytes
        .get(m.end..)
        .unwrap_or_default()
        .iter()
        .take(MAX_SPACES + 1)
        .find(|&&b| !is_space_byte(b));
    before == Some(&b'(') || after == Some(&b'(')
}

/// `expr` resolved to the occurrence nearest `day`, its year counted as
/// written (it is, beside it).
fn resolve_near<'h>(haystack: &'h str, expr: &Expr, day: Date) -> Option<Mention<'h>> {
    let near = Context {
        reference: Some(day),
        policy: YearPolicy::Nearest,
    };
    let m = resolve(haystack, expr, &near)?;
    Some(Mention {
        year_source: YearSource::Explicit,
        ..m
    })
}

/// Whether `start..end` stands in brackets right after `before_end`: only
/// spaces and «(» between them, spaces and «)» after it. (Spaces and tabs:
/// a bracket on another line is no gloss, and lines are read apart.)
fn in_brackets(haystack: &str, before_end: usize, start: usize, end: usize) -> bool {
    // The length first: mentions are most often far apart.
    let opens = start.saturating_sub(before_end) <= 1 + MAX_SPACES * 2
        && haystack
            .get(before_end..start)
            .is_some_and(|between| between.trim_matches(is_space) == "(");
    opens
        && haystack.get(end..).is_some_and(|rest| {
            rest.chars().take(MAX_SPACES + 1).find(|&c| !is_space(c)) == Some(')')
        })
}

/// A space or a tab: what may stand between a bracket and a date.
fn is_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// [`is_space`] of a byte.
fn is_space_byte(b: u8) -> bool {
    b == b' ' || b == b'\t'
}
