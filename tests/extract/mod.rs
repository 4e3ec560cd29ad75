//! Extraction tests. Ground truth comes from `../shared/testdata/extraction`
//! (skipped with a note when absent), from the hand-annotated
//! `tests/data/corpus_gold.jsonl` over `../shared/corpus`, from the table
//! `tests/data/extract/cases.tsv` and `kinds.tsv` (always run), and from properties.
//! Run with `cargo test extract -- --nocapture` to see the figures.

mod cases;
mod corpus_gold;
mod hengam;
mod kinds;
mod messy;
mod parstdex;
mod probe;
mod props;
mod support;
