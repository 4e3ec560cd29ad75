//! `tests/data/corpus_gold.jsonl` (see `corpus_gold.md`) and
//! `tests/data/corpus_gold_heldout.jsonl` (see `corpus_gold_heldout.md`):
//! hand-annotated date mentions in windows of `../shared/corpus/*.txt`. Span
//! precision, recall and value accuracy per kind, asserted against floors a
//! little below the figures measured; every difference is printed.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use shamsi::{Extractor, Mention};

use super::support::{kind, manifest_dir, overlaps, ratio, read};

#[derive(Debug, Deserialize)]
struct Window {
    file: String,
    line: usize,
    window: [usize; 2],
    reference: Option<String>,
    mentions: Vec<Gold>,
}

#[derive(Debug, Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: String,
}

impl Gold {
    fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One of our mentions, in line offsets.
struct Found {
    range: Range<usize>,
    text: String,
    kind: &'static str,
    value: String,
}

impl Found {
    fn new(m: &Mention<'_>, offset: usize) -> Found {
        Found {
            range: m.start() + offset..m.end() + offset,
            text: m.as_str().to_owned(),
            kind: kind(m),
            value: m.value().map(|v| v.to_string()).unwrap_or_default(),
        }
    }
}

const KINDS: &[&str] = &["solar_hijri", "gregorian", "relative", "hijri_lunar"];

/// The counts of one kind.
#[derive(Debug, Default)]
struct KindScore {
    found: usize,
    gold: usize,
    found_exact: usize,
    found_overlap: usize,
    gold_exact: usize,
    gold_overlap: usize,
    /// Found mentions that overlap a gold mention of the kind, and how many of
    /// them have its value (the exact-span gold one when there is one).
    valued: usize,
    value_right: usize,
    false_positives: Vec<String>,
    misses: Vec<String>,
    wrong_values: Vec<String>,
    boundary: Vec<String>,
}

impl KindScore {
    fn precision(&self) -> f64 {
        ratio(self.found_exact, self.found)
    }
    fn recall(&self) -> f64 {
        ratio(self.gold_exact, self.gold)
    }
    fn value_accuracy(&self) -> f64 {
        ratio(self.value_right, self.valued)
    }
}

/// The lines of a corpus file, read once.
fn corpus_line<'c>(
    cache: &'c mut HashMap<String, Vec<String>>,
    dir: &std::path::Path,
    file: &str,
    line: usize,
) -> &'c str {
    let lines = cache.entry(file.to_owned()).or_insert_with(|| {
        read(&dir.join(file))
            .split('\n')
            .map(str::to_owned)
            .collect()
    });
    &lines[line - 1]
}

/// Scores the extractor on the gold file `name` (in `tests/data`), which
/// must hold `windows` windows, and prints every difference; `None` when the
/// corpus is absent (a plain clone).
fn score(name: &str, windows_expected: usize) -> Option<HashMap<&'static str, KindScore>> {
    let label = name.trim_end_matches(".jsonl");
    let corpus = manifest_dir().join("../shared/corpus");
    if !corpus.is_dir() {
        println!(
            "{label}: skipped, {} is absent (a plain clone)",
            corpus.display()
        );
        return None;
    }
    let windows: Vec<Window> = read(&manifest_dir().join("tests/data").join(name))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert_eq!(windows.len(), windows_expected);
    let mut extractors: HashMap<Option<NaiveDate>, Extractor> = HashMap::new();
    let mut lines = HashMap::new();
    let mut scores: HashMap<&'static str, KindScore> =
        KINDS.iter().map(|k| (*k, KindScore::default())).collect();
    let mut confusions = Vec::new();
    for w in &windows {
        let line = corpus_line(&mut lines, &corpus, &w.file, w.line);
        let [ws, we] = w.window;
        let text = &line[ws..we];
        for g in &w.mentions {
            assert_eq!(
                &line[g.range()],
                g.text,
                "{}:{} corpus and gold disagree",
                w.file,
                w.line
            );
        }
        let reference = w
            .reference
            .as_deref()
            .map(|r| NaiveDate::parse_from_str(r, "%Y-%m-%d").unwrap());
        let ex = extractors
            .entry(reference)
            .or_insert_with(|| match reference {
                Some(r) => Extractor::builder().reference(r).build(),
                None => Extractor::new(),
            });
        let found: Vec<Found> = ex.find_iter(text).map(|m| Found::new(&m, ws)).collect();
        let context = || format!("{}:{} «{}»", w.file, w.line, text.trim());
        for f in &found {
            let s = scores.entry(f.kind).or_default();
            s.found += 1;
            let same: Vec<&Gold> = w
                .mentions
                .iter()
                .filter(|g| g.kind == f.kind && overlaps(&g.range(), &f.range))
                .collect();
            let exact = same.iter().find(|g| g.range() == f.range);
            s.found_exact += usize::from(exact.is_some());
            s.found_overlap += usize::from(!same.is_empty());
            if let Some(g) = exact.or(same.first()) {
                if g.kind != "relative" {
                    s.valued += 1;
                    if g.value == f.value {
                        s.value_right += 1;
                    } else {
                        s.wrong_values.push(format!(
                            "«{}» {} (gold «{}» {}) in {}",
                            f.text,
                            f.value,
                            g.text,
                            g.value,
                            context()
                        ));
                    }
                }
                if exact.is_none() {
                    s.boundary
                        .push(format!("ours «{}», gold «{}»", f.text, g.text));
                }
            } else {
                let other: Vec<String> = w
                    .mentions
                    .iter()
                    .filter(|g| overlaps(&g.range(), &f.range))
                    .map(|g| format!("{} «{}»", g.kind, g.text))
                    .collect();
                if other.is_empty() {
                    s.false_positives
                        .push(format!("«{}» {} in {}", f.text, f.value, context()));
                } else {
                    confusions.push(format!(
                        "ours {} «{}», gold {}",
                        f.kind,
                        f.text,
                        other.join(", ")
                    ));
                }
            }
        }
        for g in &w.mentions {
            let Some(kind) = KINDS.iter().copied().find(|k| *k == g.kind) else {
                panic!("{}:{}: unknown kind {}", w.file, w.line, g.kind);
            };
            let s = scores.entry(kind).or_default();
            s.gold += 1;
            let same: Vec<&Found> = found
                .iter()
                .filter(|f| f.kind == g.kind && overlaps(&g.range(), &f.range))
                .collect();
            s.gold_exact += usize::from(same.iter().any(|f| f.range == g.range()));
            s.gold_overlap += usize::from(!same.is_empty());
            if same.is_empty() {
                s.misses
                    .push(format!("«{}» {} in {}", g.text, g.value, context()));
            }
        }
    }
    println!(
        "{label}: {} windows, {} distinct references",
        windows.len(),
        extractors.len()
    );
    for k in KINDS {
        let s = &scores[k];
        println!(
            "{label} {k:<12} found {:>3} gold {:>3} | exact P {:.3} R {:.3} | overlap P {:.3} R {:.3} | value {:.3} ({}/{})",
            s.found,
            s.gold,
            s.precision(),
            s.recall(),
            ratio(s.found_overlap, s.found),
            ratio(s.gold_overlap, s.gold),
            s.value_accuracy(),
            s.value_right,
            s.valued
        );
    }
    for k in KINDS {
        let s = &scores[k];
        for x in &s.false_positives {
            println!("{label} {k}: false positive {x}");
        }
        for x in &s.misses {
            println!("{label} {k}: missed {x}");
        }
        for x in &s.boundary {
            println!("{label} {k}: boundary {x}");
        }
        for x in &s.wrong_values {
            println!("{label} {k}: wrong value {x}");
        }
    }
    for c in &confusions {
        println!("{label}: other kind: {c}");
    }
    Some(scores)
}

/// Asserts each `(kind, measure, floor)`: precision, recall or values.
fn assert_floors(label: &str, scores: &HashMap<&'static str, KindScore>, floors: &[Floor]) {
    for &(kind, measure, floor) in floors {
        let s = &scores[kind];
        let got = match measure {
            Measure::Precision => s.precision(),
            Measure::Recall => s.recall(),
            Measure::Values => s.value_accuracy(),
        };
        assert!(
            got >= floor,
            "{label}: {kind} {measure:?} {got:.3} is below its floor {floor}"
        );
    }
}

#[derive(Debug, Clone, Copy)]
enum Measure {
    Precision,
    Recall,
    Values,
}

type Floor = (&'static str, Measure, f64);

/// The sample the extractor was developed against. Floors a little below the
/// figures measured on 2026-11-29 (exact spans): Solar Hijri P .979 R .993,
/// values 1.0; Gregorian P 1.0 R .963, values 1.0; relative P .960 R .979;
/// lunar P 1.0 R .962, values 1.0.
#[test]
fn corpus_gold_scores() {
    use Measure::*;
    let Some(scores) = score("corpus_gold.jsonl", 454) else {
        return;
    };
    assert_floors(
        "corpus_gold",
        &scores,
        &[
            ("solar_hijri", Precision, 0.95),
            ("solar_hijri", Recall, 0.95),
            ("solar_hijri", Values, 0.97),
            ("gregorian", Precision, 0.95),
            ("gregorian", Recall, 0.92),
            ("gregorian", Values, 0.97),
            ("relative", Precision, 0.93),
            ("relative", Recall, 0.93),
            ("hijri_lunar", Precision, 0.90),
            ("hijri_lunar", Recall, 0.90),
        ],
    );
}

/// Thirty-six more samples, each drawn and annotated blind (see
/// `corpus_gold_heldout.md`). Their conventions differ from ours in places
/// (a lunar month without a year has no year there; a lifespan is two
/// mentions; decades are none; some read months that follow one another as
/// one range), so lunar dates are only reported. Floors a little below the
/// figures measured over all thirty-six when the thirty-sixth was added
/// (exact spans): Solar Hijri P .965 R .960, values .989; Gregorian P .958 R
/// .937, values .989; relative P .963 R .947.
#[test]
fn corpus_gold_heldout_scores() {
    use Measure::*;
    let Some(scores) = score("corpus_gold_heldout.jsonl", 10080) else {
        return;
    };
    assert_floors(
        "corpus_gold_heldout",
        &scores,
        &[
            ("solar_hijri", Precision, 0.94),
            ("solar_hijri", Recall, 0.94),
            ("solar_hijri", Values, 0.97),
            ("gregorian", Precision, 0.93),
            ("gregorian", Recall, 0.90),
            ("gregorian", Values, 0.97),
            ("relative", Precision, 0.95),
            ("relative", Recall, 0.92),
        ],
    );
}
