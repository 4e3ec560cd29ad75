//! The Solar Hijri calendar: dates, months, conversion and formatting. Nothing about text extraction.

pub(crate) mod chrono;
pub(crate) mod date;
pub(crate) mod days;
pub(crate) mod fmt;
pub(crate) mod format;
pub(crate) mod leap_table;
pub(crate) mod lunar;
pub(crate) mod month;
#[cfg(feature = "serde")]
mod serde;
