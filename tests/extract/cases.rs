//! The table `tests/data/extract/cases.tsv`: sentences written for the project,
//! one per phenomenon of the extraction issue, with the expected mentions. It
//! runs in a plain clone; see the table's header for its format.
//!
//! The runner is shared with `kinds.rs` (`tests/data/extract/kinds.tsv`), whose
//! rows also use the flags of the other kinds of mention (lunar, Afghan,
//! relative, granularity, Gregorian days) and the value `?` (no value).

use std::ops::Range;

use chrono::NaiveDate;
use shamsi::{Calendar, Extractor, ExtractorBuilder, Granularity, Mention, YearPolicy, YearSource};

use super::support::{describe_all, kind, manifest_dir, read, to_gregorian, ymd, ExpectedValue};

#[derive(Debug)]
pub(super) struct Case {
    pub(super) line: usize,
    pub(super) id: String,
    pub(super) text: String,
    pub(super) reference: Option<NaiveDate>,
    pub(super) policy: YearPolicy,
    pub(super) expected: Vec<Expected>,
    pub(super) known_fail: bool,
    pub(super) note: String,
}

#[derive(Debug)]
pub(super) struct Expected {
    pub(super) span: String,
    pub(super) value: String,
    /// `None` for the value `?`: a mention reported without a value.
    pub(super) parsed: Option<ExpectedValue>,
    pub(super) flags: Vec<String>,
    /// The Gregorian days of a `greg:A..B` flag.
    pub(super) gregorian: Option<(NaiveDate, NaiveDate)>,
}

impl Expected {
    pub(super) fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }

    /// The granularity: a flag, else what the value shows.
    fn granularity(&self) -> Option<&'static str> {
        GRANULARITIES
            .iter()
            .copied()
            .find(|g| self.has(g))
            .or_else(|| self.parsed.map(|p| p.first.granularity()))
    }
}

const FLAGS: &[&str] = &[
    "mismatch",
    "gregorian",
    "explicit",
    "reference",
    "none",
    "hijri_lunar",
    "afghan",
    "relative",
    "day",
    "week",
    "month",
    "year",
];

const GRANULARITIES: &[&str] = &["day", "week", "month", "year"];

/// The days of a `greg:` flag: `A` or `A..B`.
fn parse_gregorian_flag(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = s.split_once("..").unwrap_or((s, s));
    let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    Some((day(a)?, day(b)?))
}

/// Replaces `\u{XXXX}` by the code point.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let close = after
            .find('}')
            .unwrap_or_else(|| panic!("unclosed escape in {s:?}"));
        let code = u32::from_str_radix(&after[..close], 16)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or_else(|| panic!("bad escape in {s:?}"));
        out.push(code);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn parse_expected(cell: &str, line: usize) -> Vec<Expected> {
    if cell.trim() == "-" {
        return Vec::new();
    }
    cell.split(" | ")
        .map(|item| {
            let item = unescape(item.trim());
            let mut parts = item.splitn(3, '=');
            let span = parts.next().unwrap_or_default().to_owned();
            let value = parts
                .next()
                .unwrap_or_else(|| panic!("line {line}: no value in {item:?}"))
                .to_owned();
            let flags: Vec<String> = parts
                .next()
                .map(|f| f.split(',').map(|s| s.trim().to_owned()).collect())
                .unwrap_or_default();
            let mut gregorian = None;
            for f in &flags {
                if let Some(days) = f.strip_prefix("greg:") {
                    gregorian = Some(
                        parse_gregorian_flag(days)
                            .unwrap_or_else(|| panic!("line {line}: bad days {f:?}")),
                    );
                    continue;
                }
                assert!(
                    FLAGS.contains(&f.as_str()),
                    "line {line}: unknown flag {f:?}"
                );
            }
            let parsed = (value != "?").then(|| {
                ExpectedValue::parse(&value)
                    .unwrap_or_else(|| panic!("line {line}: bad value {value:?}"))
            });
            assert!(!span.is_empty(), "line {line}: empty span in {item:?}");
            Expected {
                span,
                value,
                parsed,
                flags,
                gregorian,
            }
        })
        .collect()
}

/// Reads the table `tests/data/extract/{file}`.
pub(super) fn load(file: &str) -> Vec<Case> {
    let path = manifest_dir().join("tests/data/extract").join(file);
    let text = read(&path);
    let mut rows = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty());
    let (_, header) = rows.next().expect("a header row");
    let header: Vec<&str> = header.split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no column {name} in {file}"))
    };
    let (id, txt, reference, policy, expected, status, note) = (
        col("id"),
        col("text"),
        col("reference"),
        col("policy"),
        col("expected"),
        col("status"),
        col("note"),
    );
    rows.map(|(i, l)| {
        let line = i + 1;
        let cells: Vec<&str> = l.split('\t').collect();
        assert_eq!(
            cells.len(),
            header.len(),
            "line {line}: wrong number of cells"
        );
        let reference = match cells[reference].trim() {
            "" => None,
            d => Some(
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .unwrap_or_else(|e| panic!("line {line}: {d:?}: {e}")),
            ),
        };
        let policy = match cells[policy].trim() {
            "" | "nearest" => YearPolicy::Nearest,
            "past" => YearPolicy::Past,
            "future" => YearPolicy::Future,
            p => panic!("line {line}: unknown policy {p:?}"),
        };
        let known_fail = match cells[status].trim() {
            "" => false,
            "known-fail" => true,
            s => panic!("line {line}: unknown status {s:?}"),
        };
        Case {
            line,
            id: cells[id].trim().to_owned(),
            text: unescape(cells[txt]),
            reference,
            policy,
            expected: parse_expected(cells[expected], line),
            known_fail,
            note: cells[note].to_owned(),
        }
    })
    .collect()
}

/// The byte ranges of the expected spans: each the first occurrence after the previous one.
pub(super) fn expected_ranges(case: &Case) -> Vec<Range<usize>> {
    let mut at = 0;
    case.expected
        .iter()
        .map(|e| {
            let i = case.text[at..].find(&e.span).unwrap_or_else(|| {
                panic!(
                    "line {} ({}): «{}» is not in the text after byte {at}",
                    case.line, case.id, e.span
                )
            }) + at;
            at = i + e.span.len();
            i..at
        })
        .collect()
}

fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Year => "year",
        _ => "other",
    }
}

/// Everything a mention must agree with: span, value, kind, flags, and the days it
/// covers, recomputed from the value with the independent calendar.
fn check_mention(m: &Mention<'_>, e: &Expected, range: &Range<usize>) -> Vec<String> {
    let mut problems = Vec::new();
    if m.range() != *range {
        problems.push(format!(
            "span «{}» {:?}, expected {range:?}",
            m.as_str(),
            m.range()
        ));
    }
    let value = m.value().map_or_else(|| "?".to_owned(), |v| v.to_string());
    if value != e.value {
        problems.push(format!("value {value}, expected {}", e.value));
    }
    let calendar = if e.has("gregorian") {
        Calendar::Gregorian
    } else if e.has("hijri_lunar") {
        Calendar::HijriLunar
    } else {
        Calendar::SolarHijri
    };
    if m.calendar() != calendar || m.is_relative() != e.has("relative") {
        problems.push(format!("kind {}", kind(m)));
    }
    let mismatch = e.has("mismatch");
    if m.weekday_mismatch() != mismatch {
        problems.push(format!("weekday mismatch {}", m.weekday_mismatch()));
    }
    let granularity = e.granularity().unwrap_or_default();
    if granularity_name(m.granularity()) != granularity {
        problems.push(format!(
            "granularity {}, expected {granularity}",
            granularity_name(m.granularity())
        ));
    }
    // A week («هفته گذشته») has a value A..B but is one period, not a range.
    let range = e.parsed.is_some_and(|p| p.range) && granularity != "week";
    if m.is_range() != range {
        problems.push(format!("is_range {}", m.is_range()));
    }
    let written = e.flags.iter().find_map(|f| match f.as_str() {
        "explicit" => Some(YearSource::Explicit),
        "reference" => Some(YearSource::Reference),
        "none" => Some(YearSource::None),
        _ => None,
    });
    let source = if e.parsed.is_some_and(|p| p.has_year()) {
        written
    } else {
        Some(YearSource::None)
    };
    if let Some(source) = source {
        if m.year_source() != source {
            problems.push(format!(
                "year source {}, expected {}",
                m.year_source().as_str(),
                source.as_str()
            ));
        }
    }
    let days = e.parsed.and_then(|p| p.jalali_days(calendar));
    let got = m.jalali().map(|(a, b)| (ymd(a), ymd(b)));
    if got != days {
        problems.push(format!("jalali days {got:?}, expected {days:?}"));
    }
    let greg = days.map(|(a, b)| (to_gregorian(a), to_gregorian(b)));
    if m.gregorian() != greg {
        problems.push(format!(
            "gregorian days {:?}, expected {greg:?}",
            m.gregorian()
        ));
    }
    if let Some(written) = e.gregorian {
        if m.gregorian() != Some(written) {
            problems.push(format!(
                "gregorian days {:?}, expected {written:?} (greg: flag)",
                m.gregorian()
            ));
        }
    }
    problems
}

/// The builder for a case: its reference and year policy, every kind on.
pub(super) fn builder(case: &Case) -> ExtractorBuilder {
    let b = Extractor::builder().year_policy(case.policy);
    match case.reference {
        Some(r) => b.reference(r),
        None => b,
    }
}

/// Runs one case: the problems found, empty when it passes.
fn run(case: &Case) -> (Vec<String>, String) {
    run_with(case, &builder(case).build())
}

/// Runs one case with `ex` (built by [`builder`]): the problems found, empty
/// when it passes, and the mentions found, described.
pub(super) fn run_with(case: &Case, ex: &Extractor) -> (Vec<String>, String) {
    let found: Vec<Mention<'_>> = ex.find_iter(&case.text).collect();
    let got = describe_all(&found);
    let mut problems = Vec::new();
    let ranges = expected_ranges(case);
    for (i, (e, r)) in case.expected.iter().zip(&ranges).enumerate() {
        match found.get(i) {
            Some(m) => problems.extend(
                check_mention(m, e, r)
                    .into_iter()
                    .map(|p| format!("«{}»: {p}", e.span)),
            ),
            None => problems.push(format!("missing «{}»", e.span)),
        }
    }
    for m in found.iter().skip(case.expected.len()) {
        problems.push(format!("extra «{}»", m.as_str()));
    }
    // The cheaper entry points agree with find_iter.
    if ex.find(&case.text) != found.first().copied() {
        problems.push("find() disagrees with find_iter()".to_owned());
    }
    if ex.is_match(&case.text) == found.is_empty() {
        problems.push("is_match() disagrees with find_iter()".to_owned());
    }
    if case.reference.is_none() && case.policy == YearPolicy::Nearest {
        let casual: Vec<Mention<'_>> = shamsi::extract(&case.text).collect();
        if casual != found {
            problems.push(format!("shamsi::extract() gives {}", describe_all(&casual)));
        }
    }
    (problems, got)
}

/// The checks every table passes before it runs: unique ids, spans in the text
/// in order, a note on every row, a reference for every `reference` flag, a
/// granularity for every value-less mention.
pub(super) fn check_well_formed(cases: &[Case]) {
    let mut ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    for w in ids.windows(2) {
        assert_ne!(w[0], w[1], "duplicate id");
    }
    for c in cases {
        // Panics when a span is not in the text, in order.
        let ranges = expected_ranges(c);
        for w in ranges.windows(2) {
            assert!(w[0].end <= w[1].start, "line {}: overlapping spans", c.line);
        }
        assert!(!c.note.trim().is_empty(), "line {}: no note", c.line);
        for e in &c.expected {
            // A year-less value needs no reference to be checked, but a value
            // resolved from a reference must have one.
            if e.has("reference") {
                assert!(
                    c.reference.is_some(),
                    "line {}: reference flag without a reference",
                    c.line
                );
            }
            assert!(
                e.granularity().is_some(),
                "line {}: «{}» has no value and no granularity flag",
                c.line,
                e.span
            );
        }
    }
}

/// Runs every case of the table `file` with `run` (the problems and the
/// mentions found), prints the known failures and fails on the others.
pub(super) fn check_table(
    file: &str,
    cases: &[Case],
    mut run: impl FnMut(&Case) -> (Vec<String>, String),
) {
    let mut failures = Vec::new();
    let (mut passed, mut known, mut fixed) = (0, 0, Vec::new());
    for case in cases {
        let (problems, got) = run(case);
        let expected = case
            .expected
            .iter()
            .map(|e| format!("{}={}", e.span, e.value))
            .collect::<Vec<_>>();
        let expected = if expected.is_empty() {
            "-".to_owned()
        } else {
            expected.join(" | ")
        };
        let report = format!(
            "{} (line {}, {}): {}\n    reference {:?} {:?}\n    expected: {expected}\n    got:      {got}\n    {}",
            case.id,
            case.line,
            case.note,
            case.text,
            case.reference,
            case.policy,
            problems.join("\n    ")
        );
        match (problems.is_empty(), case.known_fail) {
            (true, false) => passed += 1,
            (true, true) => fixed.push(case.id.clone()),
            (false, true) => {
                known += 1;
                println!("known-fail {report}");
            }
            (false, false) => failures.push(report),
        }
    }
    for id in &fixed {
        println!("{id}: marked known-fail but passes now; clear its status in {file}");
    }
    println!(
        "{file}: {} cases, {passed} pass, {known} known-fail, {} newly passing, {} failing",
        cases.len(),
        fixed.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn cases_table_is_well_formed() {
    let cases = load("cases.tsv");
    assert!(cases.len() >= 100, "{} cases", cases.len());
    check_well_formed(&cases);
}

#[test]
fn cases_table() {
    check_table("cases.tsv", &load("cases.tsv"), run);
}
