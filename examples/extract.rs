//! Finds the date mentions in a Persian text file and prints them, as a table
//! or as JSON lines (the format DESIGN.md fixes).
//!
//! ```text
//! cargo run --release --example extract -- FILE [--json] [--reference DATE]
//!     [--quiet] [--lossy] [--encoding utf-8|windows-1256]
//! ```
//!
//! It streams: the input is read in chunks cut at line breaks (a date mention
//! never spans a line break), so memory stays bounded however large the file.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use shamsi::{Date, Extractor, Mention};

/// How much input is read at a time.
const CHUNK: usize = 1 << 20;
/// A line longer than this is cut (at a space if there is one, else between
/// two characters) so that one pathological line cannot take all the memory.
const MAX_LINE: usize = 16 << 20;
/// Inputs shorter than this finish too fast for a progress bar to help.
const LONG_INPUT: u64 = 16 << 20;

/// Find Solar Hijri (and Gregorian and lunar Hijri) date mentions in Persian text.
///
/// Prints one line per mention: a table for people, or JSON lines with --json.
/// The input is streamed, so a file of any size runs in a few megabytes of
/// memory. Offsets are UTF-8 byte offsets and code-point offsets into the
/// input; with --encoding windows-1256 or --lossy they refer to the decoded
/// UTF-8 text, not to the bytes of the file.
#[derive(Debug, Parser)]
#[command(
    name = "extract",
    after_help = "\
Examples:
  extract examples/data/sample.txt --reference 2025-07-12
  extract news.txt --json --reference 1404-04-21 > mentions.jsonl
  cat news.txt | extract - --json --quiet
  extract old-site.txt --encoding windows-1256
  extract scraped.txt --lossy",
    after_long_help = "\
Examples:
  extract examples/data/sample.txt --reference 2025-07-12
  extract news.txt --json --reference 1404-04-21 > mentions.jsonl
  cat news.txt | extract - --json --quiet
  extract old-site.txt --encoding windows-1256
  extract scraped.txt --lossy

Table columns: byte offset, value (in the calendar the mention is written in),
the Solar Hijri and Gregorian days it covers, a ! when a written weekday
disagrees with the date, then the text itself.

Exit status: 0 on success; 1 when the input cannot be read or is not valid
UTF-8 (the mentions before the bad byte have been printed by then); 2 for a
usage error (an unknown flag, a bad --reference)."
)]
struct Args {
    /// The text file to read, or `-` for standard input
    ///
    /// Example: `extract news.txt` or `cat news.txt | extract -`
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// Print JSON lines instead of a table
    ///
    /// One JSON object per mention, with these fields in this order (start,
    /// end, char_start, char_end, text, calendar, granularity, range, value,
    /// year_source, jalali, gregorian, weekday_mismatch, relative,
    /// approximate: the Solar Hijri and Gregorian days of a lunar Hijri date
    /// come from the tabular calendar and may differ from Iran's by a day or
    /// two); stdout holds nothing else.
    ///
    /// Example: `extract news.txt --json`
    #[arg(long)]
    json: bool,

    /// The date the text was written, for mentions without a year
    ///
    /// A Gregorian date like 2025-07-12 or a Solar Hijri one like 1404-04-21,
    /// in ASCII, Persian (۱۴۰۴-۰۴-۲۱) or Arabic-Indic digits; a year of 1700
    /// or more is Gregorian. Without it, mentions without a year stay
    /// partial (value --04-12).
    ///
    /// Example: `extract news.txt --reference 2025-07-12`
    #[arg(long, value_name = "DATE")]
    reference: Option<String>,

    /// No progress bar and no summary line on stderr
    ///
    /// The progress bar shows only when stderr is a terminal and the input is
    /// long; the summary (mentions, bytes, MB/s) always, unless --quiet.
    ///
    /// Example: `extract big.txt --json --quiet`
    #[arg(long, short)]
    quiet: bool,

    /// Replace invalid UTF-8 with U+FFFD and go on
    ///
    /// Without it, invalid UTF-8 stops the run with an error that names its
    /// byte offset. With it, offsets refer to the text after replacement.
    ///
    /// Example: `extract scraped.txt --lossy`
    #[arg(long)]
    lossy: bool,

    /// The input's encoding
    ///
    /// windows-1256 (legacy Persian files) is decoded to UTF-8 first; offsets
    /// then refer to the decoded UTF-8 text, not to the bytes of the file.
    ///
    /// Example: `extract old-site.txt --encoding windows-1256`
    #[arg(long, value_enum, value_name = "NAME", default_value_t = Encoding::Utf8)]
    encoding: Encoding,

    /// Bytes read at a time (for testing the streaming).
    #[arg(long, hide = true, default_value_t = CHUNK)]
    chunk_size: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "windows-1256", alias = "cp1256")]
    Windows1256,
}

/// Parses `--reference`: Gregorian when the year is 1700 or more, else Solar Hijri.
fn parse_reference(text: &str) -> Result<Date, String> {
    let text = text.trim();
    let ascii: String = text.chars().map(ascii_digit).collect();
    let year_digits = ascii.split('-').next().unwrap_or_default();
    let year: u32 = year_digits
        .parse()
        .map_err(|_| "expected a date like 2025-07-12 or 1404-04-21".to_string())?;
    if year < 1700 {
        return text.parse::<Date>().map_err(|e| e.to_string());
    }
    let parts: Vec<u32> = ascii
        .split('-')
        .map(|p| p.parse::<u32>())
        .collect::<Result<_, _>>()
        .map_err(|_| "expected a Gregorian date like 2025-07-12".to_string())?;
    let &[y, m, d] = parts.as_slice() else {
        return Err("expected a Gregorian date like 2025-07-12".to_string());
    };
    let gregorian = i32::try_from(y)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
        .ok_or_else(|| format!("{y:04}-{m:02}-{d:02} is not a Gregorian date"))?;
    Date::try_from(gregorian).map_err(|e| e.to_string())
}

/// Persian and Arabic-Indic digits to ASCII; other characters unchanged.
fn ascii_digit(c: char) -> char {
    let zero = match c {
        '۰'..='۹' => '۰',
        '٠'..='٩' => '٠',
        _ => return c,
    };
    char::from_digit(u32::from(c) - u32::from(zero), 10).unwrap_or(c)
}

/// The input: an open reader, its name for messages, and its size if known.
struct Input {
    reader: Box<dyn Read>,
    name: String,
    len: Option<u64>,
}

fn open_input(path: &Path) -> Result<Input, String> {
    if path.as_os_str() == "-" {
        return Ok(Input {
            reader: Box::new(io::stdin().lock()),
            name: "standard input".to_string(),
            len: None,
        });
    }
    let name = path.display().to_string();
    // Checked before opening: on Linux opening a directory succeeds and only
    // the first read fails, with a less helpful message.
    let meta = std::fs::metadata(path).map_err(|e| format!("{name}: {}", describe(&e)))?;
    if meta.is_dir() {
        return Err(format!("{name}: is a directory, not a text file"));
    }
    let file = File::open(path).map_err(|e| format!("{name}: {}", describe(&e)))?;
    Ok(Input {
        reader: Box::new(file),
        len: meta.is_file().then_some(meta.len()),
        name,
    })
}

/// An I/O error in words, without the "(os error 2)" tail.
fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory, not a text file".to_string(),
        _ => e.to_string(),
    }
}

/// Reads `reader` `chunk` bytes at a time and calls `f` on consecutive pieces
/// that together are the whole input. A piece ends after a line break (or at
/// the end of the input), so no date mention and no UTF-8 or windows-1256
/// character is split: `\n` is never part of a multi-byte UTF-8 sequence. The
/// unfinished line is carried into the next read; only a line longer than
/// MAX_LINE is cut inside, at a space or a character boundary.
fn for_each_piece(
    mut reader: impl Read,
    name: &str,
    chunk: usize,
    mut f: impl FnMut(&[u8]) -> Result<ControlFlow<()>, String>,
) -> Result<(), String> {
    let mut buf: Vec<u8> = Vec::with_capacity(chunk);
    loop {
        let carried = buf.len();
        // Reserving first keeps `read_to_end` from doubling the buffer.
        buf.reserve(chunk);
        let n = (&mut reader)
            .take(chunk as u64)
            .read_to_end(&mut buf)
            .map_err(|e| format!("{name}: {}", describe(&e)))?;
        let eof = n < chunk;
        // The carried bytes hold no line break, so only the new ones are searched.
        let new = buf.get(carried..).unwrap_or_default();
        let cut = if eof {
            buf.len()
        } else if let Some(i) = new.iter().rposition(|&b| b == b'\n') {
            carried + i + 1
        } else if buf.len() >= MAX_LINE.max(chunk) {
            long_line_cut(&buf, carried)
        } else {
            continue;
        };
        let (piece, _) = buf.split_at(cut);
        if f(piece)?.is_break() || eof {
            return Ok(());
        }
        buf.drain(..cut);
    }
}

/// Where to cut a line too long to keep whole: after the last space or tab
/// among the bytes just read, else before the last character that starts in
/// the buffer (never inside a UTF-8 sequence).
fn long_line_cut(buf: &[u8], carried: usize) -> usize {
    let new = buf.get(carried..).unwrap_or_default();
    if let Some(i) = new.iter().rposition(|&b| b == b' ' || b == b'\t') {
        return carried + i + 1;
    }
    let is_char_start = |b: &u8| (*b & 0xC0) != 0x80;
    let tail = buf.len().saturating_sub(4);
    match buf
        .get(tail..)
        .and_then(|t| t.iter().rposition(is_char_start))
    {
        Some(i) if tail + i > 0 => tail + i,
        _ => buf.len(),
    }
}

/// The number of code points in `s`: its bytes that do not continue a sequence.
fn count_chars(s: &str) -> usize {
    s.bytes().filter(|&b| (b & 0xC0) != 0x80).count()
}

/// Decodes one piece of input into UTF-8 text. encoding_rs also for UTF-8:
/// its validation is SIMD-accelerated, many times faster than
/// `std::str::from_utf8` on Persian text, where that was a quarter of the run.
fn decode<'a>(
    piece: &'a [u8],
    args: &Args,
    at: u64,
    name: &str,
    replaced: &mut u64,
) -> Result<Cow<'a, str>, String> {
    match args.encoding {
        // Every byte of windows-1256 maps to a character: nothing can be invalid.
        Encoding::Windows1256 => Ok(encoding_rs::WINDOWS_1256
            .decode_without_bom_handling(piece)
            .0),
        Encoding::Utf8 if args.lossy => {
            let (text, had_errors) = encoding_rs::UTF_8.decode_without_bom_handling(piece);
            if had_errors {
                let invalid = piece.utf8_chunks().filter(|c| !c.invalid().is_empty());
                *replaced += invalid.count() as u64;
            }
            Ok(text)
        }
        Encoding::Utf8 => encoding_rs::UTF_8
            .decode_without_bom_handling_and_without_replacement(piece)
            .ok_or_else(|| {
                let bad = at + encoding_rs::Encoding::utf8_valid_up_to(piece) as u64;
                format!(
                    "{name}: invalid UTF-8 at byte {bad} (--lossy replaces invalid bytes; \
                     --encoding windows-1256 reads legacy Persian files)"
                )
            }),
    }
}

/// One mention as a JSON line; the fields and their order are DESIGN.md's contract.
#[derive(Serialize)]
struct Record<'a> {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: &'a str,
    calendar: &'static str,
    granularity: &'static str,
    range: bool,
    value: Option<String>,
    year_source: &'static str,
    jalali: Option<Interval>,
    gregorian: Option<Interval>,
    weekday_mismatch: bool,
    /// Added after DESIGN.md's fields: the mention is relative to the
    /// reference date («دیروز», «هفته گذشته»).
    relative: bool,
    /// Added after DESIGN.md's fields: `jalali` and `gregorian` are
    /// approximate (a lunar Hijri date, converted by the tabular calendar).
    approximate: bool,
}

/// An inclusive day interval.
#[derive(Serialize)]
struct Interval {
    start: String,
    end: String,
}

impl Interval {
    fn new(pair: (impl ToString, impl ToString)) -> Interval {
        Interval {
            start: pair.0.to_string(),
            end: pair.1.to_string(),
        }
    }
}

/// Where the text read so far ends, in decoded bytes and in code points.
#[derive(Default)]
struct Offsets {
    bytes: usize,
    chars: usize,
}

/// Writes the mentions of one piece into `out` and moves `offsets` past it.
/// Code points are counted only once, between consecutive mentions, so the
/// whole run stays linear in the input.
fn write_piece(
    out: &mut Vec<u8>,
    json: bool,
    extractor: &Extractor,
    text: &str,
    offsets: &mut Offsets,
) -> io::Result<u64> {
    let (mut counted, mut chars, mut found) = (0, offsets.chars, 0);
    for m in extractor.find_iter(text) {
        let char_start = chars + count_chars(text.get(counted..m.start()).unwrap_or_default());
        let char_end = char_start + count_chars(m.as_str());
        (counted, chars) = (m.end(), char_end);
        let start = offsets.bytes + m.start();
        if json {
            serde_json::to_writer(&mut *out, &record(&m, start, char_start, char_end))?;
            out.push(b'\n');
        } else {
            write_row(out, &m, start)?;
        }
        found += 1;
    }
    offsets.chars = chars + count_chars(text.get(counted..).unwrap_or_default());
    offsets.bytes += text.len();
    Ok(found)
}

fn record<'a>(m: &Mention<'a>, start: usize, char_start: usize, char_end: usize) -> Record<'a> {
    Record {
        start,
        end: start + m.as_str().len(),
        char_start,
        char_end,
        text: m.as_str(),
        calendar: m.calendar().as_str(),
        granularity: m.granularity().as_str(),
        range: m.is_range(),
        value: m.value().map(|v| v.to_string()),
        year_source: m.year_source().as_str(),
        jalali: m.jalali().map(Interval::new),
        gregorian: m.gregorian().map(Interval::new),
        weekday_mismatch: m.weekday_mismatch(),
        relative: m.is_relative(),
        approximate: m.is_approximate(),
    }
}

/// One table row; the Persian text goes last so that right-to-left text
/// cannot push the other columns around.
fn write_row(out: &mut Vec<u8>, m: &Mention<'_>, start: usize) -> io::Result<()> {
    fn interval<T: PartialEq + ToString>(pair: Option<(T, T)>) -> String {
        match pair {
            None => "-".to_string(),
            Some((a, b)) if a == b => a.to_string(),
            Some((a, b)) => format!("{}..{}", a.to_string(), b.to_string()),
        }
    }
    let value = m.value().map_or_else(|| "-".to_string(), |v| v.to_string());
    let mark = if m.weekday_mismatch() { '!' } else { ' ' };
    writeln!(
        out,
        "{start:>10}  {value:<22}  {:<22}  {:<22}  {mark} {}",
        interval(m.jalali()),
        interval(m.gregorian()),
        m.as_str()
    )
}

/// The progress bar on stderr: only when asked for, and only once the input
/// has proved long (a bar that flashes for a few milliseconds helps nobody).
struct Progress {
    enabled: bool,
    total: Option<u64>,
    bar: Option<ProgressBar>,
}

impl Progress {
    fn update(&mut self, position: u64) {
        if self.bar.is_none() && self.enabled && position >= LONG_INPUT {
            self.bar = Some(new_bar(self.total));
        }
        if let Some(bar) = &self.bar {
            bar.set_position(position);
        }
    }

    /// Runs `f` with the bar hidden, so that output to the same terminal stays clean.
    fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn new_bar(total: Option<u64>) -> ProgressBar {
    let (bar, template) = match total {
        Some(len) => (
            ProgressBar::new(len),
            "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} {elapsed_precise} {bytes} read {bytes_per_sec}",
        ),
    };
    let style =
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style.progress_chars("=> "));
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar
}

/// What a run did, for the summary line.
struct Summary {
    mentions: u64,
    bytes: u64,
    replaced: u64,
}

/// Reads the input, prints its mentions and says what it did.
fn run(args: &Args, extractor: &Extractor) -> Result<Option<Summary>, String> {
    let input = open_input(&args.file)?;
    let mut progress = Progress {
        enabled: !args.quiet && io::stderr().is_terminal(),
        total: input.len,
        bar: None,
    };
    let mut stdout = io::stdout().lock();
    let mut out = Vec::new();
    if !args.json {
        let header = format!(
            "{:>10}  {:<22}  {:<22}  {:<22}",
            "byte", "value", "jalali", "gregorian"
        );
        writeln!(out, "{header}    text").map_err(write_error)?;
    }
    let mut summary = Summary {
        mentions: 0,
        bytes: 0,
        replaced: 0,
    };
    let mut offsets = Offsets::default();
    let mut broken_pipe = false;
    let name = input.name;
    let result = for_each_piece(input.reader, &name, args.chunk_size.max(1), |piece| {
        let text = decode(piece, args, summary.bytes, &name, &mut summary.replaced)?;
        summary.mentions += write_piece(&mut out, args.json, extractor, &text, &mut offsets)
            .map_err(write_error)?;
        summary.bytes += piece.len() as u64;
        progress.update(summary.bytes);
        // Written per piece, so memory holds one piece's output at most.
        match progress.suspend(|| stdout.write_all(&out).and_then(|()| stdout.flush())) {
            // The reader went away (`| head`): stop quietly, like any filter.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                broken_pipe = true;
                return Ok(ControlFlow::Break(()));
            }
            other => other.map_err(write_error)?,
        }
        out.clear();
        Ok(ControlFlow::Continue(()))
    });
    progress.finish();
    result?;
    Ok((!broken_pipe).then_some(summary))
}

fn write_error(e: io::Error) -> String {
    format!("cannot write the output: {e}")
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut builder = Extractor::builder();
    if let Some(text) = &args.reference {
        match parse_reference(text) {
            Ok(date) => builder = builder.reference_jalali(date),
            Err(reason) => {
                eprintln!("error: invalid --reference {text:?}: {reason}");
                return ExitCode::from(2);
            }
        }
    }
    let started = Instant::now();
    match run(&args, &builder.build()) {
        Ok(Some(s)) if !args.quiet => {
            let secs = started.elapsed().as_secs_f64();
            let replaced = match s.replaced {
                0 => String::new(),
                n => format!(", {n} invalid UTF-8 sequences replaced"),
            };
            eprintln!(
                "{} mentions in {} bytes, {secs:.3} s, {:.1} MB/s{replaced}",
                s.mentions,
                s.bytes,
                s.bytes as f64 / secs.max(1e-9) / 1e6
            );
            ExitCode::SUCCESS
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
