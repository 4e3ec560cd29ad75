//! Loads the calendar facts: `../shared/testdata/calendar/` when it exists, else the
//! copies in `tests/data/` (see `tests/data/README.md`).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// One row of `nowruz.csv`.
#[derive(Debug, Clone, Copy)]
pub struct NowruzRow {
    pub year: i32,
    pub nowruz: NaiveDate,
    pub leap: bool,
}

/// One row of `official_leap_1206_1498.csv`.
#[derive(Debug, Clone, Copy)]
pub struct OfficialRow {
    pub year: i32,
    pub nowruz: NaiveDate,
    pub leap: bool,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared_path(name: &str) -> PathBuf {
    manifest_dir()
        .join("../shared/testdata/calendar")
        .join(name)
}

fn repo_path(name: &str) -> PathBuf {
    manifest_dir().join("tests/data").join(name)
}

/// The shared file when present, else the repo copy.
fn source(name: &str) -> PathBuf {
    let shared = shared_path(name);
    if shared.is_file() {
        shared
    } else {
        repo_path(name)
    }
}

/// The rows of a CSV as maps from column name to value (the columns are found by
/// name, so the full shared file and the cut-down copy read the same).
fn read_csv(path: &Path) -> Vec<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<String> = lines
        .next()
        .expect("a header line")
        .split(',')
        .map(|s| s.trim().to_owned())
        .collect();
    lines
        .map(|line| {
            header
                .iter()
                .cloned()
                .zip(line.split(',').map(|s| s.trim().to_owned()))
                .collect()
        })
        .collect()
}

fn field<'a>(row: &'a [(String, String)], name: &str) -> &'a str {
    row.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn flag(s: &str) -> bool {
    match s {
        "0" => false,
        "1" => true,
        _ => panic!("bad flag {s:?}"),
    }
}

fn nowruz_from(path: &Path) -> Vec<NowruzRow> {
    read_csv(path)
        .iter()
        .map(|r| NowruzRow {
            year: field(r, "sh_year").parse().expect("a year"),
            nowruz: date(field(r, "gregorian_nowruz")),
            leap: flag(field(r, "leap")),
        })
        .collect()
}

fn official_from(path: &Path) -> Vec<OfficialRow> {
    read_csv(path)
        .iter()
        .map(|r| OfficialRow {
            year: field(r, "sh_year").parse().expect("a year"),
            nowruz: date(field(r, "gregorian_nowruz")),
            leap: flag(field(r, "leap")),
        })
        .collect()
}

/// SH 1..=3000, in order.
pub fn nowruz() -> Vec<NowruzRow> {
    let rows = nowruz_from(&source("nowruz.csv"));
    assert_eq!(rows.len(), 3000);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.year, i as i32 + 1, "nowruz.csv is not in year order");
    }
    rows
}

/// SH 1206..=1498, in order.
pub fn official() -> Vec<OfficialRow> {
    let rows = official_from(&source("official_leap_1206_1498.csv"));
    assert_eq!(rows.len(), 293);
    assert_eq!(rows.first().map(|r| r.year), Some(1206));
    assert_eq!(rows.last().map(|r| r.year), Some(1498));
    rows
}

#[test]
fn repo_copies_agree_with_shared_data() {
    if !shared_path("nowruz.csv").is_file() {
        eprintln!("../shared not present: nothing to compare the copies with");
        return;
    }
    let shared = nowruz_from(&shared_path("nowruz.csv"));
    let copy = nowruz_from(&repo_path("nowruz.csv"));
    assert_eq!(shared.len(), copy.len());
    for (s, c) in shared.iter().zip(&copy) {
        assert_eq!((s.year, s.nowruz, s.leap), (c.year, c.nowruz, c.leap));
    }
    let shared = official_from(&shared_path("official_leap_1206_1498.csv"));
    let copy = official_from(&repo_path("official_leap_1206_1498.csv"));
    assert_eq!(shared.len(), copy.len());
    for (s, c) in shared.iter().zip(&copy) {
        assert_eq!((s.year, s.nowruz, s.leap), (c.year, c.nowruz, c.leap));
    }
}

#[test]
fn repo_copies_read_on_their_own() {
    // What a clone without ../shared sees.
    assert_eq!(nowruz_from(&repo_path("nowruz.csv")).len(), 3000);
    assert_eq!(
        official_from(&repo_path("official_leap_1206_1498.csv")).len(),
        293
    );
}
