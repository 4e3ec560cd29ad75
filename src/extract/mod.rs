//! Finding Solar Hijri date mentions in Persian text.
//!
//! Data flows one way: `&str` → [`scan`] (anchors, windows) → [`token`] →
//! [`grammar`] (what was written) → [`resolve`] (what it means) → [`Mention`].
//! [`batch`] drives the first three a batch of windows at a time (for the
//! instruction cache); resolution runs as the caller asks for mentions. The
//! caller's text is never rewritten: spans are byte ranges into it.

mod batch;
mod chars;
mod grammar;
mod hashtags;
mod lexicon;
mod mention;
mod resolve;
mod scan;
mod token;

use std::iter::FusedIterator;
use std::sync::OnceLock;

use chrono::NaiveDate;

pub use mention::{Calendar, Granularity, Mention, Point, Value, YearSource};
pub use resolve::YearPolicy;

use crate::Date;
use batch::Batch;
use grammar::Expr;
use lexicon::Lexicon;
use resolve::{gloss, Context};
use scan::{AnchorKinds, Scanner};

/// Which kinds of mention an [`Extractor`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Kinds {
    days: bool,
    months: bool,
    years: bool,
    ranges: bool,
    gregorian: bool,
    hijri_lunar: bool,
    afghan: bool,
    relative: bool,
}

impl Default for Kinds {
    fn default() -> Kinds {
        Kinds {
            days: true,
            months: true,
            years: true,
            ranges: true,
            gregorian: true,
            hijri_lunar: true,
            afghan: true,
            relative: true,
        }
    }
}

/// Finds date mentions in Persian text. Build it once, use it for any number of texts.
///
/// The lexicon and the scan's tables are built the first time an extractor
/// with the same kinds of mention is built, and shared for the life of the
/// process: building another (say, one per document, each with its own
/// reference date) costs next to nothing. Searching is linear in the length
/// of the text. An `Extractor` is `Send + Sync`: share one across threads.
///
/// # Example
///
/// ```
/// use shamsi::Extractor;
/// use chrono::NaiveDate;
///
/// let ex = Extractor::builder()
///     .reference(NaiveDate::from_ymd_opt(2025, 7, 12).unwrap())
///     .build();
/// let text = "در تماس تلفنی ۱۲ تیرماه دو رئیس‌جمهور گفت‌وگو کردند.";
/// let found: Vec<(&str, String)> = ex
///     .find_iter(text)
///     .map(|m| (m.as_str(), m.value().unwrap().to_string()))
///     .collect();
/// assert_eq!(found, [("۱۲ تیرماه", "1404-04-12".to_string())]);
/// ```
///
/// # Performance
///
/// The first extractor built with a set of kinds builds the tables (about a
/// millisecond); later ones share them. The worst-case time of a search is
/// linear in the length of the text, whatever the input.
#[derive(Debug)]
pub struct Extractor {
    scanner: &'static Scanner,
    lexicon: &'static Lexicon,
    context: Context,
    kinds: Kinds,
}

/// The lexicon, built once for the process.
fn shared_lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::new)
}

/// The scan's tables for `kinds`, built once for the process: one set for
/// each of the 16 choices of the four optional kinds.
fn shared_scanner(kinds: AnchorKinds) -> &'static Scanner {
    static SCANNERS: [OnceLock<Scanner>; 16] = [const { OnceLock::new() }; 16];
    let index = usize::from(kinds.gregorian)
        | usize::from(kinds.lunar) << 1
        | usize::from(kinds.afghan) << 2
        | usize::from(kinds.relative) << 3;
    // (Four bits: the index is always in range.)
    let slot = SCANNERS.get(index).unwrap_or(&SCANNERS[0]);
    slot.get_or_init(|| Scanner::new(shared_lexicon(), kinds))
}

/// Configures an [`Extractor`]; made by [`Extractor::builder`].
///
/// ```
/// use shamsi::{Extractor, YearPolicy};
/// use chrono::NaiveDate;
///
/// let ex = Extractor::builder()
///     .reference(NaiveDate::from_ymd_opt(2025, 7, 12).unwrap())
///     .year_policy(YearPolicy::Past)
///     .years(false) // no «سال ۱۳۵۷»-style mentions
///     .build();
/// assert_eq!(ex.find_iter("سال ۱۳۵۷").count(), 0);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    reference: Option<Date>,
    policy: YearPolicy,
    kinds: Kinds,
}

impl ExtractorBuilder {
    /// The date the text was written (its publication date): mentions without a
    /// year take theirs from it. Without one they stay partial.
    ///
    /// A Gregorian date outside 0622-03-22 ..= 3622-03-20 is no Solar Hijri
    /// date; it is ignored, as if no reference had been given. Use
    /// [`ExtractorBuilder::reference_jalali`] with a checked [`Date`] to avoid that.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let ex = shamsi::Extractor::builder()
    ///     .reference(NaiveDate::from_ymd_opt(2025, 7, 12).unwrap())
    ///     .build();
    /// let m = ex.find_iter("۱۲ تیر").next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "1404-04-12");
    /// ```
    pub fn reference(self, date: NaiveDate) -> ExtractorBuilder {
        ExtractorBuilder {
            reference: Date::try_from(date).ok(),
            ..self
        }
    }

    /// The reference date as a Solar Hijri date.
    ///
    /// ```
    /// use shamsi::Date;
    /// let ex = shamsi::Extractor::builder()
    ///     .reference_jalali(Date::new(1404, 1, 10)?)
    ///     .build();
    /// let m = ex.find_iter("۲۵ اسفند").next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "1403-12-25");
    /// # Ok::<(), shamsi::Error>(())
    /// ```
    pub fn reference_jalali(self, date: Date) -> ExtractorBuilder {
        ExtractorBuilder {
            reference: Some(date),
            ..self
        }
    }

    /// How a mention without a year picks it from the reference (default: nearest).
    ///
    /// ```
    /// use shamsi::{Extractor, YearPolicy};
    /// let ex = Extractor::builder().year_policy(YearPolicy::Past).build();
    /// # let _ = ex;
    /// ```
    pub fn year_policy(self, policy: YearPolicy) -> ExtractorBuilder {
        ExtractorBuilder { policy, ..self }
    }

    /// Whether to report single days («۳۰ بهمن ۱۴۰۳», «۱۴۰۳/۱۱/۳۰»). Default: yes.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().days(false).build();
    /// assert_eq!(ex.find_iter("۳۰ بهمن ۱۴۰۳").count(), 0);
    /// ```
    pub fn days(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.days = yes;
        self
    }

    /// Whether to report whole months («بهمن ۱۴۰۳», «تیرماه»). Default: yes.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().months(false).build();
    /// assert_eq!(ex.find_iter("بهمن ۱۴۰۳").count(), 0);
    /// ```
    pub fn months(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.months = yes;
        self
    }

    /// Whether to report whole years («سال ۱۳۵۷», «۱۳۵۷ ه.ش.», «سال تحصیلی
    /// ۸۲-۸۳») and decades («دهه ۶۰», «دهه 1990 میلادی»: ranges of ten
    /// years). Default: yes. Two digits are 13xx, as in Iranian news; with
    /// «میلادی» a decade of two digits is in the 1900s.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().years(false).build();
    /// assert_eq!(ex.find_iter("سال ۱۳۵۷").count(), 0);
    ///
    /// let m = shamsi::extract("در دهه ۶۰ جنگ بود").next().unwrap();
    /// assert_eq!((m.as_str(), m.value().unwrap().to_string().as_str()), ("دهه ۶۰", "1360..1369"));
    /// let m = shamsi::extract("سال تحصیلی 58-1357").next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "1357..1358");
    /// ```
    pub fn years(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.years = yes;
        self
    }

    /// Whether to report ranges («۱۲ تا ۱۵ تیر», «۱۲-۱۵ مهر») as ranges.
    /// Default: yes. When off, a range is not reported (its ends are not
    /// reported on their own either). Two days glued by a dash may come later
    /// day first, as digits typed among right-to-left words often do
    /// («۱۱-۹ مهرماه»): the range runs from the earlier.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().ranges(false).build();
    /// assert_eq!(ex.find_iter("۱۲ تا ۱۵ تیر").count(), 0);
    ///
    /// let m = shamsi::extract("همایش ۱۱-۹ مهر ۱۴۰۳").next().unwrap();
    /// assert_eq!(m.value().unwrap().to_string(), "1403-07-09..1403-07-11");
    /// ```
    pub fn ranges(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.ranges = yes;
        self
    }

    /// Whether to report dates written in the Gregorian calendar («۲۰۲۴/۰۷/۱۵»,
    /// «سال ۲۰۲۴»). Default: yes.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().gregorian(false).build();
    /// assert_eq!(ex.find_iter("سال ۲۰۲۴").count(), 0);
    /// ```
    pub fn gregorian(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.gregorian = yes;
        self
    }

    /// Whether to report dates written in the lunar Hijri calendar («۱۰ محرم
    /// ۱۴۴۶ ه.ق.»). Default: yes. Their conversion uses the arithmetical
    /// (tabular) Islamic calendar: Iran's official lunar calendar follows the
    /// sighting of the moon and may differ by a day or two. For the same
    /// reason a 30th is read in every month («سی‌ام شوال»), as the day after
    /// the 29th where the arithmetic gives the month 29 days.
    ///
    /// Five month names are everyday words too: «محرم» (confidential), «صفر»
    /// (zero) and the first names «رجب», «رمضان», «شعبان». They count with a
    /// lunar marker («محرم ۱۴۴۶ قمری»), after a day («۲۱ رمضان», «هفدهم
    /// رجب»), after «ماه» or a word for a part of the month («نیمه شعبان»,
    /// «دهه اول محرم»), and not alone or with a bare year («محرم ۱۴۰۳»). «صفر»
    /// needs a year or a marker even after a day: «۲ صفر» is a score.
    ///
    /// ```
    /// let ex = shamsi::Extractor::new();
    /// let m = ex.find_iter("شب قدر ۲۱ رمضان است.").next().unwrap();
    /// assert_eq!(m.as_str(), "۲۱ رمضان");
    /// assert_eq!(ex.find_iter("رمضان قادری در مسابقه پیروز شد.").count(), 0);
    /// assert_eq!(ex.find_iter("تیم ما ۲ صفر برد.").count(), 0);
    ///
    /// let ex = shamsi::Extractor::builder().hijri_lunar(false).build();
    /// assert_eq!(ex.find_iter("۱۰ محرم ۱۴۴۶ ه.ق.").count(), 0);
    /// ```
    pub fn hijri_lunar(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.hijri_lunar = yes;
        self
    }

    /// Whether to read the Afghan (Dari and Pashto) month names («۲۵ اسد ۱۴۰۰»,
    /// «۱۵ حوت ۱۳۹۹»). Default: yes. They are common words in other senses
    /// (میزان, جدی, اسد), so they count only next to a day number or a full year.
    /// Pashto's own order is read too: the day after the month with the
    /// ordinal suffix «مه» («د زمري په ۲۴مه», on the 24th of Zmarai), and
    /// the year first («د ۱۴۰۰ کال د زمري په ۲۴مه»).
    ///
    /// ```
    /// let ex = shamsi::Extractor::new();
    /// let m = ex.find_iter("د ۱۴۰۰ کال د زمري په ۲۴مه").next().unwrap();
    /// assert_eq!(m.as_str(), "۱۴۰۰ کال د زمري په ۲۴مه");
    /// assert_eq!(m.value().unwrap().to_string(), "1400-05-24");
    ///
    /// let ex = shamsi::Extractor::builder().afghan(false).build();
    /// assert_eq!(ex.find_iter("۲۵ اسد ۱۴۰۰").count(), 0);
    /// ```
    pub fn afghan(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.afghan = yes;
        self
    }

    /// Whether to report relative dates («دیروز», «سه روز پیش», «هفته گذشته»,
    /// «پارسال», «جمعه گذشته», «شنبه هفته آینده»), and the named days whose
    /// year is not written («نوروز», «سیزده‌بدر», «شب یلدا», «نوروز امسال»:
    /// the nearest occurrence). Default: yes. They resolve only with a
    /// reference date. A weekday with «گذشته» or «آینده» is the
    /// last one before the reference or the next one after it; with a week
    /// («این هفته», «هفته آینده») it is that day of that Saturday-to-Friday week.
    /// Two counts of a unit are one mention, a range between them: «سه، چهار
    /// سال پیش», «۲ تا ۳ روز بعد», «یکی دو ماه پیش».
    ///
    /// Months and years count in the Solar Hijri calendar, unless an era
    /// marker follows: «سال جاری میلادی» is the Gregorian year of the
    /// reference, «سال گذشته قمری» the lunar year before it. Such a mention
    /// is also of that calendar's kind, so [`gregorian`](Self::gregorian) or
    /// [`hijri_lunar`](Self::hijri_lunar) switched off drops it too.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use shamsi::{Calendar, Extractor};
    ///
    /// let ex = Extractor::builder().relative(false).build();
    /// assert_eq!(ex.find_iter("دیروز").count(), 0);
    ///
    /// let reference = NaiveDate::from_ymd_opt(2025, 7, 12).unwrap();
    /// let ex = Extractor::builder().reference(reference).build();
    /// let m = ex.find_iter("در سال جاری میلادی").next().unwrap();
    /// assert_eq!(m.as_str(), "سال جاری میلادی");
    /// assert_eq!(m.calendar(), Calendar::Gregorian);
    /// assert_eq!(m.value().unwrap().to_string(), "2025");
    ///
    /// // 2025-07-12 is a Saturday: the last Friday is the day before.
    /// let m = ex.find_iter("جمعه گذشته باران آمد").next().unwrap();
    /// assert_eq!(m.gregorian().map(|(first, _)| first.to_string()), Some("2025-07-11".into()));
    ///
    /// // Three or four years before 1404: the Solar Hijri years 1400 and 1401.
    /// let m = ex.find_iter("سه، چهار سال پیش آمدیم").next().unwrap();
    /// assert!(m.is_range());
    /// assert_eq!(m.value().unwrap().to_string(), "1400..1401");
    /// ```
    pub fn relative(mut self, yes: bool) -> ExtractorBuilder {
        self.kinds.relative = yes;
        self
    }

    /// Builds the extractor.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().build();
    /// assert_eq!(ex.find_iter("۹ دی ۸۸").count(), 1);
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            scanner: shared_scanner(AnchorKinds {
                gregorian: self.kinds.gregorian,
                lunar: self.kinds.hijri_lunar,
                afghan: self.kinds.afghan,
                relative: self.kinds.relative,
            }),
            lexicon: shared_lexicon(),
            context: Context {
                reference: self.reference,
                policy: self.policy,
            },
            kinds: self.kinds,
        }
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the default settings: every kind of mention, no
    /// reference date (year-less mentions stay partial).
    ///
    /// ```
    /// let ex = shamsi::Extractor::new();
    /// assert_eq!(ex.find_iter("۳۰ بهمن ۱۴۰۳").count(), 1);
    /// ```
    pub fn new() -> Extractor {
        ExtractorBuilder::default().build()
    }

    /// A builder to set the reference date, the year policy and the kinds of mention.
    ///
    /// ```
    /// let ex = shamsi::Extractor::builder().build();
    /// # let _ = ex;
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Every mention in `haystack`, in text order, non-overlapping, leftmost-longest.
    ///
    /// ```
    /// let text = "سهشنبه ۳۰ بهمن ۱۴۰۳ و پنجشنبه ۲ اسفند ۱۴۰۳ دو جلسه برگزار شد.";
    /// let spans: Vec<&str> = shamsi::Extractor::new().find_iter(text).map(|m| m.as_str()).collect();
    /// assert_eq!(spans, ["سهشنبه ۳۰ بهمن ۱۴۰۳", "پنجشنبه ۲ اسفند ۱۴۰۳"]);
    /// ```
    pub fn find_iter<'e, 'h>(&'e self, haystack: &'h str) -> Mentions<'e, 'h> {
        Mentions {
            extractor: self,
            haystack,
            windows: self.scanner.windows(haystack, self.lexicon),
            batch: Batch::new(),
        }
    }

    /// The first mention in `haystack`, if any.
    ///
    /// ```
    /// let m = shamsi::Extractor::new().find("قرارداد در ۳۰/۱۱/۱۴۰۳ امضا شد.").unwrap();
    /// assert_eq!(m.as_str(), "۳۰/۱۱/۱۴۰۳");
    /// ```
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Mention<'h>> {
        self.find_iter(haystack).next()
    }

    /// Whether `haystack` mentions a date at all.
    ///
    /// ```
    /// let ex = shamsi::Extractor::new();
    /// assert!(ex.is_match("۹ دی ۸۸"));
    /// assert!(!ex.is_match("تیر به هدف خورد و مهر او روی نامه بود."));
    /// ```
    pub fn is_match(&self, haystack: &str) -> bool {
        self.find(haystack).is_some()
    }

    /// Whether the kinds switched on include this mention.
    fn wants(&self, expr: &Expr, m: &Mention<'_>) -> bool {
        let k = &self.kinds;
        let by_granularity = match m.granularity() {
            Granularity::Day | Granularity::Week => k.days,
            Granularity::Month => k.months,
            Granularity::Year => k.years,
        };
        let by_calendar = match m.calendar() {
            Calendar::SolarHijri => k.afghan || !expr.uses_afghan_months(),
            Calendar::Gregorian => k.gregorian,
            Calendar::HijriLunar => k.hijri_lunar,
        };
        by_granularity
            && by_calendar
            && (k.ranges || !m.is_range())
            && (k.relative || !m.is_relative())
    }
}

/// The default extractor behind [`extract`], built on first use.
fn default_extractor() -> &'static Extractor {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT.get_or_init(Extractor::new)
}

/// Every date mention in `text`, with the default settings (no reference date).
///
/// For casual use; the extractor behind it is built once per process. To set
/// a reference date, build an [`Extractor`].
///
/// ```
/// let found: Vec<&str> = shamsi::extract("وی در بهمن ۱۴۰۳ به این سمت منصوب شد.").map(|m| m.as_str()).collect();
/// assert_eq!(found, ["بهمن ۱۴۰۳"]);
/// ```
pub fn extract(text: &str) -> Mentions<'static, '_> {
    default_extractor().find_iter(text)
}

/// The mentions in a text, in order; made by [`Extractor::find_iter`].
///
/// ```
/// let mut it = shamsi::extract("۱۲ تیر و ۱۵ مرداد");
/// assert_eq!(it.next().map(|m| m.as_str()), Some("۱۲ تیر"));
/// assert_eq!(it.next().map(|m| m.as_str()), Some("۱۵ مرداد"));
/// assert!(it.next().is_none());
/// ```
#[derive(Debug)]
pub struct Mentions<'e, 'h> {
    extractor: &'e Extractor,
    haystack: &'h str,
    windows: scan::Windows<'e, 'h>,
    batch: Batch,
}

impl<'h> Iterator for Mentions<'_, 'h> {
    type Item = Mention<'h>;

    fn next(&mut self) -> Option<Mention<'h>> {
        let extractor = self.extractor;
        loop {
            let at = self
                .batch
                .next_expr(self.haystack, &mut self.windows, extractor.lexicon)?;
            let expr = self.batch.expr(at)?;
            let resolved = resolve::resolve(self.haystack, expr, &extractor.context);
            if let Some(m) = resolved.filter(|m| extractor.wants(expr, m)) {
                // Most mentions have their year written, are relative, or
                // have no bracket beside them: only the rest may be glosses.
                let may_be_gloss = m.year_source != YearSource::Explicit
                    && !m.relative
                    && gloss::beside_bracket(self.haystack, &m);
                return Some(if may_be_gloss { self.glossed(at, m) } else { m });
            }
        }
    }
}

impl<'h> Mentions<'_, 'h> {
    /// `m`, the mention of the expression at `at`, with its year from the
    /// date beside it when one of the two glosses the other in brackets in
    /// another calendar («۳۱ آگوست ۱۷۸۶ (۹ شهریور)»: see [`gloss`]); else
    /// `m` as it is.
    #[inline(never)]
    fn glossed(&self, at: usize, m: Mention<'h>) -> Mention<'h> {
        let Some(expr) = self.batch.expr(at) else {
            return m;
        };
        let before = self.batch.expr_before(at);
        let after = self.batch.expr_after(at);
        let context = &self.extractor.context;
        gloss::glossed(self.haystack, expr, &m, before, after, context).unwrap_or(m)
    }
}

impl FusedIterator for Mentions<'_, '_> {}
