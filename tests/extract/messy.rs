//! Messy text changes nothing: every sentence of `cases.tsv` and `kinds.tsv`,
//! rewritten as Persian text is often typed or stored (Arabic «ي» and «ك» for
//! Persian «ی» and «ک», ASCII or Arabic-Indic digits for Persian ones), gives
//! the same mentions with the same values as written. The spans move with the
//! rewriting: each must still be the rewritten text of the original span.
//!
//! Not checked here: a lost or spaced ZWNJ, which may change the words
//! themselves («دی‌اکسید» is no month, «دی اکسید» may be one).

use shamsi::Mention;

use super::cases::{builder, load, Case};
use super::support::kind;

/// One rewriting of a sentence: its name and the character map.
struct Rewrite {
    name: &'static str,
    map: fn(char) -> char,
}

const REWRITES: &[Rewrite] = &[
    Rewrite {
        name: "Arabic yeh and kaf",
        map: |c| match c {
            'ی' => 'ي',
            'ک' => 'ك',
            _ => c,
        },
    },
    Rewrite {
        name: "ASCII digits",
        map: |c| shift_persian_digit(c, '0'),
    },
    Rewrite {
        name: "Arabic-Indic digits",
        map: |c| shift_persian_digit(c, '٠'),
    },
];

/// A Persian digit as the digit of the same value counted from `zero`.
fn shift_persian_digit(c: char, zero: char) -> char {
    match c {
        '۰'..='۹' => {
            char::from_u32(u32::from(zero) + (u32::from(c) - u32::from('۰'))).unwrap_or(c)
        }
        _ => c,
    }
}

/// What a mention says, apart from where it is.
fn meaning(m: &Mention<'_>) -> String {
    let value = m.value().map_or_else(|| "?".to_owned(), |v| v.to_string());
    format!("{} {} {:?}", kind(m), value, m.granularity())
}

/// The problems of one case under one rewriting.
fn problems(case: &Case, rewrite: &Rewrite) -> Vec<String> {
    let rewritten: String = case.text.chars().map(rewrite.map).collect();
    if rewritten == case.text {
        return Vec::new();
    }
    let ex = builder(case).build();
    let clean: Vec<Mention<'_>> = ex.find_iter(&case.text).collect();
    let messy: Vec<Mention<'_>> = ex.find_iter(&rewritten).collect();
    let said = |ms: &[Mention<'_>]| ms.iter().map(meaning).collect::<Vec<_>>();
    if said(&clean) != said(&messy) {
        return vec![format!(
            "{} ({}): {:?} written, {:?} rewritten «{}»",
            case.id,
            rewrite.name,
            said(&clean),
            said(&messy),
            rewritten
        )];
    }
    clean
        .iter()
        .zip(&messy)
        .filter(|(c, m)| c.as_str().chars().map(rewrite.map).collect::<String>() != m.as_str())
        .map(|(c, m)| {
            format!(
                "{} ({}): span «{}» became «{}»",
                case.id,
                rewrite.name,
                c.as_str(),
                m.as_str()
            )
        })
        .collect()
}

#[test]
fn messy_spellings_and_digits_change_nothing() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for file in ["cases.tsv", "kinds.tsv"] {
        for case in load(file).iter().filter(|c| !c.known_fail) {
            for rewrite in REWRITES {
                checked += 1;
                failures.extend(problems(case, rewrite));
            }
        }
    }
    assert!(checked > 2000, "only {checked} rewritten sentences");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
