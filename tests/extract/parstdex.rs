//! The parstdex regression set (`../shared/testdata/extraction/parstdex/`, MIT,
//! from github.com/kargaranamir/parstdex): span precision and recall of our
//! Solar Hijri mentions.

use std::ops::Range;

use serde::Deserialize;
use shamsi::Extractor;

use super::support::{byte_span, extraction_data, is_solar_hijri, read, Eval};

#[derive(Debug, Deserialize)]
struct Item {
    test_input: String,
    /// A JSON list of code-point spans, itself in a string: "[[0, 5], [8, 14]]".
    expected: String,
}

/// parstdex's spans cover date *and* time expressions, prepositions included
/// («در مهرماه ۱۳۸۸», «۲۸ آبان 1395 20 : 56»), and often several dates merged
/// into one span. Recall counts the gold spans that are Solar Hijri by their
/// words (a Solar Hijri month name, or a 13xx/14xx year with no lunar or
/// Gregorian word: `is_solar_hijri_gold`); precision counts our Solar Hijri
/// mentions that fall in any gold span. Exact matches are rare by construction:
/// the overlap figures are the meaningful ones.
#[test]
fn parstdex_scores() {
    let Some(dir) = extraction_data("parstdex_scores") else {
        return;
    };
    let items: Vec<Item> =
        serde_json::from_str(&read(&dir.join("parstdex/parstdex_tests_data.json"))).unwrap();
    assert_eq!(items.len(), 305);
    let ex = Extractor::new();
    let mut eval = Eval::default();
    for item in &items {
        let pairs: Vec<[usize; 2]> = serde_json::from_str(&item.expected).unwrap();
        let text = &item.test_input;
        let gold: Vec<Range<usize>> = pairs.iter().map(|[a, b]| byte_span(text, *a..*b)).collect();
        let found: Vec<Range<usize>> = ex
            .find_iter(text)
            .filter(is_solar_hijri)
            .map(|m| m.range())
            .collect();
        eval.add(text, &found, &gold);
    }
    eval.print("parstdex");
    // Measured: overlap precision 0.988 (81/82), recall 0.744 (64/86); relaxed
    // exact recall 0.419 (36/86). The floors sit a little below, to catch regressions.
    eval.assert_floors("parstdex", 0.95, 0.68, 0.37);
}
