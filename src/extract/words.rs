//! Word tokens with byte offsets.
//!
//! Attribution is decided on words, not characters, but every decision must
//! point back into the paragraph, so tokens keep their byte offsets. The
//! word classes the rules test tokens against are in [`lexicon`].
//!
//! [`lexicon`]: crate::extract::lexicon

use crate::extract::lexicon::is_abbreviation;

/// A word or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// True for words (letters, digits, inner apostrophes and hyphens).
    pub word: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, par: &'a str) -> &'a str {
        par.get(self.start..self.end).unwrap_or("")
    }
}

/// News prose has about one token per four or five bytes: sizing the token
/// list for four saves most regrowths of the biggest allocation of a parse.
const BYTES_PER_TOKEN: usize = 4;

/// Splits a paragraph into tokens. Apostrophes and hyphens inside a word
/// ("she’s", "25-year-old’s") stay in it; an abbreviation keeps its dot
/// ("Dr.", "U.S.") so it is not mistaken for a sentence end.
pub fn tokenize(par: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(par.len() / BYTES_PER_TOKEN + 1);
    let mut i = 0;
    while let Some(c) = char_at(par, i) {
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !is_alnum(c) {
            tokens.push(Token {
                start,
                end: i,
                word: false,
            });
            continue;
        }
        let mut end = i;
        while let Some(d) = char_at(par, i) {
            if is_alnum(d) {
                i += d.len_utf8();
                end = i;
                continue;
            }
            let joins = matches!(d, '’' | '\'' | '-' | '‑' | '&' | '.');
            let next = i + d.len_utf8();
            if joins && char_at(par, next).is_some_and(is_alnum) {
                // "U.S", "d’Or", "e.Volt" and "shopname.ca" continue; "end.Next"
                // is a typo we accept.
                let after = char_at(par, next).unwrap_or(' ');
                let dotted = is_initialism(&par[start..end])
                    || after.is_lowercase()
                    || (end - start == 1 && par[start..end].chars().all(char::is_lowercase));
                if d == '.' && !dotted {
                    break;
                }
                i = next;
                continue;
            }
            break;
        }
        // Keep the dot of "Dr." or "U.S." with the word.
        if par.as_bytes().get(i) == Some(&b'.') && is_abbreviation(&par[start..end]) {
            i += 1;
            end = i;
        }
        tokens.push(Token {
            start,
            end,
            word: true,
        });
    }
    tokens
}

/// `char::is_alphanumeric`, answering at once for the punctuation news
/// text is full of (curly quotes, dashes: U+2000 to U+206F, none of them
/// letters or digits) instead of searching Unicode's tables.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// The character starting at byte `i`, with a shortcut for ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text.get(i..)?.chars().next()
    }
}

/// "U", "U.S", "J": pieces of an initialism.
pub(crate) fn is_initialism(word: &str) -> bool {
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

/// Grammatical gender a pronoun or honorific tells.
pub use crate::model::Gender;

/// True when the word starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = tokenize(input).iter().map(|t| t.text(input)).collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        check(
            "the 25-year-old’s Palme d’Or, don't",
            &["the", "25-year-old’s", "Palme", "d’Or", ",", "don't"],
        );
    }

    #[test]
    fn abbreviations_keep_their_dot() {
        check(
            "Dr. Lee and the U.S. Army.",
            &["Dr.", "Lee", "and", "the", "U.S.", "Army", "."],
        );
        check("Sen. Warren said.", &["Sen.", "Warren", "said", "."]);
    }

    #[test]
    fn brands_and_domains_keep_their_inner_dot() {
        check(
            "e.Volt’s founder, of shopname.ca, left.Then",
            &[
                "e.Volt’s",
                "founder",
                ",",
                "of",
                "shopname.ca",
                ",",
                "left",
                ".",
                "Then",
            ],
        );
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in ['a', 'Z', '0', 'é', '日', '½', '-', ' ', '’', '“'] {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn punctuation_is_one_token_each() {
        check(
            "“Yes,” she said—",
            &["“", "Yes", ",", "”", "she", "said", "—"],
        );
        check("", &[]);
    }
}
