//! Shared helpers of the extraction tests: where the data is, an independent
//! Solar Hijri calendar (from `tests/data/nowruz.csv`, not from the crate), an
//! independent tabular lunar Hijri calendar, expected values, span scores and
//! printing.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate};
use shamsi::{Calendar, Mention};

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/testdata/extraction` beside the checkout, or `None` (and a printed
/// note naming the test) when it is absent, as in a plain clone.
pub fn extraction_data(test: &str) -> Option<PathBuf> {
    let dir = manifest_dir().join("../shared/testdata/extraction");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "{test}: skipped, {} is absent (a plain clone); tests/data/extract/cases.tsv still runs",
            dir.display()
        );
        None
    }
}

/// The publication date of the probe sentences and the seed article (1404-04-21).
pub fn probe_reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 7, 12).unwrap()
}

pub fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------
// An independent calendar: the Gregorian date of 1 Farvardin of every year and
// whether it has 30 Esfand, from tests/data/nowruz.csv (itself checked against
// the shared data by the calendar tests), and the civil month lengths.

struct Nowruz {
    first: HashMap<i32, NaiveDate>,
    leap: HashMap<i32, bool>,
}

fn nowruz_table() -> &'static Nowruz {
    static TABLE: OnceLock<Nowruz> = OnceLock::new();
    TABLE.get_or_init(|| {
        let text = read(&manifest_dir().join("tests/data/nowruz.csv"));
        let mut first = HashMap::new();
        let mut leap = HashMap::new();
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split(',').map(str::trim).collect();
            let year: i32 = cols[0].parse().unwrap();
            first.insert(
                year,
                NaiveDate::parse_from_str(cols[1], "%Y-%m-%d").unwrap(),
            );
            leap.insert(year, cols[2] == "1");
        }
        Nowruz { first, leap }
    })
}

/// A Solar Hijri day as plain numbers.
pub type Ymd = (i32, u8, u8);

pub fn month_len(year: i32, month: u8) -> u8 {
    match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if nowruz_table().leap[&year] => 30,
        12 => 29,
        _ => panic!("no month {month}"),
    }
}

pub fn to_gregorian((y, m, d): Ymd) -> NaiveDate {
    assert!((1..=month_len(y, m)).contains(&d), "no day {y}-{m}-{d}");
    let before: i64 = (1..m).map(|k| i64::from(month_len(y, k))).sum();
    nowruz_table().first[&y] + Duration::days(before + i64::from(d) - 1)
}

pub fn to_jalali(g: NaiveDate) -> Ymd {
    let t = nowruz_table();
    let nowruz = |y: i32| {
        *t.first.get(&y).unwrap_or_else(|| {
            panic!("{g} is outside the Solar Hijri years of nowruz.csv (1 Farvardin 1 = 622-03-22)")
        })
    };
    let mut y = g.year() - 621;
    while nowruz(y) > g {
        y -= 1;
    }
    while t.first.get(&(y + 1)).is_some_and(|n| *n <= g) {
        y += 1;
    }
    let mut left = (g - nowruz(y)).num_days() + 1;
    let mut m = 1;
    while left > i64::from(month_len(y, m)) {
        left -= i64::from(month_len(y, m));
        m += 1;
    }
    (y, m, u8::try_from(left).unwrap())
}

// ---------------------------------------------------------------------------
// Expected values: the text of `Value`'s Display, parsed independently.

/// A point as written in expected data: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD`, `--MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Point {
    pub fn parse(s: &str) -> Option<Point> {
        let (year, rest) = match s.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = s.split_once('-').unwrap_or((s, ""));
                if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (Some(y.parse().ok()?), rest)
            }
        };
        let mut parts = if rest.is_empty() {
            Vec::new()
        } else {
            rest.split('-').collect()
        };
        if parts.len() > 2 || parts.iter().any(|p| p.len() != 2) {
            return None;
        }
        let day = if parts.len() == 2 {
            Some(parts.pop()?.parse().ok()?)
        } else {
            None
        };
        let month = parts.pop().map(|p| p.parse().ok()).unwrap_or(None);
        if year.is_none() && month.is_none() {
            return None;
        }
        Some(Point { year, month, day })
    }

    pub fn granularity(&self) -> &'static str {
        match (self.month, self.day) {
            (Some(_), Some(_)) => "day",
            (Some(_), None) => "month",
            _ => "year",
        }
    }
}

/// A value as written in expected data: a point or `A..B`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedValue {
    pub first: Point,
    pub last: Point,
    pub range: bool,
}

impl ExpectedValue {
    pub fn parse(s: &str) -> Option<ExpectedValue> {
        match s.split_once("..") {
            Some((a, b)) => Some(ExpectedValue {
                first: Point::parse(a)?,
                last: Point::parse(b)?,
                range: true,
            }),
            None => {
                let p = Point::parse(s)?;
                Some(ExpectedValue {
                    first: p,
                    last: p,
                    range: false,
                })
            }
        }
    }

    pub fn has_year(&self) -> bool {
        self.first.year.is_some() && self.last.year.is_some()
    }

    /// The first and last Solar Hijri day the value covers, for a value in
    /// `calendar` with a year; computed with the independent calendar.
    pub fn jalali_days(&self, calendar: Calendar) -> Option<(Ymd, Ymd)> {
        let (a, _) = point_days(self.first, calendar)?;
        let (_, b) = point_days(self.last, calendar)?;
        Some((a, b))
    }
}

/// The Solar Hijri days a point in `calendar` covers.
fn point_days(p: Point, calendar: Calendar) -> Option<(Ymd, Ymd)> {
    let y = p.year?;
    match calendar {
        Calendar::SolarHijri => Some(match (p.month, p.day) {
            (Some(m), Some(d)) => ((y, m, d), (y, m, d)),
            (Some(m), None) => ((y, m, 1), (y, m, month_len(y, m))),
            _ => ((y, 1, 1), (y, 12, month_len(y, 12))),
        }),
        Calendar::Gregorian => {
            let (a, b) = match (p.month, p.day) {
                (Some(m), Some(d)) => {
                    let g = NaiveDate::from_ymd_opt(y, m.into(), d.into())?;
                    (g, g)
                }
                (Some(m), None) => {
                    let a = NaiveDate::from_ymd_opt(y, m.into(), 1)?;
                    let next = if m == 12 {
                        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
                    } else {
                        NaiveDate::from_ymd_opt(y, u32::from(m) + 1, 1)?
                    };
                    (a, next.pred_opt()?)
                }
                _ => (
                    NaiveDate::from_ymd_opt(y, 1, 1)?,
                    NaiveDate::from_ymd_opt(y, 12, 31)?,
                ),
            };
            Some((to_jalali(a), to_jalali(b)))
        }
        Calendar::HijriLunar => {
            let (a, b) = match (p.month, p.day) {
                (Some(m), Some(d)) => {
                    // A 30th of a month the arithmetic gives 29 days: a sighted
                    // month may have 30, and its 30th is the day after the 29th.
                    let g = match lunar_to_gregorian(y, m, d) {
                        None if d == 30 => lunar_to_gregorian(y, m, 29)?.succ_opt()?,
                        g => g?,
                    };
                    (g, g)
                }
                (Some(m), None) => (
                    lunar_to_gregorian(y, m, 1)?,
                    lunar_to_gregorian(y, m, lunar_month_len(y, m))?,
                ),
                _ => (
                    lunar_to_gregorian(y, 1, 1)?,
                    lunar_to_gregorian(y, 12, lunar_month_len(y, 12))?,
                ),
            };
            Some((to_jalali(a), to_jalali(b)))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// An independent lunar Hijri calendar: the arithmetical (tabular, civil) Islamic
// calendar, counted day by day from its epoch, as kinds.tsv was computed.

/// Rata Die of 1 Muharram 1 AH: Julian 622-07-16 (Gregorian 622-07-19).
const LUNAR_EPOCH: i64 = 227_015;

/// The years of a 30-year cycle with 355 days (Dhu al-Hijja has 30).
const LUNAR_LEAP: [i32; 11] = [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29];

fn lunar_leap(year: i32) -> bool {
    LUNAR_LEAP.contains(&((year - 1).rem_euclid(30) + 1))
}

/// Odd months have 30 days, even months 29, Dhu al-Hijja 30 in a leap year.
pub fn lunar_month_len(year: i32, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && lunar_leap(year)) {
        30
    } else {
        29
    }
}

/// The Gregorian day of a lunar Hijri day (year 1 or later), or `None` when it does not exist.
pub fn lunar_to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    if year < 1 || !(1..=12).contains(&month) || day < 1 || day > lunar_month_len(year, month) {
        return None;
    }
    let cycles = i64::from((year - 1) / 30);
    let years: i64 = ((year - 1) / 30 * 30 + 1..year)
        .map(|y| if lunar_leap(y) { 355 } else { 354 })
        .sum();
    let months: i64 = (1..month)
        .map(|m| i64::from(lunar_month_len(year, m)))
        .sum();
    let fixed = LUNAR_EPOCH + cycles * 10_631 + years + months + i64::from(day) - 1;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(fixed).ok()?)
}

/// The leading value of a free-text field of the probe data: «1404-04-12 (year
/// from doc date)» → «1404-04-12», «1403-11 (month)» → «1403-11».
pub fn leading_value(field: &str) -> &str {
    field.split_whitespace().next().unwrap_or("")
}

/// A free-text Gregorian field: «2025-07-03» or «2025-01-20..2025-02-18».
pub fn parse_gregorian_interval(field: &str) -> (NaiveDate, NaiveDate) {
    let v = leading_value(field);
    let (a, b) = v.split_once("..").unwrap_or((v, v));
    let day =
        |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s:?}: {e}"));
    (day(a), day(b))
}

/// The kind of a mention as `corpus_gold.jsonl` names it: `relative` for
/// «دیروز» and the like, else the calendar it is written in.
pub fn kind(m: &Mention<'_>) -> &'static str {
    if m.is_relative() {
        "relative"
    } else {
        m.calendar().as_str()
    }
}

/// Whether a mention is a date written in the Solar Hijri calendar (not relative).
pub fn is_solar_hijri(m: &Mention<'_>) -> bool {
    m.calendar() == Calendar::SolarHijri && !m.is_relative()
}

pub fn ymd(d: shamsi::Date) -> Ymd {
    (d.year(), d.month().number(), d.day())
}

// ---------------------------------------------------------------------------
// Offsets and printing.

/// The byte offset of code point `index` in `text`.
pub fn byte_offset(text: &str, index: usize) -> usize {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(index)
        .unwrap_or_else(|| panic!("code point {index} is past the end of {text:?}"))
}

/// Converts code-point spans to byte spans.
pub fn byte_span(text: &str, chars: Range<usize>) -> Range<usize> {
    byte_offset(text, chars.start)..byte_offset(text, chars.end)
}

/// «span=value=flags» for a mention, in the notation of `cases.tsv`.
pub fn describe(m: &Mention<'_>) -> String {
    let mut s = format!(
        "{}={}",
        m.as_str(),
        m.value().map_or_else(|| "?".to_owned(), |v| v.to_string())
    );
    let mut flags = vec![m.year_source().as_str()];
    if kind(m) != "solar_hijri" {
        flags.push(kind(m));
    }
    if m.weekday_mismatch() {
        flags.push("mismatch");
    }
    let _ = write!(s, "={} @{}..{}", flags.join(","), m.start(), m.end());
    s
}

pub fn describe_all(ms: &[Mention<'_>]) -> String {
    if ms.is_empty() {
        return "-".to_owned();
    }
    ms.iter().map(describe).collect::<Vec<_>>().join(" | ")
}

// ---------------------------------------------------------------------------
// Span scores.

pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Frame words a gold set may keep at the start of a span and our spans leave
/// out (prepositions, «تاریخ», «روز»): the relaxed exact match drops them.
const FRAME_WORDS: &[&str] = &[
    "در",
    "به",
    "طی",
    "تاریخ",
    "تاريخ",
    "مورخ",
    "مورخه",
    "روز",
    "روزهای",
    "روزهاي",
];

/// `span` without leading frame words (and the spaces after them).
pub fn trim_frame(text: &str, span: &Range<usize>) -> Range<usize> {
    let mut start = span.start;
    loop {
        let rest = &text[start..span.end];
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_end];
        if word_end == rest.len() || !FRAME_WORDS.contains(&word) {
            return start..span.end;
        }
        let after = rest[word_end..].trim_start();
        start = span.end - after.len();
    }
}

/// Span precision and recall of our Solar Hijri mentions against a gold set of
/// date spans that mixes calendars: precision over every gold span (a mention
/// inside any gold date is no false date), recall over the gold spans
/// [`is_solar_hijri_gold`] keeps. Three matches: overlap; exact; and relaxed
/// exact, where the gold span may start with frame words we leave out.
#[derive(Debug, Default)]
pub struct Eval {
    pub found: usize,
    pub gold: usize,
    pub gold_all: usize,
    pub found_overlap: usize,
    pub found_exact: usize,
    pub found_relaxed: usize,
    pub gold_overlap: usize,
    pub gold_exact: usize,
    pub gold_relaxed: usize,
    /// Our mentions that overlap no gold span, with their text.
    pub false_positives: Vec<String>,
    /// Solar Hijri gold spans no mention overlaps.
    pub misses: Vec<String>,
    /// Pairs that overlap but differ: (ours, gold).
    pub boundary: Vec<(String, String)>,
}

impl Eval {
    /// Adds one text: our mention spans and the gold date spans, as byte ranges.
    pub fn add(&mut self, text: &str, found: &[Range<usize>], gold: &[Range<usize>]) {
        let relaxed: Vec<Range<usize>> = gold.iter().map(|g| trim_frame(text, g)).collect();
        let solar: Vec<bool> = gold
            .iter()
            .map(|g| is_solar_hijri_gold(&text[g.clone()]))
            .collect();
        self.found += found.len();
        self.gold_all += gold.len();
        for f in found {
            if gold.iter().any(|g| overlaps(f, g)) {
                self.found_overlap += 1;
            } else {
                self.false_positives
                    .push(format!("«{}» in «{}»", &text[f.clone()], text.trim()));
            }
            self.found_exact += usize::from(gold.contains(f));
            self.found_relaxed += usize::from(gold.contains(f) || relaxed.contains(f));
        }
        for (i, g) in gold.iter().enumerate().filter(|(i, _)| solar[*i]) {
            self.gold += 1;
            let over: Vec<&Range<usize>> = found.iter().filter(|f| overlaps(f, g)).collect();
            if over.is_empty() {
                self.misses
                    .push(format!("«{}» in «{}»", &text[g.clone()], text.trim()));
            }
            self.gold_overlap += usize::from(!over.is_empty());
            let exact = found.contains(g);
            let relaxed_hit = exact || found.contains(&relaxed[i]);
            self.gold_exact += usize::from(exact);
            self.gold_relaxed += usize::from(relaxed_hit);
            if !relaxed_hit {
                for f in over {
                    self.boundary
                        .push((text[f.clone()].to_owned(), text[g.clone()].to_owned()));
                }
            }
        }
    }

    pub fn precision_overlap(&self) -> f64 {
        ratio(self.found_overlap, self.found)
    }
    pub fn recall_overlap(&self) -> f64 {
        ratio(self.gold_overlap, self.gold)
    }
    pub fn precision_exact(&self) -> f64 {
        ratio(self.found_exact, self.found)
    }
    pub fn recall_exact(&self) -> f64 {
        ratio(self.gold_exact, self.gold)
    }
    pub fn precision_relaxed(&self) -> f64 {
        ratio(self.found_relaxed, self.found)
    }
    pub fn recall_relaxed(&self) -> f64 {
        ratio(self.gold_relaxed, self.gold)
    }

    /// Fails when overlap precision, overlap recall or relaxed exact recall
    /// falls below its floor.
    pub fn assert_floors(&self, name: &str, precision: f64, recall: f64, exact_recall: f64) {
        let checks = [
            ("overlap precision", self.precision_overlap(), precision),
            ("overlap recall", self.recall_overlap(), recall),
            ("relaxed exact recall", self.recall_relaxed(), exact_recall),
        ];
        for (what, got, floor) in checks {
            assert!(
                got >= floor,
                "{name}: {what} {got:.3} is below its floor {floor}"
            );
        }
    }

    /// Prints the figures and the differences.
    pub fn print(&self, name: &str) {
        println!(
            "{name}: {} Solar Hijri mentions found; {} gold date spans, {} of them Solar Hijri",
            self.found, self.gold_all, self.gold
        );
        let line = |kind: &str, fp: usize, p: f64, gr: usize, r: f64| {
            println!(
                "{name}:   {kind:<14} precision {p:.3} ({fp}/{})  recall {r:.3} ({gr}/{})",
                self.found, self.gold
            )
        };
        line(
            "overlap",
            self.found_overlap,
            self.precision_overlap(),
            self.gold_overlap,
            self.recall_overlap(),
        );
        line(
            "exact",
            self.found_exact,
            self.precision_exact(),
            self.gold_exact,
            self.recall_exact(),
        );
        line(
            "relaxed exact",
            self.found_relaxed,
            self.precision_relaxed(),
            self.gold_relaxed,
            self.recall_relaxed(),
        );
        for fp in &self.false_positives {
            println!("{name}:   no gold date: {fp}");
        }
        for m in &self.misses {
            println!("{name}:   missed: {m}");
        }
        for (ours, gold) in &self.boundary {
            println!("{name}:   boundary: ours «{ours}», gold «{gold}»");
        }
    }
}

/// A ratio that is 1 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

// ---------------------------------------------------------------------------
// Which gold spans are Solar Hijri (for gold sets that mix calendars and times).

/// Iranian and Dari month names with their common variant spellings, after
/// [`fold`]. «مهر», «دی», «تیر» are included: a gold span is already a date.
const SH_MONTHS: &[&str] = &[
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "امرداد",
    "شهریور",
    "مهر",
    "آبان",
    "ابان",
    "آذر",
    "اذر",
    "أذر",
    "دی",
    "بهمن",
    "اسفند",
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
];

/// Words that put a span in another calendar: lunar and Gregorian months and era words.
const OTHER_CALENDAR: &[&str] = &[
    "محرم",
    "صفر",
    "ربیع",
    "جمادی",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذی",
    "ذیقعده",
    "ذیحجه",
    "قمری",
    "ق",
    "ه.ق",
    "ه.ق.",
    "میلادی",
    "میلاد",
    "ژانویه",
    "فوریه",
    "مارس",
    "مارچ",
    "آوریل",
    "آپریل",
    "مه",
    "می",
    "ژوئن",
    "ژون",
    "جون",
    "ژوئیه",
    "جولای",
    "اوت",
    "آگوست",
    "اگوست",
    "آگست",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];

/// Folds letter variants (ي ك ى, tatweel, joiners) so words compare.
pub fn fold(word: &str) -> String {
    word.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200c}' | '\u{200d}' | '\u{200f}' | '\u{200e}' | '\u{640}'
            )
        })
        .map(|c| match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            c => c,
        })
        .collect()
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '۰'..='۹' => Some(c as u32 - '۰' as u32),
        '٠'..='٩' => Some(c as u32 - '٠' as u32),
        _ => None,
    }
}

/// The words of `text`: runs of letters split off from digits and punctuation.
fn words(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in folded.chars() {
        if (c.is_alphabetic() && digit_value(c).is_none()) || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The numbers written in digits in `text` (any script).
fn numbers(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut cur: Option<u32> = None;
    for c in text.chars() {
        match digit_value(c) {
            Some(d) => cur = Some(cur.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            None => out.extend(cur.take()),
        }
    }
    out.extend(cur);
    out
}

/// Whether a gold date span is (probably) a Solar Hijri date: it names a Solar
/// Hijri month (optionally glued to «ماه» or digits), or it holds a four-digit
/// year 1300..=1499 and no word of another calendar (lunar months, «قمری»,
/// «ه.ق.», Gregorian months, «میلادی»: 14xx is also a lunar year).
pub fn is_solar_hijri_gold(text: &str) -> bool {
    let ws = words(text);
    let month = ws.iter().any(|w| {
        let w = w.trim_end_matches('.');
        let w = w.strip_suffix("ماه").unwrap_or(w);
        SH_MONTHS.contains(&w)
    });
    let other = ws
        .iter()
        .any(|w| OTHER_CALENDAR.contains(&w.as_str()) || w.starts_with("ه.ق"))
        || fold(text).contains("ه . ق");
    let year = numbers(text).iter().any(|n| (1300..1500).contains(n));
    month || (year && !other)
}
