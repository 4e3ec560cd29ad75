//! Fuzz target `parse_date`: the property `properties::parse_date`, shared with the
//! regression test that replays stored crash inputs (`tests/regressions/`).
#![no_main]

#[path = "../../tests/regressions/properties.rs"]
mod properties;

libfuzzer_sys::fuzz_target!(|data: &[u8]| properties::parse_date(data));
