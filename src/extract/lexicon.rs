//! The words of Persian dates, as data: month names and their spellings,
//! weekdays, ordinal and cardinal number words, year markers, cue words.
//!
//! Every entry is written in its usual spelling; [`Lexicon::new`] folds it
//! (see [`super::chars::fold`]) so that one entry also matches its Arabic-yeh,
//! Arabic-kaf, madda-less and tatweel forms.

use rustc_hash::FxHashMap;

use chrono::Weekday;

use super::chars::{
    arabic_word_fold, fold_arabic_low, folded, is_ignorable, is_joiner, is_word_char, DROPPED,
    NOT_WORD,
};

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthSet {
    /// Iranian Persian names of the Solar Hijri months (فروردین …).
    Iranian,
    /// Afghan Dari (حمل …) and Pashto (وری …) names of the same months.
    Afghan,
    /// Gregorian month names as written in Persian (ژانویه …, and the Afghan جنوری …).
    Gregorian,
    /// Lunar Hijri month names (محرم …).
    Lunar,
}

/// What one word means in a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A month name; `with_mah` when «ماه» is glued on («تیرماه»); `homograph`
    /// when the word is common in another sense (مه fog, صفر zero, رجب a name)
    /// and needs more evidence to count.
    Month {
        set: MonthSet,
        month: u8,
        with_mah: bool,
        homograph: bool,
    },
    /// The first word of a two-word lunar month name: «ربیع» (3), «جمادی» (5), «ذی» (11).
    LunarHead(u8),
    /// The second word: «الاول» (0), «الثانی» / «الآخر» (1), «القعده» (0), «الحجه» (1).
    LunarTail(u8),
    /// An honorific after a lunar month: «المبارک», «الحرام», «المرجب», «المعظم».
    LunarHonorific,
    /// «نیمه», «هزاره»: an ordinal after them counts those, not days («نیمه دوم آذر»).
    Period,
    /// «قرن», «سده»: a century. The numbers after it count centuries, not
    /// years («قرن ۱۹ میلادی», «قرن‌های ۴ و ۵ هجری»), and an ordinal after it
    /// counts centuries («قرن چهاردهم»).
    Century,
    /// «دهه»: a decade before a year that ends in 0 («دهه ۶۰», «دهه 1990»);
    /// like a period, an ordinal after it counts tens of days («دهه دوم محرم»).
    Decade,
    /// A word before a bare month that makes it a month mention: «اوایل», «اواخر» ….
    MonthCue,
    /// A word before a bare four-digit year that makes it a year: «مصوب», «متولد», «فصل».
    YearCue,
    /// «سال‌های» (the years), which opens a range of years.
    Sals,
    /// A kind of year after «سال»: «تحصیلی», «مالی» … (see [`YEAR_KINDS`]).
    YearKind,
    /// The plural suffix «های» written apart («سال‌های», «سال های»).
    Plural,
    /// A day relative to today: «امروز» (0), «دیروز» (−1), «پریروز» (−2), «فردا» (+1),
    /// «پس‌فردا» (+2), «امشب» (0), «دیشب» (−1); «پس پریروز» (−3) is read from «پس».
    RelativeDay(i8),
    /// «پس», the first half of «پس فردا».
    Pas,
    /// «روز» (day).
    Rooz,
    /// «شب» (night).
    Shab,
    /// «هفته» (week).
    Hafte,
    /// «دیگر» (more: «۱۰ روز دیگر» is ten days from now).
    Digar,
    /// «این» (this: «این هفته»).
    In,
    /// «همین» (this very): a day before «همین ماه» is of the current month
    /// («بیستم همین ماه»). Not «همین سال» or «همین هفته», which more often
    /// mean the same year or week as one just named.
    Hamin,
    /// «ساعت» (hour): a counted unit («۲۰ ساعت»), or the time of day after a
    /// date when a number follows («۲ آذر ۹۵ ساعت ۱۴:۲۳»).
    Hour,
    /// «میلاد» (the birth of Christ: «۲۵ قبل از میلاد» is 25 BC).
    Milad,
    /// «را», the object marker («دو روز دیگر را»: the other two days).
    Ra,
    /// «چند» (a few: «چند روز پیش»), and the vague counts «چندین», «ده‌ها»,
    /// «صدها», «هزاران», «میلیون‌ها» (some, tens, hundreds … of).
    Chand,
    /// «یکی» (one), before a second count: «یکی دو روز پیش» (a day or two ago).
    Yeki,
    /// A count glued to its unit, the space lost: «دوسال» (two years), «یکماه»,
    /// «یکهفته». See [`GLUED_COUNTS`].
    GluedCount { count: u8, unit: Unit },
    /// Pashto «کال» (year): «د ۱۴۰۰ کال د زمري په ۲۴مه».
    PashtoYear,
    /// Pashto «په» (on), before a day: «د زمري په ۲۴مه».
    PashtoOn,
    /// A named day of the Solar Hijri year: «نوروز» (1 Farvardin), «یلدا» (30 Azar).
    Named { month: u8, day: u8 },
    /// «بدر», the second half of «سیزده‌بدر».
    Badr,
    /// A verb form that follows «می» («شود», «کند» …).
    VerbStem,
    /// «ماه» (month).
    Mah,
    /// «سال» (year).
    Sal,
    /// A weekday name; «شنبه» is Saturday alone and the second half of the
    /// others after a cardinal («سه شنبه»).
    Weekday(Weekday),
    /// A cardinal number word (یک, بیست, سیصد, هزار …).
    Cardinal(u16),
    /// An ordinal day word (اول, یکم, دوازدهم, سی‌ام, بیستوچهارم …).
    Ordinal(u8),
    /// An ordinal in «ـین» (اولین, نخستین, دهمین …): a day only before
    /// «روز» and its month («دهمین روز از ماه محرم»).
    OrdinalIn(u8),
    /// «و» glued to an ordinal: the second half of «بیست‌وچهارم».
    VaOrdinal(u8),
    /// «و» glued to a cardinal: the second half of «هزار‌وسیصد».
    VaCardinal(u16),
    /// The ordinal suffix «ام» written apart («سی ام», «۱۵ ام»).
    Am,
    /// «و» (and).
    Va,
    /// «تا» / «الی» (until), joining the two ends of a range.
    Until,
    /// «از» (from), which opens a range.
    From,
    /// «هجری» (of the Hijra), the first half of an era marker.
    Hejri,
    /// «شمسی» / «خورشیدی» (solar), a Solar Hijri era marker.
    Solar,
    /// «قمری» (lunar).
    Lunar,
    /// «میلادی» (of the Christian era).
    Miladi,
    /// A relative year word: «امسال» (0), «پارسال» (−1), «پیرارسال» (−2).
    RelativeYear(i8),
    /// A word that, after «سال» or a month, makes it relative: «جاری» (0),
    /// «گذشته» (−1), «آینده» (+1).
    YearShift(i8),
    /// «قبل», «پیش» (−1), «بعد» (+1): relative only after «سال» («سال قبل»).
    WeakShift(i8),
    /// A place or event noun before «۱۵ خرداد» that makes the date a name.
    NameContext,
    /// A counted unit after a number («نفر», «درصد» …): the number is no year.
    Unit,
    /// The letter of an era abbreviation: «ه» (Hijri), «ش» (solar), «خ» (solar, خورشیدی), «ق»
    /// (lunar), «م» (Christian).
    EraLetter(char),
}

impl Lex {
    /// Whether this word, right after a month name without «ماه», may make
    /// it a date: «ماه», a year («سال ۱۴۰۳», «امسال», «گذشته», «هزار و
    /// …»), «تا» of a range, «و» of a list, a lunar honorific, and Pashto
    /// «په» before a day («د زمري په ۲۴مه»). The grammar asks it of the token
    /// after a month, and the scan of the word after a bare Iranian month.
    pub(crate) fn may_follow_bare_month(self) -> bool {
        matches!(
            self,
            Lex::Mah
                | Lex::LunarHonorific
                | Lex::RelativeYear(_)
                | Lex::YearShift(_)
                | Lex::Sal
                | Lex::Cardinal(_)
                | Lex::Until
                | Lex::Va
                | Lex::PashtoOn
        )
    }
}

/// The Iranian month names with the spellings in use.
const IRANIAN_MONTHS: [(u8, &[&str]); 12] = [
    (1, &["فروردین"]),
    (2, &["اردیبهشت"]),
    (3, &["خرداد"]),
    (4, &["تیر"]),
    (5, &["مرداد", "امرداد"]),
    (6, &["شهریور"]),
    (7, &["مهر"]),
    (8, &["آبان"]),
    (9, &["آذر"]),
    (10, &["دی", "دیماه"]),
    (11, &["بهمن"]),
    (12, &["اسفند"]),
];

/// The Dari (zodiac) and Pashto month names used in Afghanistan.
const AFGHAN_MONTHS: [(u8, &[&str]); 12] = [
    (1, &["حمل", "وری"]),
    (2, &["ثور", "غویی", "غوایی"]),
    (3, &["جوزا", "جوزاء", "غبرگولی"]),
    (4, &["سرطان", "چنگاښ", "چنگاش"]),
    (5, &["اسد", "زمری"]),
    (6, &["سنبله", "وږی", "وږي", "وژی"]),
    (7, &["میزان", "تله"]),
    (8, &["عقرب", "لړم", "لرم"]),
    (9, &["قوس", "لیندۍ", "لیندی"]),
    (10, &["جدی", "مرغومی"]),
    (11, &["دلو", "سلواغه"]),
    (12, &["حوت", "کب"]),
];

/// Gregorian month names in their Iranian and Afghan spellings; the flag marks
/// homographs (مه fog, می wine / the verb prefix, جون dear) that need a day or a year.
const GREGORIAN_MONTHS: [(u8, &[&str], &[&str]); 12] = [
    (1, &["ژانویه", "ژانویهٔ", "جنوری", "ژانوبه"], &[]),
    (2, &["فوریه", "فبریه", "فبروری", "فوریهٔ"], &[]),
    (3, &["مارس", "مارچ"], &[]),
    (4, &["آوریل", "اوریل", "آپریل", "اپریل"], &[]),
    (5, &[], &["مه", "می", "مې"]),
    (6, &["ژوئن", "ژوین"], &["جون"]),
    (7, &["ژوئیه", "ژوییه", "جولای", "ژولای"], &[]),
    (8, &["اوت", "آگوست", "اگوست", "آگست", "اگست", "اوگوست"], &[]),
    (9, &["سپتامبر", "سپتمبر"], &[]),
    (10, &["اکتبر", "اکتوبر"], &[]),
    (11, &["نوامبر", "نومبر"], &[]),
    (12, &["دسامبر", "دسمبر"], &[]),
];

/// Lunar Hijri month names written as one word (with or without a ZWNJ
/// inside); the second list holds the homographs (محرم confidential, صفر zero,
/// رجب / رمضان / شعبان first names) that count only beside a day, a cue or a
/// lunar marker (see `ExtractorBuilder::hijri_lunar`).
const LUNAR_MONTHS: [(u8, &[&str], &[&str]); 12] = [
    (1, &[], &["محرم"]),
    (2, &[], &["صفر"]),
    (3, &["ربیعالاول", "ربیعالاولی"], &[]),
    (
        4,
        &["ربیعالثانی", "ربیعالآخر", "ربیعالاخر", "ربیعالثانیه"],
        &[],
    ),
    (5, &["جمادیالاول", "جمادیالاولی", "جمادیالاولا"], &[]),
    (
        6,
        &[
            "جمادیالثانی",
            "جمادیالثانیه",
            "جمادیالآخر",
            "جمادیالاخری",
            "جمادیالآخره",
        ],
        &[],
    ),
    (7, &[], &["رجب"]),
    (8, &[], &["شعبان"]),
    (9, &[], &["رمضان"]),
    (10, &["شوال"], &[]),
    (
        11,
        &["ذیقعده", "ذیالقعده", "ذوالقعده", "ذیقعدة", "ذیعقده"],
        &[],
    ),
    (12, &["ذیحجه", "ذیالحجه", "ذوالحجه", "ذیحجة"], &[]),
];

/// The weekday that «n شنبه» names, n days after Saturday: «یک شنبه» (1,
/// Sunday) … «پنج شنبه» (5, Thursday); the count in words or a digit.
pub(crate) fn weekday_after_saturday(n: u16) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Sun,
        2 => Weekday::Mon,
        3 => Weekday::Tue,
        4 => Weekday::Wed,
        5 => Weekday::Thu,
        _ => return None,
    })
}

/// A unit of time in a relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A count glued to its unit with the space lost («دوسال قبل», «یکماه دیگر»,
/// «یکهفته بعد»), as written: the count, its word, and the units it is
/// entered with.
///
/// Each entry puts its first three letters in the scan's word-start table,
/// which every word of the text is checked against; so a pair is left out
/// when those letters begin some of the commonest words: «دوروز» (دور، دوره،
/// دوران), «دوماه» (دوم), «سهماه» (سهم), «ششماه» (ششم), and «چند» glued to any
/// unit («چند» itself is met everywhere). Nine and ten are left out too:
/// glued to a unit they are rarer than the words they would let through.
/// (Measured: with «چند» and «دوماه» the scan cost 0.25% more on news text.)
const GLUED_COUNTS: [(u8, &str, &[Unit]); 8] = [
    (1, "یک", &[Unit::Day, Unit::Week, Unit::Month, Unit::Year]),
    (2, "دو", &[Unit::Week, Unit::Year]),
    (3, "سه", &[Unit::Day, Unit::Week, Unit::Year]),
    (4, "چهار", &[Unit::Day, Unit::Week, Unit::Month, Unit::Year]),
    (5, "پنج", &[Unit::Day, Unit::Week, Unit::Month, Unit::Year]),
    (6, "شش", &[Unit::Day, Unit::Week, Unit::Year]),
    (7, "هفت", &[Unit::Day, Unit::Week, Unit::Month, Unit::Year]),
    (8, "هشت", &[Unit::Day, Unit::Week, Unit::Month, Unit::Year]),
];

/// The word of each unit, glued after a count.
fn unit_word(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "روز",
        Unit::Week => "هفته",
        Unit::Month => "ماه",
        Unit::Year => "سال",
    }
}

/// Weekday names; the compounds also in their glued forms («سهشنبه») and
/// as informal text spells them as said («سشنبه», «چارشنبه», «پنشنبه»).
const WEEKDAYS: [(Weekday, &[&str]); 7] = [
    (Weekday::Sat, &["شنبه"]),
    (Weekday::Sun, &["یکشنبه", "یک\u{200C}شنبه"]),
    (Weekday::Mon, &["دوشنبه"]),
    (Weekday::Tue, &["سهشنبه", "سه\u{200C}شنبه", "سشنبه"]),
    (Weekday::Wed, &["چهارشنبه", "چارشنبه"]),
    (Weekday::Thu, &["پنجشنبه", "پنج\u{200C}شنبه", "پنشنبه"]),
    (Weekday::Fri, &["جمعه"]),
];

/// Ordinal words for the days 1..=20 and the tens; compounds are built from these.
const ORDINALS: [(u8, &[&str]); 22] = [
    (1, &["اول", "یکم"]),
    (2, &["دوم"]),
    (3, &["سوم"]),
    (4, &["چهارم"]),
    (5, &["پنجم"]),
    (6, &["ششم"]),
    (7, &["هفتم"]),
    (8, &["هشتم"]),
    (9, &["نهم"]),
    (10, &["دهم"]),
    (11, &["یازدهم"]),
    (12, &["دوازدهم"]),
    (13, &["سیزدهم"]),
    (14, &["چهاردهم"]),
    (15, &["پانزدهم", "پونزدهم"]),
    (16, &["شانزدهم", "شونزدهم"]),
    (17, &["هفدهم", "هیفدهم"]),
    (18, &["هجدهم", "هیجدهم", "هژدهم"]),
    (19, &["نوزدهم"]),
    (20, &["بیستم"]),
    (30, &["سیام", "سی\u{200C}ام", "سیم"]),
    (31, &[]),
];

/// The unit ordinals that follow «و» in a compound («بیست و یکم»): 1..=9.
const UNIT_ORDINALS: [(u8, &[&str]); 9] = [
    (1, &["یکم"]),
    (2, &["دوم"]),
    (3, &["سوم"]),
    (4, &["چهارم"]),
    (5, &["پنجم"]),
    (6, &["ششم"]),
    (7, &["هفتم"]),
    (8, &["هشتم"]),
    (9, &["نهم"]),
];

/// Cardinal number words, for years in words and compound ordinals.
const CARDINALS: [(u16, &[&str]); 37] = [
    (1, &["یک", "یه"]),
    (2, &["دو"]),
    (3, &["سه"]),
    (4, &["چهار"]),
    (5, &["پنج"]),
    (6, &["شش"]),
    (7, &["هفت"]),
    (8, &["هشت"]),
    (9, &["نه"]),
    (10, &["ده"]),
    (11, &["یازده"]),
    (12, &["دوازده"]),
    (13, &["سیزده"]),
    (14, &["چهارده"]),
    (15, &["پانزده", "پونزده"]),
    (16, &["شانزده"]),
    (17, &["هفده", "هیفده"]),
    (18, &["هجده", "هیجده"]),
    (19, &["نوزده"]),
    (20, &["بیست"]),
    (30, &["سی"]),
    (40, &["چهل"]),
    (50, &["پنجاه"]),
    (60, &["شصت"]),
    (70, &["هفتاد"]),
    (80, &["هشتاد"]),
    (90, &["نود"]),
    (100, &["صد", "یکصد"]),
    (200, &["دویست"]),
    (300, &["سیصد"]),
    (400, &["چهارصد"]),
    (500, &["پانصد"]),
    (600, &["ششصد"]),
    (700, &["هفتصد"]),
    (800, &["هشتصد"]),
    (900, &["نهصد"]),
    (1000, &["هزار", "یکهزار"]),
];

/// Nouns that make a following day-and-month the name of a place or an
/// institution («میدان ۱۵ خرداد», «بیمارستان ۱۷ شهریور», «سینمای ۷ تیر»).
/// Both the bare and the ezafe («ـی») forms. An event named by its day is
/// not among them: «کودتای ۲۸ مرداد», «حماسه ۹ دی» and «قیام ۱۵ خرداد» point
/// at that day, and a reader annotates them as dates (as «دوم خرداد» for the
/// election of that day).
const NAME_CONTEXT: &[&str] = &[
    "میدان",
    "داروخانه",
    "مجموعه",
    "کوی",
    "خیابان",
    "بلوار",
    "بزرگراه",
    "اتوبان",
    "کوچه",
    "چهارراه",
    "تقاطع",
    "فلکه",
    "پل",
    "بیمارستان",
    "درمانگاه",
    "ورزشگاه",
    "استادیوم",
    "سینما",
    "سینمای",
    "پارک",
    "مدرسه",
    "دبیرستان",
    "دبستان",
    "دانشگاه",
    "دانشکده",
    "مسجد",
    "حسینیه",
    "شهرک",
    "مجتمع",
    "ایستگاه",
    "مترو",
    "پایگاه",
    "سالن",
    "استخر",
    "تالار",
    "ناحیه",
    "منطقه",
    "شهدای",
    "بندر",
    "پادگان",
    "کارخانه",
    "اردوگاه",
    "شهرستان",
    "روستای",
    "خیابانهای",
    "میادین",
    "جاده",
    "اسکله",
    "آرامگاه",
    "باغ",
    "کتابخانه",
    "مرکز",
    "بنیاد",
    "کانون",
    "انجمن",
    "موسسه",
    "شرکت",
    "گروه",
    "گردان",
    "لشکر",
    "تیپ",
];

/// Counted units: after them a two-digit number is a count, not a year
/// («بهمن ۲۵ ساله», «آذر ۲۰ نفر»).
const UNITS: &[&str] = &[
    "نفر",
    "تن",
    "درصد",
    "سال",
    "ساله",
    "سالگی",
    "روزه",
    "ماه",
    "ماهه",
    "دقیقه",
    "ثانیه",
    "تومان",
    "ریال",
    "دلار",
    "یورو",
    "هزار",
    "میلیون",
    "میلیارد",
    "کیلو",
    "کیلومتر",
    "متر",
    "سانتیمتر",
    "گرم",
    "کیلوگرم",
    "لیتر",
    "عدد",
    "مورد",
    "دستگاه",
    "واحد",
    "گل",
    "امتیاز",
    "امین",
    "مین",
    "نوبت",
    "جلد",
    "صفحه",
    "بیت",
    "قطعه",
    "رای",
    "نمره",
    "سکه",
];

/// Words after which an ordinal counts something other than days.
const PERIODS: &[&str] = &["هزاره", "نیمه"];

/// «قرن», «سده» (a century), also with the ezafe or plural glued on, as folded.
const CENTURY_WORDS: &[&str] = &["قرن", "سده", "سدهی", "قرنهای", "سدههای"];

/// «دهه» (a decade, or ten days: «دهه ۶۰», «دهه اول محرم»), also with its
/// ezafe or plural glued on («دهه‌ی ۹۰», «دهه‌های ۶۰ و ۷۰»), as folded.
const DECADE_WORDS: &[&str] = &["دهه", "دههی", "دهههای"];

/// Words that make a bare month name a month mention («اوایل بهمن», «ماه ژانویه»).
const MONTH_CUES: &[&str] = &[
    "اوایل",
    "اواسط",
    "اواخر",
    "ابتدای",
    "انتهای",
    "آخر",
    "پایان",
    "پایانی",
    "طی",
    "ماههای",
];

/// Words that make a bare four-digit number a year («مصوب ۱۳۸۰», «متولد ۱۳۶۰»).
const YEAR_CUES: &[&str] = &["مصوب", "متولد", "مورخ", "فصل"];

/// Kinds of year written between «سال» and its number: «سال تحصیلی ۸۲-۸۳»
/// (school), «سال مالی ۸۴» (fiscal), «سال زراعی ۹۹-۹۸» (farming), «سال آبی
/// ۸۰-۸۱» (water).
pub(crate) const YEAR_KINDS: &[&str] = &["تحصیلی", "مالی", "زراعی", "آبی"];

/// The commonest verb forms that follow the prefix «می» when its ZWNJ is lost
/// («می شود», «می کند»): after them «می» is no month.
const VERB_STEMS_AFTER_MI: &[&str] = &[
    "شود",
    "شوند",
    "شد",
    "شدند",
    "کند",
    "کنند",
    "کنم",
    "کنیم",
    "کرد",
    "کردند",
    "دهد",
    "دهند",
    "داد",
    "دادند",
    "گوید",
    "گویند",
    "گفت",
    "گفتند",
    "رسد",
    "رسند",
    "باشد",
    "باشند",
    "گیرد",
    "گیرند",
    "آید",
    "آیند",
    "یابد",
    "یابند",
    "رود",
    "روند",
    "ماند",
    "مانند",
    "توان",
    "تواند",
    "توانند",
    "توانم",
    "توانی",
    "توانیم",
    "توانید",
    "توانست",
    "توانستند",
    "خوابم",
    "خوابد",
    "خوابند",
    "فروشد",
    "فروشند",
    "بیند",
    "بینند",
    "زند",
    "زنند",
    "سازد",
    "سازند",
    "داند",
    "دانند",
    "آورد",
    "آورند",
    "خواهد",
    "خواهند",
    "نماید",
    "نمایند",
    "گردد",
    "گردند",
    "پردازد",
    "پردازند",
    "افتد",
    "کشد",
    "خورد",
    "گذارد",
    "شناسد",
    "خواند",
    "نویسد",
    "ریزد",
    "بخشد",
    "دارد",
    "دارند",
];

/// The most letters a packed key holds: one byte each in a `u128`.
const MAX_PACKED_LETTERS: usize = 16;

/// The look-up key of a word, built one character at a time while the word
/// is read, folding as it goes (the same folding as [`folded`]).
///
/// Nearly every lexicon word is a short run of Arabic-block letters, and so is
/// nearly every word of a Persian text; folding keeps that block within itself.
/// Such a word is keyed by the low bytes of its folded letters packed into a
/// `u128`: no string is built and no bytes are hashed. Low byte 0 (U+0600)
/// never enters a key, so distinct words of up to 16 letters get distinct
/// keys. Any other word (a Latin letter, U+0600, more than 16 letters, no
/// letter at all) is marked unpacked and looked up by its folded string.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordKey {
    packed: u128,
    letters: usize,
    unpacked: bool,
}

/// Reads the rest of a word from byte `i` of `text`, adding its letters to
/// `key`; returns where the word ends.
///
/// Arabic-block letters, nearly all of a Persian word, take the fast path:
/// one table load says whether the character belongs to a word and what it
/// folds to. Other characters are decoded and asked [`is_word_char`].
#[inline(always)]
pub(crate) fn read_word(text: &str, mut i: usize, key: &mut WordKey) -> usize {
    let bytes = text.as_bytes();
    while let Some(&lead) = bytes.get(i) {
        if lead & 0xFC == 0xD8 {
            // A two-byte character U+0600..U+06FF; in valid UTF-8 the next
            // byte continues it.
            let Some(&next) = bytes.get(i + 1) else { break };
            match arabic_word_fold((lead & 0x03) << 6 | next & 0x3F) {
                NOT_WORD => break,
                DROPPED => {}
                folded => key.push_folded(folded),
            }
            i += 2;
        } else if lead < 0x80 {
            if !lead.is_ascii_alphabetic() {
                break;
            }
            key.push_char(char::from(lead));
            i += 1;
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_word_char(c) => {
                    key.push_char(c);
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
    }
    i
}

impl WordKey {
    /// The key of the empty word.
    #[inline]
    pub(crate) fn new() -> WordKey {
        WordKey {
            packed: 0,
            letters: 0,
            unpacked: false,
        }
    }

    /// Adds the character U+06xx with low byte `low` (not 0).
    #[inline]
    pub(crate) fn push_arabic(&mut self, low: u8) {
        let folded = fold_arabic_low(low);
        // 0: an ignorable mark, not part of the folded word.
        if folded != 0 {
            self.push_folded(folded);
        }
    }

    /// Adds a letter U+06xx already folded, by its low byte (not 0): what
    /// [`super::chars::arabic_word_fold`] gives for a letter that is kept.
    #[inline]
    pub(crate) fn push_folded(&mut self, folded_low: u8) {
        self.packed = self.packed << 8 | u128::from(folded_low);
        self.letters += 1;
    }

    /// Adds any character.
    #[inline]
    pub(crate) fn push_char(&mut self, c: char) {
        let code = u32::from(c);
        if (0x0601..=0x06FF).contains(&code) {
            self.push_arabic((code & 0xFF) as u8);
        } else if !is_joiner(c) {
            // Outside the block nothing is ignorable and folding stays outside
            // it (see the tests of `chars`): this word has no packed key.
            self.unpacked = true;
        }
    }

    /// The packed key, if the word has one.
    #[inline]
    fn packed(&self) -> Option<u128> {
        if self.unpacked || self.letters == 0 || self.letters > MAX_PACKED_LETTERS {
            None
        } else {
            Some(self.packed)
        }
    }
}

/// The packed key of a word already folded, if it has one (see [`WordKey`]).
fn pack_folded(word: &str) -> Option<u128> {
    let mut key = WordKey::new();
    for c in word.chars() {
        if is_ignorable(c) || is_joiner(c) {
            // A folded word has none; if one slipped in, keep it out of the table.
            return None;
        }
        key.push_char(c);
    }
    key.packed()
}

/// Open-addressing hash table from packed keys to meanings.
///
/// Linear probing, at most a quarter full, so a miss (the usual case: most
/// words of a text mean nothing in dates) mostly ends at an empty home slot:
/// half full, news text took over two probes a look-up. Key 0 marks an empty
/// slot; no word packs to 0.
#[derive(Debug)]
struct PackedTable {
    /// One bit per hashed key, 1 KiB: most words of a text are in no
    /// lexicon, and this answers for them without touching `keys` (48 KiB
    /// with `values`, too much to stay in the first-level cache beside the text).
    filter: Box<[u64; FILTER_WORDS]>,
    keys: Vec<u128>,
    values: Vec<Option<Lex>>,
    /// `64 - log2(slots)`: the hash keeps the top bits of a 64-bit product.
    shift: u32,
}

/// The size of [`PackedTable::filter`] in 64-bit words (8 Ki-bits).
const FILTER_WORDS: usize = 128;

/// A key's two halves hashed into 64 bits (Fibonacci hashing): the table
/// slot is its top bits, the filter bit some lower ones.
#[inline]
fn mix(key: u128) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mixed = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(K).rotate_left(29);
    mixed.wrapping_mul(K)
}

/// The bit of [`PackedTable::filter`] for a key hashed by [`mix`].
#[inline]
fn filter_bit(mixed: u64) -> usize {
    (mixed >> 20) as usize & (FILTER_WORDS * 64 - 1)
}

impl PackedTable {
    fn new(entries: &[(u128, Lex)]) -> PackedTable {
        let slots = (entries.len() * 4).next_power_of_two().max(16);
        let mut table = PackedTable {
            filter: Box::new([0; FILTER_WORDS]),
            keys: vec![0; slots],
            values: vec![None; slots],
            shift: 64 - slots.trailing_zeros(),
        };
        for &(key, lex) in entries {
            let bit = filter_bit(mix(key));
            if let Some(word) = table.filter.get_mut(bit / 64) {
                *word |= 1 << (bit % 64);
            }
            let mut slot = table.slot(key);
            while table.keys.get(slot).is_some_and(|&k| k != 0 && k != key) {
                slot = (slot + 1) & (slots - 1);
            }
            if let (Some(k), Some(v)) = (table.keys.get_mut(slot), table.values.get_mut(slot)) {
                *k = key;
                *v = Some(lex);
            }
        }
        table
    }

    /// The home slot of `key`: Fibonacci hashing of its two halves.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        (mix(key) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u128) -> Option<Lex> {
        let mixed = mix(key);
        let bit = filter_bit(mixed);
        if self
            .filter
            .get(bit / 64)
            .map_or(0, |word| word >> (bit % 64) & 1)
            == 0
        {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut slot = (mixed >> self.shift) as usize;
        // Bounded by the table size; an empty slot ends it long before.
        for _ in 0..self.keys.len() {
            let k = *self.keys.get(slot)?;
            if k == key {
                return self.values.get(slot).copied().flatten();
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & mask;
        }
        None
    }
}

/// A lexicon: folded word → meaning.
#[derive(Debug)]
pub(crate) struct Lexicon {
    words: FxHashMap<String, Lex>,
    /// The words with a packed key (see [`WordKey`]): all of them today.
    packed: PackedTable,
    /// The words without one, by folded string.
    unpacked: FxHashMap<String, Lex>,
}

impl Lexicon {
    /// Builds the lexicon from the tables above.
    pub(crate) fn new() -> Lexicon {
        let mut words = FxHashMap::default();
        let mut add = |word: &str, lex: Lex| {
            words.entry(folded(word)).or_insert(lex);
        };
        let month = |set, month, with_mah, homograph| Lex::Month {
            set,
            month,
            with_mah,
            homograph,
        };
        for (n, names) in IRANIAN_MONTHS {
            for name in names {
                let glued = name.ends_with("ماه");
                add(name, month(MonthSet::Iranian, n, glued, false));
                if !glued {
                    add(
                        &format!("{name}ماه"),
                        month(MonthSet::Iranian, n, true, false),
                    );
                }
            }
        }
        // The Afghan names are all common words (میزان amount, جدی serious, حمل transport).
        for (n, names) in AFGHAN_MONTHS {
            for name in names {
                add(name, month(MonthSet::Afghan, n, false, true));
            }
        }
        for (set, table) in [
            (MonthSet::Gregorian, &GREGORIAN_MONTHS),
            (MonthSet::Lunar, &LUNAR_MONTHS),
        ] {
            for (n, plain, homographs) in table {
                for name in *plain {
                    add(name, month(set, *n, false, false));
                }
                for name in *homographs {
                    add(name, month(set, *n, false, true));
                }
            }
        }
        add("ربیع", Lex::LunarHead(3));
        add("جمادی", Lex::LunarHead(5));
        add("ذی", Lex::LunarHead(11));
        add("ذو", Lex::LunarHead(11));
        for (tail, n) in [
            ("الاول", 0),
            ("الاولی", 0),
            ("القعده", 0),
            ("الثانی", 1),
            ("الثانیه", 1),
            ("الآخر", 1),
            ("الاخر", 1),
            ("الاخری", 1),
            ("الآخره", 1),
            ("الحجه", 1),
            ("قعده", 0),
            ("حجه", 1),
        ] {
            add(tail, Lex::LunarTail(n));
        }
        for word in ["المبارک", "الحرام", "المرجب", "المعظم", "المکرم", "المظفر"]
        {
            add(word, Lex::LunarHonorific);
        }
        for word in PERIODS {
            add(word, Lex::Period);
        }
        for word in DECADE_WORDS {
            add(word, Lex::Decade);
        }
        for word in CENTURY_WORDS {
            add(word, Lex::Century);
        }
        for word in MONTH_CUES {
            add(word, Lex::MonthCue);
        }
        for word in YEAR_CUES {
            add(word, Lex::YearCue);
        }
        for word in YEAR_KINDS {
            add(word, Lex::YearKind);
        }
        for (word, offset) in [
            ("امروز", 0),
            ("دیروز", -1),
            ("پریروز", -2),
            ("فردا", 1),
            ("پسفردا", 2),
            ("امشب", 0),
            ("دیشب", -1),
            ("پریشب", -2),
            // «روز گذشته» (yesterday, in news copy) with its space lost, as
            // in Hamshahri («سخنگوي دولت روزگذشته با حضور در …»).
            ("روزگذشته", -1),
        ] {
            add(word, Lex::RelativeDay(offset));
        }
        add("پس", Lex::Pas);
        add("روز", Lex::Rooz);
        add("شب", Lex::Shab);
        add("هفته", Lex::Hafte);
        add("دیگر", Lex::Digar);
        // Spoken forms, written in informal text: «سه روز دیگه», «یه هفته پیش».
        add("دیگه", Lex::Digar);
        add("این", Lex::In);
        add("همین", Lex::Hamin);
        add("را", Lex::Ra);
        add("ساعت", Lex::Hour);
        add("میلاد", Lex::Milad);
        add("چند", Lex::Chand);
        for (count, count_word, units) in GLUED_COUNTS {
            for &unit in units {
                let glued = format!("{count_word}{}", unit_word(unit));
                add(&glued, Lex::GluedCount { count, unit });
            }
        }
        // Counts as vague: «صدها سال پیش» is no «سال پیش» (last year).
        for word in ["چندین", "دهها", "صدها", "هزاران", "میلیونها"] {
            add(word, Lex::Chand);
        }
        add("یکی", Lex::Yeki);
        add("کال", Lex::PashtoYear);
        add("په", Lex::PashtoOn);
        add("نوروز", Lex::Named { month: 1, day: 1 });
        add("سیزدهبدر", Lex::Named { month: 1, day: 13 });
        add("یلدا", Lex::Named { month: 9, day: 30 });
        add("یلدای", Lex::Named { month: 9, day: 30 });
        // Present stems after «می» with its ZWNJ lost: «۱۵ می شود» is no May.
        for stem in VERB_STEMS_AFTER_MI {
            add(stem, Lex::VerbStem);
        }
        add("بدر", Lex::Badr);
        add("سالهای", Lex::Sals);
        add("های", Lex::Plural);
        for (weekday, names) in WEEKDAYS {
            for name in names {
                add(name, Lex::Weekday(weekday));
            }
        }
        for (n, names) in ORDINALS {
            for name in names {
                add(name, Lex::Ordinal(n));
                // (Not «سیمین», a name and «silver», from the short «سیم».)
                if *name != "سیم" {
                    add(&format!("{name}ین"), Lex::OrdinalIn(n));
                }
            }
        }
        add("نخستین", Lex::OrdinalIn(1));
        // Glued compounds: «بیستوچهارم», «سیویکم», and «وچهارم» after a ZWNJ.
        for (unit, names) in UNIT_ORDINALS {
            for name in names {
                add(&format!("و{name}"), Lex::VaOrdinal(unit));
                add(&format!("بیستو{name}"), Lex::Ordinal(20 + unit));
                if unit == 1 {
                    add(&format!("سیو{name}"), Lex::Ordinal(31));
                }
            }
        }
        for (n, names) in CARDINALS {
            for name in names {
                add(name, Lex::Cardinal(n));
                add(&format!("و{name}"), Lex::VaCardinal(n));
            }
        }
        add("ماه", Lex::Mah);
        add("سال", Lex::Sal);
        add("ام", Lex::Am);
        add("و", Lex::Va);
        add("تا", Lex::Until);
        add("الی", Lex::Until);
        add("لغایت", Lex::Until);
        add("از", Lex::From);
        add("هجری", Lex::Hejri);
        add("شمسی", Lex::Solar);
        add("خورشیدی", Lex::Solar);
        add("قمری", Lex::Lunar);
        add("میلادی", Lex::Miladi);
        add("امسال", Lex::RelativeYear(0));
        add("پارسال", Lex::RelativeYear(-1));
        add("پیرارسال", Lex::RelativeYear(-2));
        // «سال جاری» with its space lost, as news archives often have it
        // («بهمن ماه سالجاري», «تا پايان سالجاري»).
        add("سالجاری", Lex::RelativeYear(0));
        for (word, shift) in [("جاری", 0), ("گذشته", -1), ("آینده", 1), ("آتی", 1)]
        {
            add(word, Lex::YearShift(shift));
        }
        for (word, shift) in [("قبل", -1), ("پیش", -1), ("بعد", 1)] {
            add(word, Lex::WeakShift(shift));
        }
        for word in NAME_CONTEXT {
            add(word, Lex::NameContext);
        }
        for word in UNITS {
            add(word, Lex::Unit);
        }
        for letter in ['ه', 'ش', 'ق', 'م', 'خ'] {
            add(&letter.to_string(), Lex::EraLetter(letter));
        }
        let mut packed = Vec::with_capacity(words.len());
        let mut unpacked = FxHashMap::default();
        for (word, &lex) in &words {
            match pack_folded(word) {
                Some(key) => packed.push((key, lex)),
                None => {
                    unpacked.insert(word.clone(), lex);
                }
            }
        }
        Lexicon {
            packed: PackedTable::new(&packed),
            unpacked,
            words,
        }
    }

    /// Every (folded word, meaning) pair.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&str, Lex)> {
        self.words.iter().map(|(w, l)| (w.as_str(), *l))
    }

    /// The meaning of a folded word, if it has one in dates (the reference
    /// that [`Self::lookup`] is tested against).
    #[cfg(test)]
    pub(crate) fn get(&self, folded_word: &str) -> Option<Lex> {
        self.words.get(folded_word).copied()
    }

    /// The meaning of a word as written (not folded), if it has one in dates:
    /// the same as `self.get(&folded(raw_word))`, without building the folded
    /// string.
    #[inline]
    pub(crate) fn lookup(&self, raw_word: &str) -> Option<Lex> {
        let mut key = WordKey::new();
        for c in raw_word.chars() {
            key.push_char(c);
        }
        self.lookup_key(&key, || raw_word)
    }

    /// The meaning of the word whose key is `key`. `raw_word` gives the word
    /// as written; it is only asked for when the word has no packed key, so
    /// the tokenizer need not cut the word out of the text for every look-up.
    #[inline]
    pub(crate) fn lookup_key<'w>(
        &self,
        key: &WordKey,
        raw_word: impl FnOnce() -> &'w str,
    ) -> Option<Lex> {
        match key.packed() {
            Some(packed) => self.packed.get(packed),
            None => self.lookup_unpacked(raw_word()),
        }
    }

    /// The meaning of a word without a packed key (Latin letters, more than
    /// 16 letters): rare in text, and no lexicon word is one today.
    #[cold]
    fn lookup_unpacked(&self, raw_word: &str) -> Option<Lex> {
        if self.unpacked.is_empty() {
            return None;
        }
        self.unpacked.get(&folded(raw_word)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Characters that exercise folding: letters and their Arabic forms,
    /// ignorable marks, joiners, U+0600, Latin and other scripts.
    const CHARS: &[char] = &[
        'ت', 'ی', 'ر', 'ي', 'ى', 'ک', 'ك', 'ا', 'آ', 'أ', 'ه', 'ة', 'ۀ', 'م', 'د', 'و', 'ش', 'ن',
        'ب', 'ل', 'ع', 'ح', 'ڼ', 'ښ', 'ۍ', 'ې', '\u{0640}', '\u{064B}', '\u{0650}', '\u{0670}',
        '\u{06EA}', '\u{200C}', '\u{200F}', '\u{FEFF}', '\u{00AD}', '\u{0600}', '\u{06FF}', '۱',
        'a', 'Z', 'é', 'ж', ' ',
    ];

    fn word() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(CHARS), 0..20)
            .prop_map(|cs| cs.into_iter().collect())
    }

    /// Every entry, spliced with marks and joiners and cut at every place.
    #[test]
    fn lookup_finds_every_entry_and_its_variants() {
        let lexicon = Lexicon::new();
        assert!(lexicon.unpacked.is_empty(), "every word packs today");
        for (word, lex) in lexicon.entries() {
            assert_eq!(lexicon.lookup(word), Some(lex), "{word}");
            let spliced: String = word
                .chars()
                .flat_map(|c| [c, '\u{0640}', '\u{200C}'])
                .collect();
            assert_eq!(lexicon.lookup(&spliced), Some(lex), "{spliced}");
            for (i, _) in word.char_indices() {
                let cut = &word[..i];
                assert_eq!(lexicon.lookup(cut), lexicon.get(cut), "{cut}");
                let cut = &word[i..];
                assert_eq!(lexicon.lookup(cut), lexicon.get(cut), "{cut}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn lookup_is_get_of_folded(raw in word()) {
            let lexicon = Lexicon::new();
            prop_assert_eq!(lexicon.lookup(&raw), lexicon.get(&folded(&raw)));
        }

        /// Strings near the entries: an entry with a random prefix or suffix,
        /// so that hits, near misses and long words all occur.
        #[test]
        fn lookup_is_get_of_folded_near_entries(
            pick in any::<prop::sample::Index>(),
            before in word(),
            after in word(),
        ) {
            let lexicon = Lexicon::new();
            let mut entries: Vec<&str> = lexicon.entries().map(|(w, _)| w).collect();
            entries.sort_unstable();
            let entry = entries[pick.index(entries.len())];
            for raw in [
                format!("{before}{entry}"),
                format!("{entry}{after}"),
                format!("{before}{entry}{after}"),
            ] {
                prop_assert_eq!(lexicon.lookup(&raw), lexicon.get(&folded(&raw)), "{}", raw);
            }
        }
    }

    /// The unpacked path: words with Latin letters or more than 16 letters.
    #[test]
    fn unpacked_words_fall_back_to_the_string_map() {
        let long = "ب".repeat(MAX_PACKED_LETTERS + 1);
        let mut unpacked = FxHashMap::default();
        for word in ["abc", "xتیر", long.as_str()] {
            assert_eq!(pack_folded(word), None, "{word}");
            unpacked.insert(word.to_string(), Lex::Va);
        }
        let full = Lexicon::new();
        let lexicon = Lexicon {
            packed: PackedTable::new(&[]),
            unpacked,
            words: full.words.clone(),
        };
        assert_eq!(lexicon.lookup("AbC"), Some(Lex::Va));
        assert_eq!(lexicon.lookup("Xتـیر"), Some(Lex::Va));
        assert_eq!(lexicon.lookup(&format!("{long}\u{200C}")), Some(Lex::Va));
        assert_eq!(lexicon.lookup(&long[2..]), None);
        assert_eq!(lexicon.lookup("تیر"), None);
        assert_eq!(lexicon.lookup(""), None);
    }
}
