//! Extraction on adversarial inputs, in bytes per second, beside news text in
//! the same run: the extractor should stay linear (time per MB within 3× of
//! news text) however the input is built to provoke it.
//!
//! Inputs, each about `SIZE` bytes and generated here (nothing big is committed):
//!
//! - `news`: the first 10 MB of `../shared/corpus/fa_news_hamshahri.txt` (cut at
//!   a line end), or generated Persian-like sentences with dates when it is absent;
//! - `digits_fa_slash`: «۱/۱/۱/۱/…», one word; as the scanner reads only word
//!   starts, also with spaces: `digits_fa_spaced` «۱/۱/۱/۱ ۱/۱/۱/۱ …»,
//!   `digits_spaced_seps` «۱ / ۱ - 1 . ١ …», `numeric_dates` «۱۴۰۳/۰۴/۱۲ …»;
//!   `digits_ascii_seps`: `1/1-1.1/…`;
//!   `digits_mixed`: runs of 1–5 digits of all three scripts between random
//!   separators; `digits_run`: one number of 10 MB;
//! - `months_bare`: «تیر تیر تیر …»; `day_month`: «۱۲ تیر ۱۲ تیر …»;
//!   `month_year`: «بهمن ۱۴۰۳ بهمن ۱۴۰۳ …»; `ranges`: «از ۱۲ تا ۱۵ تیر ۱۴۰۳ و …»;
//! - `zwnj_run` and `tatweel_run`: U+200C and U+0640 only; `zwnj_runs_spaced`:
//!   runs of 64 ZWNJ between spaces; `tatweel_in_dates`: «۱۲ـــ تـــیـــر ـــ۱۴۰۳»
//!   with 32 tatweels each; `zwnj_tatweel_dates`: dates with a joiner or
//!   tatweel between every letter and digit;
//! - `one_line_letters`: random Persian letters, no space or newline;
//!   `one_line_news`: the news text with all whitespace removed;
//! - `mixed_scripts`: Latin, Cyrillic, CJK and emoji words among Persian words,
//!   digits and dates, a date-related word in every two or three (about 9,500
//!   mentions per MB, against news text's 550); `mixed_scripts_news`: the
//!   same foreign words, one after about every fourth word of the news text.
//!
//! At the end a table gives each input's MB/s and its time per MB as a multiple
//! of news text's (the median of every timed call). `cargo bench --bench
//! adversarial -- --test` runs each case once on 1 MB inputs (the CI smoke mode).

use std::hint::black_box;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use shamsi::Extractor;

/// The size of each input in a real run; `--test` uses `SMOKE_SIZE`.
const SIZE: usize = 10 * 1024 * 1024;
const SMOKE_SIZE: usize = 1024 * 1024;

/// Nanoseconds per iteration of every timed call, by input.
static TIMES: Mutex<Vec<(&'static str, usize, Vec<f64>)>> = Mutex::new(Vec::new());

fn size() -> usize {
    if std::env::args().any(|a| a == "--test") {
        SMOKE_SIZE
    } else {
        SIZE
    }
}

/// SplitMix64: a small deterministic generator, so every run times the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

/// `unit` repeated to `size` bytes or just over.
fn repeat(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len()))
}

/// Strings from `next` appended until the text has `size` bytes.
fn fill(size: usize, mut next: impl FnMut(&mut String)) -> String {
    let mut out = String::with_capacity(size + 64);
    while out.len() < size {
        next(&mut out);
    }
    out
}

/// Between the digit runs of `digits_mixed` (the slash twice: the commonest).
const SEPARATORS: [char; 6] = ['/', '-', '.', ' ', '/', '\u{200C}'];
const DIGITS: [&str; 3] = ["0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"];
const MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];
const WORDS: [&str; 16] = [
    "در",
    "روز",
    "سال",
    "خبرگزاری",
    "گزارش",
    "دولت",
    "مجلس",
    "جلسه",
    "ماه",
    "گذشته",
    "آینده",
    "میدان",
    "تهران",
    "اعلام",
    "کرد",
    "شد",
];

/// Words of other scripts (Latin, Cyrillic, CJK, Greek), emoji and the BOM.
const FOREIGN_WORDS: [&str; 10] = [
    "hello",
    "Москва",
    "января",
    "東京",
    "二〇二五年",
    "😀",
    "🇮🇷",
    "👩‍👩‍👧",
    "Ωμέγα",
    "\u{FEFF}",
];

/// A random digit of a random script.
fn digit(rng: &mut Rng) -> char {
    let script = DIGITS[rng.below(3)];
    script.chars().nth(rng.below(10)).unwrap_or('0')
}

/// A number of `len` Persian digits.
fn persian_number(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| DIGITS[1].chars().nth(rng.below(10)).unwrap_or('۰'))
        .collect()
}

/// Persian-like sentences with a date mention now and then: the stand-in for
/// news text when the corpus is absent.
fn generated_news(size: usize) -> String {
    let mut rng = Rng(1);
    fill(size, |out| {
        for _ in 0..12 {
            out.push_str(rng.pick(&WORDS));
            out.push(' ');
        }
        let day_len = 1 + rng.below(2);
        let day = persian_number(&mut rng, day_len);
        let year = persian_number(&mut rng, 4);
        out.push_str(&format!("{day} {} {year} ", rng.pick(&MONTHS)));
        out.push_str("اعلام شد.\n");
    })
}

/// The news text: the start of the Hamshahri corpus cut at a line end, or
/// generated text; prints which.
fn news(size: usize) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/fa_news_hamshahri.txt");
    match std::fs::read_to_string(&path) {
        Ok(mut text) => {
            if text.len() > size {
                // A '\n' byte is always a char boundary.
                let cut = text.as_bytes()[..size]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |n| n + 1);
                text.truncate(cut);
            }
            println!(
                "adversarial bench: news: {} ({} bytes)",
                path.display(),
                text.len()
            );
            text
        }
        Err(_) => {
            println!(
                "adversarial bench: news: {} is absent, using generated text",
                path.display()
            );
            generated_news(size)
        }
    }
}

/// Every input, by name, each about `size` bytes.
fn inputs(size: usize) -> Vec<(&'static str, String)> {
    let news = news(size);
    let mut rng = Rng(2);
    let digits_mixed = fill(size, |out| {
        for _ in 0..1 + rng.below(5) {
            out.push(digit(&mut rng));
        }
        out.push(SEPARATORS[rng.below(SEPARATORS.len())]);
    });
    let mut rng = Rng(3);
    let ranges = fill(size, |out| {
        let month = rng.pick(&MONTHS);
        out.push_str(&format!("از ۱۲ تا ۱۵ {month} ۱۴۰۳ و "));
    });
    let zwnj_tatweel_dates = repeat(
        "۱\u{200C}۲ ت\u{200C}ـیـ\u{200C}ر\u{200C}ماه ۱ـ۴ـ۰ـ۳ ب\u{200F}ه\u{200C}ـمـن\u{200C} ",
        size,
    );
    let tatweel = "\u{0640}".repeat(32);
    let tatweel_in_dates = format!("۱۲{tatweel} ت{tatweel}ی{tatweel}ر {tatweel}۱۴۰۳ ");
    let mut rng = Rng(4);
    let letters: Vec<char> = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئءةيك".chars().collect();
    let one_line_letters: String = fill(size, |out| {
        for _ in 0..64 {
            out.push(letters[rng.below(letters.len())]);
        }
    });
    let one_line_news: String = news.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rng = Rng(5);
    // In the order the input was first generated in, so that it stays the
    // same text: the foreign words among Persian words, digits and dates.
    let persian = ["تیر", "۱۲", "١٤٠٣", "۱۴۰۳/۰۴/۱۲", "دی", "ماه", "سال"];
    let mixed_words: Vec<&str> = ["hello", "Tir", "2025-07-12"]
        .into_iter()
        .chain(FOREIGN_WORDS[1..8].iter().copied())
        .chain(persian)
        .chain(FOREIGN_WORDS[8..].iter().copied())
        .collect();
    let mixed_scripts = fill(size, |out| {
        let word = rng.pick(&mixed_words);
        out.push_str(word);
        out.push(if rng.below(3) == 0 { '\u{200C}' } else { ' ' });
    });
    // The same scripts at the density of real text: one foreign word after
    // every few words of news. Beside `mixed_scripts`, whose dates come one
    // word in three, it tells the cost of the scripts from that of the dates.
    let mut rng = Rng(6);
    let mut mixed_scripts_news = String::with_capacity(news.len() + news.len() / 4);
    for word in news.split(' ') {
        mixed_scripts_news.push_str(word);
        mixed_scripts_news.push(' ');
        if rng.below(4) == 0 {
            mixed_scripts_news.push_str(rng.pick(&FOREIGN_WORDS));
            mixed_scripts_news.push(if rng.below(3) == 0 { '\u{200C}' } else { ' ' });
        }
    }
    vec![
        ("news", news),
        ("digits_fa_slash", repeat("۱/", size)),
        ("digits_fa_spaced", repeat("۱/۱/۱/۱ ", size)),
        ("digits_spaced_seps", repeat("۱ / ۱ - 1 . ١ ", size)),
        ("numeric_dates", repeat("۱۴۰۳/۰۴/۱۲ ", size)),
        ("digits_ascii_seps", repeat("1/1-1.", size)),
        ("digits_mixed", digits_mixed),
        ("digits_run", repeat("۱۲۳۴۵۶۷۸۹۰", size)),
        ("months_bare", repeat("تیر ", size)),
        ("day_month", repeat("۱۲ تیر ", size)),
        ("month_year", repeat("بهمن ۱۴۰۳ ", size)),
        ("ranges", ranges),
        ("zwnj_run", repeat("\u{200C}", size)),
        ("tatweel_run", repeat("\u{0640}", size)),
        (
            "zwnj_runs_spaced",
            repeat(&format!("{} ", "\u{200C}".repeat(64)), size),
        ),
        ("tatweel_in_dates", repeat(&tatweel_in_dates, size)),
        ("zwnj_tatweel_dates", zwnj_tatweel_dates),
        ("one_line_letters", one_line_letters),
        ("one_line_news", one_line_news),
        ("mixed_scripts", mixed_scripts),
        ("mixed_scripts_news", mixed_scripts_news),
    ]
}

fn adversarial(c: &mut Criterion) {
    let extractor = Extractor::builder()
        .reference(NaiveDate::from_ymd_opt(2025, 7, 12).expect("a valid date"))
        .build();
    let mut g = c.benchmark_group("adversarial");
    // Flat sampling: one pass over 10 MB takes tens of milliseconds or more.
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for (name, text) in inputs(size()) {
        let found = extractor.find_iter(&text).count();
        println!(
            "adversarial bench: {name}: {} bytes, {found} mentions",
            text.len()
        );
        let mut times = Vec::new();
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    let n = extractor.find_iter(black_box(&text)).count();
                    assert_eq!(n, found);
                }
                let elapsed = start.elapsed();
                times.push(elapsed.as_nanos() as f64 / iters as f64);
                elapsed
            })
        });
        TIMES
            .lock()
            .expect("not poisoned")
            .push((name, text.len(), times));
    }
    g.finish();
    summary();
}

/// Prints each input's MB/s and time per MB relative to news text.
fn summary() {
    let times = TIMES.lock().expect("not poisoned");
    // `None` for an input a name filter left out (never timed).
    let ns_per_mb = |bytes: usize, calls: &[f64]| {
        let mut calls = calls.to_vec();
        calls.sort_by(f64::total_cmp);
        Some(calls.get(calls.len() / 2)? / (bytes as f64 / 1e6))
    };
    let Some(news) = times
        .iter()
        .find(|(name, ..)| *name == "news")
        .and_then(|(_, bytes, calls)| ns_per_mb(*bytes, calls))
    else {
        return;
    };
    println!("\nadversarial bench: time per MB (1 MB = 10^6 bytes), median of the timed calls");
    println!("{:<20} {:>10} {:>14}", "input", "MB/s", "× news time");
    for (name, bytes, calls) in times.iter() {
        let Some(per_mb) = ns_per_mb(*bytes, calls) else {
            continue;
        };
        let flag = if per_mb > 3.0 * news { "  > 3×" } else { "" };
        println!(
            "{name:<20} {:>10.1} {:>14.2}{flag}",
            1e9 / per_mb,
            per_mb / news
        );
    }
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
