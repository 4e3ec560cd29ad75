//! shamsi: the exact Solar Hijri calendar, and Solar Hijri dates found in Persian text.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod calendar;
mod error;
mod extract;

pub use calendar::date::{days_in_year, is_leap_year, Date, DateIter};
pub use calendar::format::{weekday_name_fa, DateFormat, Digits};
pub use calendar::month::Month;
pub use error::Error;
pub use extract::{
    extract, Calendar, Extractor, ExtractorBuilder, Granularity, Mention, Mentions, Point, Value,
    YearPolicy, YearSource,
};
