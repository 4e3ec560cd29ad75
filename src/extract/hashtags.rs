//! Hashtags: social media join the words of a tag with «_» («#۲۲_بهمن»,
//! «#راهپیمایی_۲۲_بهمن», «#هفتم_آبان»). Inside a tag the tokenizer reads «_»
//! as a space and the scan takes each part as a word start; elsewhere «_» is
//! a mark like any other («فروردین_۱۲۱۲» is no date). Both ask here, so that
//! they agree on where a tag is whatever window the tokenizer reads.
//!
//! A tag starts with «#» at the start of the text or after whitespace, and
//! runs to the next whitespace or «(» (a word start of its own), for at most
//! [`MAX_TAG`] bytes.

/// The most bytes of a tag whose «_» join words.
pub(crate) const MAX_TAG: usize = 128;

/// Whether `b` ends a tag.
fn ends_tag(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'('
}

/// The length of the tag starting at `at` (with «#» at the start of the
/// text or after whitespace), and whether it holds a «_»; `None` if no tag
/// starts there.
pub(crate) fn tag_at(bytes: &[u8], at: usize) -> Option<(usize, bool)> {
    let starts = bytes.get(at) == Some(&b'#')
        && at
            .checked_sub(1)
            .map_or(true, |b| bytes.get(b).is_some_and(u8::is_ascii_whitespace));
    if !starts {
        return None;
    }
    let mut len = 0;
    let mut underscore = false;
    for &b in bytes.get(at..).unwrap_or_default().iter().take(MAX_TAG) {
        if ends_tag(b) {
            break;
        }
        underscore |= b == b'_';
        len += 1;
    }
    Some((len, underscore))
}

/// Whether the «_» at `at` is inside a tag, joining two of its words.
pub(crate) fn joins_tag_words(bytes: &[u8], at: usize) -> bool {
    // A tag holding `at` starts less than MAX_TAG bytes before it: after a
    // whitespace byte at `at - MAX_TAG` at the earliest.
    let from = at.saturating_sub(MAX_TAG);
    let before = bytes.get(from..at).unwrap_or_default();
    let start = match before.iter().rposition(|&b| ends_tag(b)) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false, // further back than a tag reaches
    };
    tag_at(bytes, start).is_some_and(|(len, _)| at < start + len)
}

#[cfg(test)]
mod tests {
    use super::{joins_tag_words, tag_at};

    fn underscores(text: &str) -> Vec<bool> {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .filter(|&i| bytes[i] == b'_')
            .map(|i| joins_tag_words(bytes, i))
            .collect()
    }

    #[test]
    fn underscores_join_words_in_tags_only() {
        assert_eq!(underscores("#راهپیمایی_۲۲_بهمن"), [true, true]);
        assert_eq!(underscores("سلام #۲۲_بهمن و فروردین_۱۲"), [true, false]);
        assert_eq!(underscores("فروردین_۱۲۱۲"), [false]);
        // Not after a mark, nor past a «(» in the tag.
        assert_eq!(underscores("a#b_c (#d_e) #f(g_h)"), [false, false, false]);
        assert_eq!(underscores("\n#تیر_۱۴۰۳"), [true]);
    }

    #[test]
    fn a_tag_ends_at_whitespace_or_a_bracket() {
        assert_eq!(
            tag_at("#تیر_۱۴ و".as_bytes(), 0),
            Some(("#تیر_۱۴".len(), true))
        );
        assert_eq!(
            tag_at("#نوروز(۱)".as_bytes(), 0),
            Some(("#نوروز".len(), false))
        );
        assert_eq!(tag_at("x#y".as_bytes(), 1), None);
    }

    #[test]
    fn the_last_byte_of_a_tag_s_reach_is_in_it() {
        // After a space, a tag of «#», 126 letters and «_»: the «_» is its
        // 128th byte, the last it reaches; one letter more and it is past.
        let last = format!("x #{}_b", "a".repeat(126));
        assert_eq!(underscores(&last), [true]);
        let past = format!("x #{}_b", "a".repeat(127));
        assert_eq!(underscores(&past), [false]);
        assert_eq!(tag_at(last.as_bytes(), 2), Some((128, true)));
    }

    #[test]
    fn a_long_tag_joins_words_only_within_its_reach() {
        let long = format!("#{}_{}", "ب".repeat(100), "تیر");
        assert_eq!(underscores(&long), [false]);
        let short = format!("#{}_{}", "ب".repeat(60), "تیر");
        assert_eq!(underscores(&short), [true]);
    }
}
