//! The table `tests/data/extract/kinds.tsv`: sentences written for the kinds of
//! mention of issue 4 (Gregorian dates written in Persian, lunar Hijri dates,
//! Afghan month names, relative and named dates), positive and negative, with
//! the expected mentions. It runs in a plain clone with the runner of
//! `cases.rs`; see the table's header for its format.
//!
//! Every row also runs with each kind switched off on the builder: exactly the
//! mentions flagged with that kind must disappear, the others stay as they are.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use shamsi::{Extractor, Mention, YearPolicy};

use super::cases::{
    builder, check_table, check_well_formed, expected_ranges, load, run_with, Case,
};
use super::support::{describe_all, lunar_to_gregorian};

const FILE: &str = "kinds.tsv";

/// The kinds that can be switched off, by the flag that marks their mentions.
const SWITCHES: &[&str] = &["gregorian", "hijri_lunar", "afghan", "relative"];

/// One extractor per reference, year policy and switched-off kind (`""` for none):
/// building is cheap, but the table runs each row five times.
#[derive(Default)]
struct Extractors(HashMap<(Option<NaiveDate>, YearPolicy, &'static str), Extractor>);

impl Extractors {
    fn get(&mut self, case: &Case, off: &'static str) -> &Extractor {
        self.0
            .entry((case.reference, case.policy, off))
            .or_insert_with(|| {
                let b = builder(case);
                match off {
                    "gregorian" => b.gregorian(false),
                    "hijri_lunar" => b.hijri_lunar(false),
                    "afghan" => b.afghan(false),
                    "relative" => b.relative(false),
                    _ => b,
                }
                .build()
            })
    }
}

/// With each kind switched off, the mentions flagged with it disappear and the
/// others are found as with every kind on.
fn switch_problems(case: &Case, extractors: &mut Extractors) -> Vec<String> {
    let all: Vec<Mention<'_>> = extractors.get(case, "").find_iter(&case.text).collect();
    let ranges = expected_ranges(case);
    let mut problems = Vec::new();
    for &off in SWITCHES {
        let kept: Vec<Range<usize>> = case
            .expected
            .iter()
            .zip(&ranges)
            .filter(|(e, _)| !e.has(off))
            .map(|(_, r)| r.clone())
            .collect();
        let found: Vec<Mention<'_>> = extractors.get(case, off).find_iter(&case.text).collect();
        let spans: Vec<Range<usize>> = found.iter().map(Mention::range).collect();
        if spans != kept {
            problems.push(format!(
                "with {off} off: found {}, expected the spans {:?}",
                describe_all(&found),
                kept.iter()
                    .map(|r| &case.text[r.clone()])
                    .collect::<Vec<_>>()
            ));
            continue;
        }
        for m in &found {
            if let Some(on) = all.iter().find(|a| a.range() == m.range()) {
                if on != m {
                    problems.push(format!(
                        "with {off} off: «{}» changes to {}",
                        m.as_str(),
                        describe_all(std::slice::from_ref(m))
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn kinds_table_is_well_formed() {
    let cases = load(FILE);
    check_well_formed(&cases);
    // Every kind of issue 4 has its positive and negative rows.
    for (prefix, min_pos, min_neg) in [
        ("greg-", 40, 8),
        ("lunar-", 25, 8),
        ("afghan-", 30, 8),
        ("rel-", 40, 8),
        ("named-", 6, 0),
    ] {
        let rows: Vec<&Case> = cases.iter().filter(|c| c.id.starts_with(prefix)).collect();
        let neg = rows.iter().filter(|c| c.expected.is_empty()).count();
        let pos = rows.len() - neg;
        assert!(pos >= min_pos, "{prefix}: {pos} positive rows");
        assert!(neg >= min_neg, "{prefix}: {neg} negative rows");
    }
    // A flag of a kind sits on the rows of that kind (or on rows mixing kinds);
    // a relative mention may carry its era's calendar («سال جاری قمری»).
    for c in &cases {
        for e in &c.expected {
            for (flag, prefix) in [
                ("hijri_lunar", "lunar-"),
                ("afghan", "afghan-"),
                ("relative", "rel-"),
            ] {
                let relative_era = flag != "relative" && e.has("relative");
                // Named days without their year are relative too («نوروز»).
                let named = flag == "relative" && c.id.starts_with("named-");
                assert!(
                    !e.has(flag)
                        || relative_era
                        || named
                        || c.id.starts_with(prefix)
                        || c.id.starts_with("mix-"),
                    "line {}: «{}» flagged {flag} in a row {}",
                    c.line,
                    e.span,
                    c.id
                );
            }
        }
    }
}

/// The Rust tabular calendar of the test agrees with the figures quoted in the
/// table's header (computed there in Python).
#[test]
fn kinds_lunar_calendar() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(lunar_to_gregorian(1, 1, 1), Some(day(622, 7, 19)));
    assert_eq!(lunar_to_gregorian(1400, 1, 1), Some(day(1979, 11, 21)));
    assert_eq!(lunar_to_gregorian(1445, 1, 1), Some(day(2023, 7, 19)));
    assert_eq!(lunar_to_gregorian(1447, 1, 16), Some(day(2025, 7, 12)));
    // 1445 is year 5 of its cycle (leap): 30 Dhu al-Hijja exists; 1444 (year 4) has none.
    assert!(lunar_to_gregorian(1445, 12, 30).is_some());
    assert_eq!(lunar_to_gregorian(1444, 12, 30), None);
    assert_eq!(
        lunar_to_gregorian(1445, 12, 30).unwrap().succ_opt(),
        lunar_to_gregorian(1446, 1, 1)
    );
}

#[test]
fn kinds_table() {
    let cases = load(FILE);
    let mut extractors = Extractors::default();
    check_table(FILE, &cases, |case| {
        let (mut problems, got) = run_with(case, extractors.get(case, ""));
        problems.extend(switch_problems(case, &mut extractors));
        (problems, got)
    });
}

/// Every one of the 16 choices of the four optional kinds finds exactly the
/// mentions of the kinds it has on, and always the Solar Hijri one: the
/// extractors share tables built once per choice, and none may get
/// another's. Built from several threads at once, in two rounds, so that
/// the tables are built by some and reused by others.
#[test]
fn kinds_every_choice_gets_its_own_tables() {
    // No years beside the other kinds' month names: a year would open a
    // window of its own and find them whatever the tables hold.
    let text = "قرارداد ۳۰ بهمن ۱۴۰۳ بسته شد؛ سفر ۱۸ فوریه بود، \
                جلسه ۱۲ ربیع\u{200c}الاول و نامه ۲۵ اسد رسید. دیروز هم خبر آمد.";
    // The mentions, in text order, and the switch that removes each (none
    // for the Solar Hijri one).
    let expected: [(&str, Option<usize>); 5] = [
        ("۳۰ بهمن ۱۴۰۳", None),
        ("۱۸ فوریه", Some(0)),
        ("۱۲ ربیع\u{200c}الاول", Some(1)),
        ("۲۵ اسد", Some(2)),
        ("دیروز", Some(3)),
    ];
    let reference = NaiveDate::from_ymd_opt(2025, 7, 12).unwrap();
    for round in 0..2 {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..16usize)
                .map(|choice| {
                    s.spawn(move || {
                        let on = |bit: usize| choice >> bit & 1 == 1;
                        let ex = Extractor::builder()
                            .reference(reference)
                            .gregorian(on(0))
                            .hijri_lunar(on(1))
                            .afghan(on(2))
                            .relative(on(3))
                            .build();
                        let got: Vec<String> =
                            ex.find_iter(text).map(|m| m.as_str().to_string()).collect();
                        let want: Vec<String> = expected
                            .iter()
                            .filter(|(_, switch)| switch.map_or(true, on))
                            .map(|(span, _)| span.to_string())
                            .collect();
                        assert_eq!(got, want, "round {round}, choice {choice:04b}");
                    })
                })
                .collect();
            for handle in handles {
                handle.join().expect("no thread panics");
            }
        });
    }
}
