//! Fuzz regressions: every input a fuzz target in `fuzz/` crashed on, kept as
//! a raw file under `tests/regressions/<target>/` and replayed here through the
//! same property the target checks (`properties.rs`, which the targets include).
//!
//! To add one: minimize the crash (`cargo fuzz tmin <target> <artifact>`), copy
//! the minimized file to `tests/regressions/<target>/<what-it-is>`, and run
//! `cargo test regressions`. See CONTRIBUTING.md, "Fuzzing".

mod properties;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// The stored inputs of `target`, by file name; none when the folder is absent.
fn stored_inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut inputs: Vec<(String, Vec<u8>)> = entries
        .map(|entry| {
            let path = entry.expect("a readable directory entry").path();
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (path.display().to_string(), bytes)
        })
        .collect();
    inputs.sort();
    inputs
}

/// Runs `property` on every input (stored, then `built_in`) and fails with the
/// list of those that panicked, each with its panic message.
fn replay(target: &str, property: fn(&[u8]), built_in: &[&[u8]]) {
    let mut inputs = stored_inputs(target);
    inputs.extend(built_in.iter().map(|bytes| {
        (
            format!("built-in {:?}", String::from_utf8_lossy(bytes)),
            bytes.to_vec(),
        )
    }));
    let failures: Vec<String> = inputs
        .iter()
        .filter_map(|(name, bytes)| {
            let payload = catch_unwind(AssertUnwindSafe(|| property(bytes))).err()?;
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            Some(format!("{name} ({} bytes): {message}", bytes.len()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{target}: {} of {} inputs fail:\n{}",
        failures.len(),
        inputs.len(),
        failures.join("\n")
    );
}

#[test]
fn extract() {
    replay(
        "extract",
        properties::extract,
        &[
            b"",
            b"\x01",
            b"\x01\xff\xfe\xd8\xdb \xdb\xb1\xdb\xb2 \xd8\xaa\xdb\x8c\xd8\xb1",
            "\u{1}در ۱۲ تیرماه ۱۴۰۳ و ۳۰/۱۱/۱۴۰۳ از ۱۲ تا ۱۵ مهر".as_bytes(),
            "\u{3}۲۹ اسفند".as_bytes(),
            "\u{2}\u{200c}\u{200c}ـــ۱ ـتیـرـ".as_bytes(),
        ],
    );
}

#[test]
fn parse_date() {
    replay(
        "parse_date",
        properties::parse_date,
        &[
            b"",
            b"1403-11-30",
            "۱۴۰۳/۱/۵".as_bytes(),
            "١٤٠٣.١١.٣٠".as_bytes(),
            b"0-0-0",
            b"3000-12-30",
            b"3001-01-01",
            b"1403-11/30",
            b"\xff-1-1",
        ],
    );
}

#[test]
fn format() {
    replay(
        "format",
        properties::format,
        &[
            b"",
            b"\0\0\0\0%Y-%m-%d",
            b"\xff\xff\xff\x05%A %e %B %Y %j %F %%",
            b"abc\x01%-Y/%-m/%-d %-y %-j",
            b"abc\x02%",
            b"abc\x02%-",
            b"abc\x02%-B",
            "abc\u{6}%ی".as_bytes(),
            b"abc\x04no directives \xff",
        ],
    );
}
