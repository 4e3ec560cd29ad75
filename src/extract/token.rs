//! Splits a stretch of text into tokens: numbers, words and punctuation.
//!
//! Only the stretches around anchors are tokenized (see [`super::scan`]). A token
//! keeps its byte span in the caller's text and how it is separated from the
//! token before it, because «۱۲تیر», «تیر ماه», «تیر‌ماه» and a line break
//! between two words mean different things to the grammar.

use super::chars::{digit_value, is_joiner, is_word_char};
use super::lexicon::{Lex, Lexicon};

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the two touch («۱۲تیر», «۱۴۰۳/»).
    Glued,
    /// Only invisible joiners (ZWNJ, RLM …): one word written in parts («تیر‌ماه»).
    Joiner,
    /// Spaces (and perhaps joiners) on one line.
    Space,
    /// A line or paragraph break: the grammar never reads across it.
    Break,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of digits in any of the three scripts; `value` saturates, `digits` counts them.
    Number { value: u32, digits: u8 },
    /// A word, with its meaning in dates if it has one.
    Word(Option<Lex>),
    /// One other visible character.
    Punct(char),
}

/// One token: its byte span in the caller's text, its gap and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) gap: Gap,
    pub(crate) kind: Kind,
}

impl Token {
    /// The word meaning, if this is a known word.
    #[inline]
    pub(crate) fn lex(&self) -> Option<Lex> {
        match self.kind {
            Kind::Word(lex) => lex,
            _ => None,
        }
    }

    /// Whether this token is the punctuation character `c`.
    #[inline]
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// For a word like «درپنجم» (the preposition «در» glued to an ordinal or a
/// month name), the byte length of «در» and the meaning of the rest.
fn after_glued_preposition(word: &str, lexicon: &Lexicon) -> Option<(usize, Lex)> {
    const PREPOSITION: &str = "در";
    let rest = word.strip_prefix(PREPOSITION)?;
    match lexicon.lookup(rest)? {
        lex @ (Lex::Ordinal(_) | Lex::Month { .. }) => Some((PREPOSITION.len(), lex)),
        _ => None,
    }
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}' | '\u{0085}'
    )
}

/// Tokenizes `text[start..end]` into `out` (cleared first).
///
/// `start` and `end` must be char boundaries of `text`. `_scratch` is no
/// longer used (words are looked up without being folded into a string); it
/// stays until the caller in `mod.rs` stops passing it.
pub(crate) fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    _scratch: &mut String,
    out: &mut Vec<Token>,
) {
    out.clear();
    let Some(stretch) = text.get(start..end) else {
        return;
    };
    let mut gap = Gap::Space;
    let mut chars = stretch.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = start + offset;
        // Most characters are letters: test for them first.
        if !is_word_char(c) && digit_value(c).is_none() {
            if is_break(c) {
                gap = Gap::Break;
                continue;
            }
            if c.is_whitespace() {
                if gap != Gap::Break {
                    gap = Gap::Space;
                }
                continue;
            }
            if is_joiner(c) {
                if gap == Gap::Glued {
                    gap = Gap::Joiner;
                }
                continue;
            }
        }
        let mut token_end = at + c.len_utf8();
        let kind = if let Some(first) = digit_value(c) {
            let mut value = first;
            let mut digits: u8 = 1;
            while let Some(&(o, d)) = chars.peek() {
                let Some(v) = digit_value(d) else { break };
                value = value.saturating_mul(10).saturating_add(v);
                digits = digits.saturating_add(1);
                token_end = start + o + d.len_utf8();
                chars.next();
            }
            Kind::Number { value, digits }
        } else if is_word_char(c) {
            while let Some(&(o, d)) = chars.peek() {
                if !is_word_char(d) {
                    break;
                }
                token_end = start + o + d.len_utf8();
                chars.next();
            }
            let word = text.get(at..token_end).unwrap_or_default();
            let lex = lexicon.lookup(word);
            if lex.is_none() {
                if let Some((skip, inner)) = after_glued_preposition(word, lexicon) {
                    // «درپنجم دی»: «در» lost its space; it is not part of the mention.
                    out.push(Token {
                        start: at + skip,
                        end: token_end,
                        gap: Gap::Space,
                        kind: Kind::Word(Some(inner)),
                    });
                    gap = Gap::Glued;
                    continue;
                }
            }
            Kind::Word(lex)
        } else {
            Kind::Punct(c)
        };
        out.push(Token {
            start: at,
            end: token_end,
            gap,
            kind,
        });
        gap = Gap::Glued;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Gap)> {
        let lexicon = Lexicon::new();
        let mut scratch = String::new();
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &lexicon, &mut scratch, &mut out);
        out.iter()
            .map(|t| (text[t.start..t.end].to_string(), t.gap))
            .collect()
    }

    #[test]
    fn splits_digits_from_letters_and_keeps_gaps() {
        let toks = kinds("۱۲تیر‌ماه ۱۴۰۳/۱۱\nسال");
        let texts: Vec<&str> = toks.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["۱۲", "تیر", "ماه", "۱۴۰۳", "/", "۱۱", "سال"]);
        let gaps: Vec<Gap> = toks.iter().map(|(_, g)| *g).collect();
        assert_eq!(
            gaps,
            [
                Gap::Space,
                Gap::Glued,
                Gap::Joiner,
                Gap::Space,
                Gap::Glued,
                Gap::Glued,
                Gap::Break
            ]
        );
    }
}
