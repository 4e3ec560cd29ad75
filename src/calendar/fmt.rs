//! Text forms of a date: `Display` (ISO-like `YYYY-MM-DD`).

use std::fmt;

use crate::Date;

impl fmt::Display for Date {
    /// `YYYY-MM-DD` with ASCII digits, the year zero-padded to four digits.
    ///
    /// ```
    /// assert_eq!(shamsi::Date::new(1403, 1, 5)?.to_string(), "1403-01-05");
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month().number(), self.day())
    }
}
