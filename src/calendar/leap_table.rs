//! The exception years of the 33-year rule.
//!
//! Provenance: derived from `shared/testdata/calendar/nowruz.csv` (the astronomical
//! Solar Hijri calendar, SH 1..=3000: 1 Farvardin is the day whose true solar noon at
//! 52.5° E comes at or after the March equinox). For every year the CSV's Nowruz was
//! compared with the 33-year arithmetic of [`super::days`]; these are the years where
//! they differ. The unit test `leap_table_matches_csv` below re-derives both lists from
//! the CSV and compares them with these constants, and `tests/data/nowruz.csv` keeps a
//! copy of the facts so the test also runs in a plain clone.
//!
//! Before 1178 the arithmetic Nowruz is one day early in the listed years (the true
//! Nowruz is a day later); from 1503 on it is one day late in the listed years. No year
//! needs a correction of more than one day, and the two lists never overlap in time.

/// Years (all before 1178) whose 1 Farvardin is one day *later* than the 33-year rule says.
#[rustfmt::skip]
pub(crate) const LATE_YEARS: [u16; 71] = [
    1, 22, 26, 30, 34, 55, 59, 63, 67, 88, 92, 96,
    100, 121, 125, 129, 133, 154, 158, 162, 187, 191, 195, 220,
    224, 228, 253, 257, 261, 286, 290, 294, 319, 323, 327, 352,
    356, 360, 385, 389, 393, 418, 422, 451, 455, 484, 488, 517,
    521, 550, 554, 583, 587, 616, 620, 649, 653, 682, 715, 748,
    781, 814, 847, 880, 913, 946, 979, 1012, 1045, 1078, 1177,
];

/// Years (all from 1503 on) whose 1 Farvardin is one day *earlier* than the 33-year rule says.
#[rustfmt::skip]
pub(crate) const EARLY_YEARS: [u16; 77] = [
    1503, 1635, 1668, 1701, 1734, 1767, 1800, 1833, 1866, 1899, 1932, 1965,
    1998, 2031, 2060, 2064, 2097, 2130, 2159, 2163, 2192, 2196, 2225, 2229,
    2258, 2262, 2291, 2295, 2324, 2328, 2357, 2361, 2390, 2394, 2423, 2427,
    2456, 2460, 2489, 2493, 2522, 2526, 2555, 2559, 2588, 2592, 2621, 2625,
    2654, 2658, 2687, 2691, 2720, 2724, 2749, 2753, 2757, 2782, 2786, 2790,
    2819, 2823, 2848, 2852, 2856, 2881, 2885, 2889, 2914, 2918, 2922, 2947,
    2951, 2955, 2980, 2984, 2988,
];

#[cfg(test)]
mod tests {
    use super::{EARLY_YEARS, LATE_YEARS};
    use chrono::{Datelike, NaiveDate};
    use std::path::PathBuf;

    /// `nowruz.csv` from `../shared` when present, else the copy in `tests/data/`.
    fn nowruz_csv() -> String {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let shared = root.join("../shared/testdata/calendar/nowruz.csv");
        let path = if shared.is_file() {
            shared
        } else {
            root.join("tests/data/nowruz.csv")
        };
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// 1 Farvardin under the plain 33-year arithmetic, as a fixed day (Rata Die).
    fn arithmetic_nowruz(year: i64) -> i64 {
        226_895 + 365 * (year - 1) + (8 * year + 21).div_euclid(33)
    }

    #[test]
    fn leap_table_matches_csv() {
        let text = nowruz_csv();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let col = |name| header.iter().position(|&h| h == name).unwrap();
        let (year_col, date_col) = (col("sh_year"), col("gregorian_nowruz"));

        let (mut late, mut early) = (Vec::new(), Vec::new());
        let mut years = 0;
        for line in lines.filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split(',').collect();
            let year: u16 = fields[year_col].parse().unwrap();
            let date = NaiveDate::parse_from_str(fields[date_col], "%Y-%m-%d").unwrap();
            match i64::from(date.num_days_from_ce()) - arithmetic_nowruz(i64::from(year)) {
                0 => {}
                1 => late.push(year),
                -1 => early.push(year),
                d => panic!("{year}: the 33-year rule is off by {d} days"),
            }
            years += 1;
        }
        assert_eq!(years, 3000);
        assert_eq!(late, LATE_YEARS, "LATE_YEARS differs from the CSV");
        assert_eq!(early, EARLY_YEARS, "EARLY_YEARS differs from the CSV");
    }
}
