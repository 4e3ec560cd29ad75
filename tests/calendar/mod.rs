//! Calendar tests: ground truth from the shared test data (or its copy in
//! `tests/data/`), properties, and fixed vectors.

mod arithmetic;
mod data;
mod errors;
mod exhaustive;
mod format;
mod oracle;
mod parse;
mod props;
#[cfg(feature = "serde")]
mod serde;
mod vectors;
mod years;
