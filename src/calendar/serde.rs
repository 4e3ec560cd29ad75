//! `serde` support (the `serde` feature): a [`Date`] is the string `"YYYY-MM-DD"`.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::Date;

impl Serialize for Date {
    /// Serializes as its `Display` string, `"1403-11-30"`.
    ///
    /// ```
    /// let d = shamsi::Date::new(1403, 11, 30)?;
    /// assert_eq!(serde_json::to_string(&d)?, r#""1403-11-30""#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// Deserializes from a string, through [`FromStr`](std::str::FromStr): so
    /// `"1403-11-30"`, and also `"1403/11/30"` or `"۱۴۰۳-۱۱-۳۰"`. A string that is no
    /// date fails with the message of the [`Error`](crate::Error) it gives.
    ///
    /// ```
    /// use shamsi::Date;
    ///
    /// let d: Date = serde_json::from_str(r#""1403-11-30""#)?;
    /// assert_eq!(d, Date::new(1403, 11, 30)?);
    ///
    /// let err = serde_json::from_str::<Date>(r#""1404-12-30""#).unwrap_err();
    /// assert!(err.to_string().starts_with("day 30 is invalid for Esfand 1404"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Solar Hijri date string such as \"1403-11-30\"")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Date, E> {
        value.parse().map_err(E::custom)
    }
}
