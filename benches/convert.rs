//! Conversion speed: Gregorian → Solar Hijri and back, over 1000 dates spread
//! across the whole supported range (0622..3622), each direction beside
//!
//! - `chrono_baseline`: chrono's own `NaiveDate::from_num_days_from_ce_opt(n)` and
//!   the read-out of year, month and day: the cost of one civil-calendar
//!   conversion, which shamsi aims to stay within 2× of;
//! - `icu_persian`: `icu_calendar`'s Persian calendar (ISO ↔ Persian through its
//!   own conversion), which shamsi aims to beat.
//!
//! Every case checks its results against values computed before the timing loop.

use std::hint::black_box;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use icu_calendar::cal::Persian;
use icu_calendar::{Date as IcuDate, Iso};
use shamsi::Date;

const N: usize = 1000;

/// A date as (year, month, day).
type Ymd = (i32, u8, u8);

struct Fixture {
    /// Fixed day numbers (chrono's `num_days_from_ce`), spread over the range.
    fixed: Vec<i32>,
    gregorian: Vec<NaiveDate>,
    gregorian_ymd: Vec<Ymd>,
    shamsi: Vec<Date>,
    shamsi_ymd: Vec<Ymd>,
    /// What ICU makes of `gregorian_ymd` (it differs from shamsi in some years).
    icu_persian_ymd: Vec<Ymd>,
}

fn ymd_of_naive(d: NaiveDate) -> Ymd {
    (d.year(), d.month() as u8, d.day() as u8)
}

fn ymd_of_shamsi(d: Date) -> Ymd {
    (d.year(), d.month().number(), d.day())
}

fn icu_to_persian(&(y, m, d): &Ymd) -> Ymd {
    let iso = IcuDate::try_new_iso(y, m, d).expect("a valid ISO date");
    let p = iso.to_calendar(Persian);
    (
        p.year().extended_year(),
        p.month().ordinal,
        p.day_of_month().0,
    )
}

fn icu_to_iso(&(y, m, d): &Ymd) -> Ymd {
    let p = IcuDate::try_new_persian(y, m, d).expect("a valid Persian date");
    let iso = p.to_calendar(Iso);
    (
        iso.year().extended_year(),
        iso.month().ordinal,
        iso.day_of_month().0,
    )
}

fn fixture() -> Fixture {
    let first = Date::MIN.to_fixed();
    let last = Date::MAX.to_fixed();
    // An odd step so the dates fall on every month, day and weekday.
    let step = (last - first) / N as i32 + 7;
    let fixed: Vec<i32> = (0..N as i32)
        .map(|i| first + (i * step) % (last - first))
        .collect();
    let gregorian: Vec<NaiveDate> = fixed
        .iter()
        .map(|&n| NaiveDate::from_num_days_from_ce_opt(n).expect("in chrono's range"))
        .collect();
    let shamsi: Vec<Date> = gregorian
        .iter()
        .map(|&g| Date::try_from(g).expect("in shamsi's range"))
        .collect();
    let gregorian_ymd: Vec<Ymd> = gregorian.iter().map(|&g| ymd_of_naive(g)).collect();
    Fixture {
        icu_persian_ymd: gregorian_ymd.iter().map(icu_to_persian).collect(),
        shamsi_ymd: shamsi.iter().map(|&d| ymd_of_shamsi(d)).collect(),
        gregorian_ymd,
        fixed,
        gregorian,
        shamsi,
    }
}

fn gregorian_to_shamsi(c: &mut Criterion, f: &Fixture) {
    let mut group = c.benchmark_group("gregorian_to_shamsi");
    group.throughput(Throughput::Elements(N as u64));

    group.bench_function(BenchmarkId::new("shamsi", "from_naive_date"), |b| {
        b.iter(|| {
            for (&g, expected) in f.gregorian.iter().zip(&f.shamsi_ymd) {
                let d = Date::try_from(black_box(g)).expect("in range");
                assert_eq!(black_box(ymd_of_shamsi(d)), *expected);
            }
        })
    });
    group.bench_function(BenchmarkId::new("shamsi", "from_fixed"), |b| {
        b.iter(|| {
            for (&n, expected) in f.fixed.iter().zip(&f.shamsi_ymd) {
                let d = Date::from_fixed(black_box(n)).expect("in range");
                assert_eq!(black_box(ymd_of_shamsi(d)), *expected);
            }
        })
    });
    group.bench_function(
        BenchmarkId::new("chrono_baseline", "from_num_days_from_ce"),
        |b| {
            b.iter(|| {
                for (&n, expected) in f.fixed.iter().zip(&f.gregorian_ymd) {
                    let g = NaiveDate::from_num_days_from_ce_opt(black_box(n)).expect("in range");
                    assert_eq!(black_box(ymd_of_naive(g)), *expected);
                }
            })
        },
    );
    group.bench_function(BenchmarkId::new("icu_persian", "iso_to_persian"), |b| {
        b.iter(|| {
            for (ymd, expected) in f.gregorian_ymd.iter().zip(&f.icu_persian_ymd) {
                assert_eq!(black_box(icu_to_persian(black_box(ymd))), *expected);
            }
        })
    });
    group.finish();
}

fn shamsi_to_gregorian(c: &mut Criterion, f: &Fixture) {
    let mut group = c.benchmark_group("shamsi_to_gregorian");
    group.throughput(Throughput::Elements(N as u64));

    group.bench_function(BenchmarkId::new("shamsi", "to_naive_date"), |b| {
        b.iter(|| {
            for (&d, expected) in f.shamsi.iter().zip(&f.gregorian_ymd) {
                let g = NaiveDate::from(black_box(d));
                assert_eq!(black_box(ymd_of_naive(g)), *expected);
            }
        })
    });
    group.bench_function(BenchmarkId::new("shamsi", "new_to_fixed"), |b| {
        b.iter(|| {
            for (&(y, m, d), &expected) in f.shamsi_ymd.iter().zip(&f.fixed) {
                let date = Date::new(black_box(y), black_box(m), black_box(d)).expect("valid");
                assert_eq!(black_box(date.to_fixed()), expected);
            }
        })
    });
    group.bench_function(
        BenchmarkId::new("chrono_baseline", "from_num_days_from_ce"),
        |b| {
            b.iter(|| {
                for (&n, expected) in f.fixed.iter().zip(&f.gregorian_ymd) {
                    let g = NaiveDate::from_num_days_from_ce_opt(black_box(n)).expect("in range");
                    assert_eq!(black_box(ymd_of_naive(g)), *expected);
                }
            })
        },
    );
    // ICU is fed its own Persian dates, so that it converts back to the same days.
    group.bench_function(BenchmarkId::new("icu_persian", "persian_to_iso"), |b| {
        b.iter(|| {
            for (ymd, expected) in f.icu_persian_ymd.iter().zip(&f.gregorian_ymd) {
                assert_eq!(black_box(icu_to_iso(black_box(ymd))), *expected);
            }
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let f = fixture();
    gregorian_to_shamsi(c, &f);
    shamsi_to_gregorian(c, &f);
}

criterion_group!(convert, benches);
criterion_main!(convert);
