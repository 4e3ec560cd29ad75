//! Extraction throughput on real Persian text, in bytes per second.
//!
//! Each group times two things over the same text:
//!
//! - `shamsi`: `Extractor::find_iter(text).count()`, the whole pipeline (anchor
//!   scan, tokenizer, grammar, resolution against a reference date);
//! - `shamsi_solar_only`: the same with the Gregorian, lunar, Afghan and
//!   relative kinds switched off (what the first extraction issue asked for);
//! - `regex_baseline`: one `regex::Regex` `find_iter(text).count()` of a plain
//!   date pattern a user might write: numeric dates in the three digit scripts
//!   (`۱۴۰۳/۱۱/۳۰`, `30-11-1403`), or a day, a month name (Persian or Arabic
//!   yeh and kaf), an optional «ماه» and an optional year (`۳۰ بهمن ۱۴۰۳`).
//!   It finds candidates only: no homographs, no validation, no values.
//!
//! Groups:
//!
//! - `extract/hamshahri`: `../shared/corpus/fa_news_hamshahri.txt` (26 MB of
//!   news), or `examples/data/sample.txt` when the corpus is absent;
//! - `extract/mixed`: every `../shared/corpus/*.txt`, a share of each (cut at
//!   a line end), about 8 MB in all, so the figure is not one file's.
//!
//! - `extract/hamshahri/parallel`: one extractor on one thread, and the same
//!   extractor shared by two threads over the two halves of the text.
//! - `extract/per_document`: one line of the sample searched with a shared
//!   extractor, and with one built for it with its own reference date.
//!
//! The counts are computed once before timing and checked inside the loop.
//! `cargo bench --bench extract -- --test` runs each case once (the CI smoke mode).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use regex::Regex;
use shamsi::Extractor;

/// The mixed corpus is cut to about this many bytes.
const MIXED_CAP: usize = 8 * 1024 * 1024;

/// The baseline: digits in three scripts around separators, or a day, a month
/// name and an optional year.
const BASELINE: &str = concat!(
    r"[0-9۰-۹٠-٩]{1,4}[/\-.][0-9۰-۹٠-٩]{1,2}[/\-.][0-9۰-۹٠-٩]{1,4}",
    r"|[0-9۰-۹٠-٩]{1,2} ?",
    r"(?:فروردین|فروردين|اردیبهشت|ارديبهشت|خرداد|تیر|تير|مرداد|شهریور|شهريور",
    r"|مهر|آبان|ابان|آذر|اذر|دی|دي|بهمن|اسفند)",
    r"(?:\s?ماه)?(?:\s(?:سال\s)?[0-9۰-۹٠-٩]{2,4})?",
);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/sample.txt")
}

/// The group name and the text at `path`, or the bundled sample when it
/// cannot be read; prints which.
fn text_or_sample(name: &'static str, path: &Path) -> (&'static str, String) {
    let (name, path, text) = match std::fs::read_to_string(path) {
        Ok(text) => (name, path.to_path_buf(), text),
        Err(_) => {
            let sample = sample_path();
            let text = std::fs::read_to_string(&sample).expect("examples/data/sample.txt");
            ("sample", sample, text)
        }
    };
    println!(
        "extract bench: {name}: {} ({} bytes)",
        path.display(),
        text.len()
    );
    (name, text)
}

/// A share of every `*.txt` in the corpus, each cut at a line end, about
/// `MIXED_CAP` bytes in all: small files go in whole, the rest share what is left.
fn mixed_corpus() -> Option<String> {
    let mut files: Vec<(PathBuf, u64)> = std::fs::read_dir(corpus_dir())
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| Some((p.clone(), std::fs::metadata(&p).ok()?.len())))
        .collect();
    if files.is_empty() {
        return None;
    }
    // Smallest first, so each file's share is what the smaller ones left over.
    files.sort_by_key(|(p, len)| (*len, p.clone()));
    let mut out = String::with_capacity(MIXED_CAP + 1024);
    let count = files.len();
    for (i, (path, _)) in files.iter().enumerate() {
        let text = std::fs::read_to_string(path).ok()?;
        let share = MIXED_CAP.saturating_sub(out.len()) / (count - i);
        let cut = if text.len() <= share {
            text.len()
        } else {
            // A '\n' byte is always a char boundary.
            text.as_bytes()[..share]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |n| n + 1)
        };
        out.push_str(&text[..cut]);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    println!(
        "extract bench: mixed corpus, {} files, {} bytes",
        count,
        out.len()
    );
    Some(out)
}

fn bench_group(c: &mut Criterion, group: &str, text: &str) {
    let extractor = Extractor::builder()
        .reference(NaiveDate::from_ymd_opt(2025, 7, 12).expect("a valid date"))
        .build();
    // Only what the Solar Hijri issue asked for: the other kinds (Gregorian,
    // lunar, Afghan, relative) switched off, so the cost of them shows.
    let solar_only = Extractor::builder()
        .reference(NaiveDate::from_ymd_opt(2025, 7, 12).expect("a valid date"))
        .gregorian(false)
        .hijri_lunar(false)
        .afghan(false)
        .relative(false)
        .build();
    let baseline = Regex::new(BASELINE).expect("the baseline pattern compiles");
    let found = extractor.find_iter(text).count();
    let found_solar = solar_only.find_iter(text).count();
    let candidates = baseline.find_iter(text).count();
    println!("extract bench: {group}: shamsi finds {found} mentions, the baseline {candidates}");

    let mut g = c.benchmark_group(format!("extract/{group}"));
    // Flat sampling: one pass over the corpus takes tens of milliseconds.
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("shamsi", |b| {
        b.iter(|| {
            let n = extractor.find_iter(black_box(text)).count();
            assert_eq!(n, found);
            n
        })
    });
    g.bench_function("shamsi_solar_only", |b| {
        b.iter(|| {
            let n = solar_only.find_iter(black_box(text)).count();
            assert_eq!(n, found_solar);
            n
        })
    });
    g.bench_function("regex_baseline", |b| {
        b.iter(|| {
            let n = baseline.find_iter(black_box(text)).count();
            assert_eq!(n, candidates);
            n
        })
    });
    g.finish();
}

fn hamshahri(c: &mut Criterion) {
    let path = corpus_dir().join("fa_news_hamshahri.txt");
    let (name, text) = text_or_sample("hamshahri", &path);
    bench_group(c, name, &text);
}

fn mixed(c: &mut Criterion) {
    match mixed_corpus() {
        Some(text) => bench_group(c, "mixed", &text),
        None => println!("extract bench: no ../shared/corpus, skipping the mixed group"),
    }
}

/// One extractor shared by two threads over the two halves of the text (cut
/// at a line end), beside the same extractor on one thread: the speed-up of
/// processing many documents in parallel on this machine's cores.
fn parallel(c: &mut Criterion) {
    let path = corpus_dir().join("fa_news_hamshahri.txt");
    let (name, text) = text_or_sample("hamshahri", &path);
    let extractor = Extractor::new();
    let middle = text.as_bytes()[..text.len() / 2]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |n| n + 1);
    let (first, second) = text.split_at(middle);
    let found = extractor.find_iter(&text).count();
    let mut g = c.benchmark_group(format!("extract/{name}/parallel"));
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("one_thread", |b| {
        b.iter(|| {
            let n = extractor.find_iter(black_box(first)).count()
                + extractor.find_iter(black_box(second)).count();
            assert_eq!(n, found);
            n
        })
    });
    g.bench_function("two_threads", |b| {
        b.iter(|| {
            let n = std::thread::scope(|s| {
                let left = s.spawn(|| extractor.find_iter(black_box(first)).count());
                let right = extractor.find_iter(black_box(second)).count();
                left.join().expect("the worker thread does not panic") + right
            });
            assert_eq!(n, found);
            n
        })
    });
    g.finish();
}

/// One short document (a line of the sample, about a hundred bytes), searched
/// with a shared extractor, and with an extractor built for it with its own
/// reference date (as a pipeline does whose documents carry their
/// publication dates): the tables are shared, so building costs little.
fn per_document(c: &mut Criterion) {
    let text = std::fs::read_to_string(sample_path()).unwrap_or_default();
    let line = text
        .lines()
        .find(|line| line.len() > 80)
        .unwrap_or("قرارداد در ۳۰ بهمن ۱۴۰۳ امضا شد و از ۱۲ تیرماه اجرا می‌شود.");
    let reference = NaiveDate::from_ymd_opt(2025, 7, 12).expect("a valid date");
    let shared = Extractor::builder().reference(reference).build();
    let found = shared.find_iter(line).count();
    let mut g = c.benchmark_group("extract/per_document");
    g.throughput(Throughput::Bytes(line.len() as u64));
    g.bench_function("shared_extractor", |b| {
        b.iter(|| {
            let n = shared.find_iter(black_box(line)).count();
            assert_eq!(n, found);
            n
        })
    });
    g.bench_function("built_for_the_document", |b| {
        b.iter(|| {
            let extractor = Extractor::builder().reference(black_box(reference)).build();
            let n = extractor.find_iter(black_box(line)).count();
            assert_eq!(n, found);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, hamshahri, mixed, parallel, per_document);
criterion_main!(benches);
