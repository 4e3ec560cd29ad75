//! Finds the date mentions in a Persian text file and prints them.
//!
//! ```text
//! cargo run --release --example extract -- FILE [--json] [--reference DATE]
//! ```
//!
//! `FILE` is a UTF-8 text file, or `-` for standard input. The table is for
//! people; `--json` prints one JSON object per mention, in the format that
//! DESIGN.md fixes (byte and code-point offsets, calendar, granularity, value,
//! Solar Hijri and Gregorian intervals).

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;
use serde_json::json;
use shamsi::{Date, Extractor, Mention};

/// Find Solar Hijri (and Gregorian) date mentions in Persian text.
#[derive(Debug, Parser)]
#[command(
    after_help = "Examples:\n  extract examples/data/sample.txt --reference 2025-07-12\n  extract news.txt --json --reference 1404-04-21\n  cat news.txt | extract - --json"
)]
struct Args {
    /// The UTF-8 text file to read, or `-` for standard input.
    file: PathBuf,
    /// Print one JSON object per mention (JSON lines) instead of a table.
    #[arg(long)]
    json: bool,
    /// The date the text was written, for mentions without a year: a Gregorian
    /// date like 2025-07-12 or a Solar Hijri one like 1404-04-21 (any digits;
    /// a year of 1700 or more is Gregorian).
    #[arg(long, value_name = "DATE", value_parser = parse_reference)]
    reference: Option<Date>,
}

/// Parses `--reference`: Gregorian when the year is 1700 or more, else Solar Hijri.
fn parse_reference(text: &str) -> Result<Date, String> {
    let ascii: String = text
        .chars()
        .map(|c| match c {
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            _ => c,
        })
        .collect();
    let year: i32 = ascii
        .split(['-', '/', '.'])
        .next()
        .and_then(|y| y.trim().parse().ok())
        .ok_or_else(|| format!("{text:?} is not a date like 2025-07-12 or 1404-04-21"))?;
    if year >= 1700 {
        let parts: Vec<&str> = ascii.split(['-', '/', '.']).collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(format!("{text:?} is not a date like 2025-07-12"));
        };
        let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
            return Err(format!("{text:?} is not a date like 2025-07-12"));
        };
        let g = NaiveDate::from_ymd_opt(y, m, d)
            .ok_or_else(|| format!("{text:?} is not a valid Gregorian date"))?;
        Date::try_from(g).map_err(|e| e.to_string())
    } else {
        text.parse::<Date>().map_err(|e| e.to_string())
    }
}

fn read_input(path: &PathBuf) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        if path.is_dir() {
            return Err(format!(
                "{} is a directory, not a text file",
                path.display()
            ));
        }
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not valid UTF-8: invalid byte at offset {}",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn json_line(text: &str, m: &Mention<'_>) -> serde_json::Value {
    let char_start = text[..m.start()].chars().count();
    let char_end = char_start + m.as_str().chars().count();
    let interval = |pair: Option<(String, String)>| match pair {
        Some((a, b)) => json!({"start": a, "end": b}),
        None => serde_json::Value::Null,
    };
    json!({
        "start": m.start(),
        "end": m.end(),
        "char_start": char_start,
        "char_end": char_end,
        "text": m.as_str(),
        "calendar": m.calendar().as_str(),
        "granularity": m.granularity().as_str(),
        "range": m.is_range(),
        "value": m.value().map(|v| v.to_string()),
        "year_source": m.year_source().as_str(),
        "jalali": interval(m.jalali().map(|(a, b)| (a.to_string(), b.to_string()))),
        "gregorian": interval(m.gregorian().map(|(a, b)| (a.to_string(), b.to_string()))),
        "weekday_mismatch": m.weekday_mismatch(),
    })
}

fn run(args: &Args) -> Result<(), String> {
    let text = read_input(&args.file)?;
    let mut builder = Extractor::builder();
    if let Some(reference) = args.reference {
        builder = builder.reference_jalali(reference);
    }
    let extractor = builder.build();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_err = |e: io::Error| format!("cannot write output: {e}");
    if !args.json {
        writeln!(
            out,
            "{:>8}  {:<34}  {:<24}  {:<23}  text",
            "byte", "value", "jalali", "gregorian"
        )
        .map_err(write_err)?;
    }
    let mut count = 0usize;
    for m in extractor.find_iter(&text) {
        count += 1;
        if args.json {
            writeln!(out, "{}", json_line(&text, &m)).map_err(write_err)?;
        } else {
            let value = m.value().map_or_else(|| "-".to_string(), |v| v.to_string());
            let jalali = m
                .jalali()
                .map_or_else(|| "-".to_string(), |(a, b)| span(a, b));
            let greg = m.gregorian().map_or_else(
                || "-".to_string(),
                |(a, b)| {
                    if a == b {
                        a.to_string()
                    } else {
                        format!("{a}..{b}")
                    }
                },
            );
            let flag = if m.weekday_mismatch() {
                "  (weekday mismatch)"
            } else {
                ""
            };
            writeln!(
                out,
                "{:>8}  {value:<34}  {jalali:<24}  {greg:<23}  {}{flag}",
                m.start(),
                m.as_str()
            )
            .map_err(write_err)?;
        }
    }
    if !args.json {
        writeln!(out, "{count} mentions").map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn span(a: Date, b: Date) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}..{b}")
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
