//! **shamsi** is the Solar Hijri (Iranian, "Jalali", شمسی) calendar, exact for
//! every day of the years 1 to 3000, and a fast extractor of the dates people
//! write in Persian text.
//!
//! - [`Date`]: a Solar Hijri date, four bytes, converted to and from
//!   [`chrono::NaiveDate`] in constant time, with arithmetic, formatting and
//!   parsing in any digit script.
//! - [`Extractor`]: finds «۱۲ تیرماه», «سه‌شنبه ۳۰ بهمن ۱۴۰۳», «۱۴۰۳/۱۱/۳۰»,
//!   «بیست و چهارم اسفند», «۱۵ ژوئیه ۲۰۲۴», «دیروز» … in real, messy text and
//!   returns byte spans with the Solar Hijri and Gregorian days they mean.
//!
//! # Quick start
//!
//! ```
//! use chrono::NaiveDate;
//! use shamsi::{Date, Extractor};
//!
//! // The calendar.
//! let nowruz = Date::new(1404, 1, 1)?;
//! assert_eq!(NaiveDate::from(nowruz), NaiveDate::from_ymd_opt(2025, 3, 21).unwrap());
//! assert_eq!(nowruz.weekday(), chrono::Weekday::Fri);
//!
//! // Dates in text: a year-less mention takes its year from the reference date.
//! let extractor = Extractor::builder()
//!     .reference(NaiveDate::from_ymd_opt(2025, 7, 12).unwrap())
//!     .build();
//! let text = "در تماس تلفنی ۱۲ تیرماه، دو طرف بر دیدار سه‌شنبه ۳۰ بهمن ۱۴۰۳ تأکید کردند.";
//! let found: Vec<(&str, String)> = extractor
//!     .find_iter(text)
//!     .map(|m| (m.as_str(), m.value().unwrap().to_string()))
//!     .collect();
//! assert_eq!(found, [
//!     ("۱۲ تیرماه", "1404-04-12".to_string()),
//!     ("سه‌شنبه ۳۰ بهمن ۱۴۰۳", "1403-11-30".to_string()),
//! ]);
//! # Ok::<(), shamsi::Error>(())
//! ```
//!
//! # Recipes
//!
//! **Extract dates from a news article, with its publication date.** Build the
//! extractor once, then reuse it; spans index the caller's `&str`.
//!
//! ```
//! use chrono::NaiveDate;
//! use shamsi::{Extractor, Granularity};
//!
//! let ex = Extractor::builder()
//!     .reference(NaiveDate::from_ymd_opt(2025, 3, 25).unwrap()) // 5 Farvardin 1404
//!     .build();
//! let text = "نمایشگاه از ۲۵ اسفند تا ۱۰ فروردین دایر است.";
//! let m = ex.find(text).unwrap();
//! assert_eq!(&text[m.range()], "از ۲۵ اسفند تا ۱۰ فروردین");
//! assert!(m.is_range());
//! assert_eq!(m.granularity(), Granularity::Day);
//! assert_eq!(m.value().unwrap().to_string(), "1403-12-25..1404-01-10"); // across Nowruz
//! let (first, last) = m.gregorian().unwrap();
//! assert_eq!((first.to_string(), last.to_string()), ("2025-03-15".into(), "2025-03-30".into()));
//! ```
//!
//! **Convert to and from chrono.**
//!
//! ```
//! use chrono::NaiveDate;
//! use shamsi::Date;
//!
//! let g = NaiveDate::from_ymd_opt(1979, 2, 11).unwrap();
//! let d = Date::try_from(g)?;
//! assert_eq!(d.to_string(), "1357-11-22");
//! assert_eq!(NaiveDate::from(d), g);
//! # Ok::<(), shamsi::Error>(())
//! ```
//!
//! **Validate user input.** Parsing accepts `-`, `/` or `.` and Persian,
//! Arabic-Indic or ASCII digits; every error names the value and what was wrong.
//!
//! ```
//! use shamsi::{Date, Error};
//!
//! assert_eq!("۱۴۰۳/۱۲/۳۰".parse::<Date>()?, Date::new(1403, 12, 30)?);
//! let err = "1404-12-30".parse::<Date>().unwrap_err();
//! assert!(matches!(err, Error::InvalidDay { year: 1404, month: 12, day: 30, max: 29 }));
//! assert_eq!(err.to_string(), "day 30 is invalid for Esfand 1404: that month has days 1..=29");
//! # Ok::<(), shamsi::Error>(())
//! ```
//!
//! **Format in Persian.**
//!
//! ```
//! use shamsi::{Date, Digits};
//!
//! let d = Date::new(1403, 11, 30)?;
//! let text = d.format("%A %e %B %Y")?.with_digits(Digits::Persian).to_string();
//! assert_eq!(text, "سه\u{200C}شنبه ۳۰ بهمن ۱۴۰۳");
//! # Ok::<(), shamsi::Error>(())
//! ```
//!
//! **Process many documents in parallel.** An [`Extractor`] is `Send + Sync`:
//! share one (behind a reference or an `Arc`) across threads. When each
//! document has its own publication date, build an extractor for it: its
//! tables are shared with every extractor built before with the same kinds,
//! so building costs about as much as searching a line.
//!
//! ```
//! use shamsi::Extractor;
//!
//! let ex = Extractor::new();
//! let docs = ["۹ دی ۸۸", "بهمن ۱۴۰۳", "سال ۱۳۵۷ ه.ش."];
//! let counts: Vec<usize> = std::thread::scope(|s| {
//!     let handles: Vec<_> = docs.iter().map(|d| s.spawn(|| ex.find_iter(d).count())).collect();
//!     handles.into_iter().map(|h| h.join().unwrap()).collect()
//! });
//! assert_eq!(counts, [1, 1, 1]);
//! ```
//!
//! # The calendar and its range
//!
//! The Iranian calendar is astronomical: 1 Farvardin is the day whose true
//! solar noon at 52.5° E (the meridian of Iran Standard Time) comes at or after
//! the March equinox. No arithmetic rule follows it for long: the 2820-year
//! rule is already wrong for 1404 (2025), the plain 33-year rule from 1503
//! (2124), ICU's tables from 1602 (2223), and all of them before 1178. shamsi
//! computes 1 Farvardin with the 33-year arithmetic plus a table of 148 exception
//! years derived from an astronomical computation of SH 1..3000, and is exact
//! for every day of that range: [`Date::MIN`] (1-01-01 = 0622-03-22) to
//! [`Date::MAX`] (3000-12-30 = 3622-03-20). Outside it, constructors and
//! conversions return [`Error::OutOfRange`] or [`Error::GregorianOutOfRange`],
//! never an extrapolation.
//!
//! Only 1206..1498 are confirmed by the official tables of the Calendar Center
//! of the University of Tehran; later years are predictions. In some years the
//! equinox falls within half an hour of noon (1404, 1437, 1441, 1470, 1474, 1503,
//! 1536, 1569, 1602, 1635 and 1668 in the next three centuries): a future revision of
//! ΔT (the slowing of the Earth's rotation) could move those Nowruz by a day.
//! Gregorian dates are proleptic (also before 1582).
//!
//! # Extraction
//!
//! The extractor never rewrites the caller's text: it tolerates missing or
//! extra zero-width non-joiners, RLM marks used as joiners, Arabic ي ك ى,
//! tatweel and digits in three scripts as it matches, and reports byte offsets
//! on char boundaries of the original `&str`. Homographs are the main risk in
//! Persian (تیر arrow, مهر seal, بهمن a first name, «میدان ۱۵ خرداد» a square):
//! a month name counts only with a day, a year, «ماه» or a cue word (a
//! Gregorian name that is nothing else, «نوامبر», also after any word of its
//! sentence), and a day-and-month after a place noun is a name. Year-less mentions resolve
//! against the reference date ([`YearPolicy`]); without one their value stays
//! partial (`--04-12`). Lunar Hijri dates are converted with the arithmetical
//! Islamic calendar, which may differ from Iran's moon-sighted calendar by a
//! day or two.
//!
//! # Performance
//!
//! The first [`Extractor`] built with a given choice of kinds builds the
//! lexicon and the scan's tables (about a millisecond); later ones share them
//! ([`extract()`] uses one built on first use). Searching is linear in the
//! length of the text whatever the input. The scan reads the first eight
//! bytes of each word as one integer and looks its first three letters up in
//! a small table, so most of a text is passed over without being decoded;
//! only short windows around digits and anchor words (month names, «سال»,
//! «امروز» …) are tokenized and parsed, and a window stops at a line break or
//! a letter of another script. Text built to provoke the scan (runs of digits
//! and signs, month names in a row, joiners, one endless line, foreign
//! scripts) stays within 3× of news text's time per MB. Two things cost more
//! per byte: text dense in dates, since each mention is parsed, checked and
//! converted (text of nothing but dates takes 4 to 9 times news text's time
//! per MB, and less than a third of its time per mention), and kinds switched
//! on that you do not need (each adds anchor words to look at; see
//! [`ExtractorBuilder`]). The `extract` and `adversarial` benches measure
//! both. Conversions are constant time (a few arithmetic operations and one
//! bit lookup).
//!
//! # Features
//!
//! - `serde`: [`Date`] serializes as `"1403-11-30"` and deserializes from it.
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
