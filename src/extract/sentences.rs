//! Sentence boundaries inside a paragraph.
//!
//! Attribution only looks inside the quote's own sentence ("a producer
//! remarked, “…”"), and themes read the sentence around a quote, so the
//! paragraph is cut into sentences first. Full stops inside a quote do not
//! end the sentence around it; abbreviations ("Dr.", "U.S.") never do.

use crate::extract::lexicon::is_abbreviation;
use crate::extract::marks::Span;
use std::ops::Range;

/// Bytes of "…" (E2 80 A6) in UTF-8.
const ELLIPSIS_LEN: usize = '…'.len_utf8();

/// Byte ranges of the sentences of `par`, in order, covering every
/// non-space character. `spans` are the paragraph's outermost quotes.
pub fn sentences(par: &str, spans: &[Span]) -> Vec<Range<usize>> {
    let bytes = par.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut spans = spans.iter().peekable();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(span) = spans.peek() {
            if i >= span.after {
                spans.next();
                continue;
            }
            if i >= span.open {
                // Inside a quote: the only possible boundary is just after
                // its closing mark, when the quote itself ended a sentence.
                if span.closed && ends_at(par, span.after).is_some_and(|last| last >= i) {
                    let inner = par.get(span.start..span.end).unwrap_or("");
                    // A nested quote may close first: ‘What’s going on?’”
                    let inner = inner.trim_end_matches(['’', '\'', '”', '"', '»', ')']);
                    let rest = par.get(span.after..).unwrap_or("");
                    if inner.ends_with(['.', '!', '?', '…']) && starts_sentence(rest) {
                        push(&mut out, par, start, span.after);
                        start = span.after;
                    }
                }
                i = span.after;
                continue;
            }
        }
        // Outside quotes, up to the next one: find a terminal mark. Bytes
        // will do, since `.`, `!`, `?` and the lead byte of `…` never occur
        // inside another character.
        let limit = spans
            .peek()
            .map_or(bytes.len(), |s| s.open.min(s.after).min(bytes.len()));
        let found = (i..limit).find(|&j| match bytes.get(j) {
            Some(b'.' | b'!' | b'?') => true,
            Some(0xE2) => bytes.get(j + 1..j + ELLIPSIS_LEN) == Some(&[0x80, 0xA6]),
            _ => false,
        });
        let Some(at) = found else {
            i = limit;
            continue;
        };
        // Swallow runs like "?!" or "..." and closing brackets.
        let mut end = at
            + if bytes.get(at) == Some(&0xE2) {
                ELLIPSIS_LEN
            } else {
                1
            };
        while let Some(d) = par.get(end..).and_then(|rest| rest.chars().next()) {
            if matches!(d, '.' | '!' | '?' | '…' | ')' | ']') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let before = par.get(start..at).unwrap_or("");
        if bytes.get(at) == Some(&b'.') && ends_with_abbreviation(before) {
            continue;
        }
        if starts_sentence(par.get(end..).unwrap_or("")) {
            push(&mut out, par, start, end);
            start = end;
        }
    }
    push(&mut out, par, start, par.len());
    out
}

/// Where the character that ends exactly at byte `end` starts, if one does.
fn ends_at(par: &str, end: usize) -> Option<usize> {
    let (before, _) = par.split_at_checked(end)?;
    before.char_indices().next_back().map(|(i, _)| i)
}

/// True when `rest` (the text after a terminal mark) begins a new sentence:
/// the end of the paragraph, or space then a capital, digit or opening mark.
fn starts_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return true;
    }
    if trimmed.len() == rest.len() {
        return false;
    }
    trimmed.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '«')
    })
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    !word.is_empty() && is_abbreviation(word)
}

fn push(out: &mut Vec<Range<usize>>, par: &str, start: usize, end: usize) {
    let piece = &par[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead < piece.len() {
        out.push(start + lead..end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::marks::scan;

    fn check(input: &str, expected: &[&str]) {
        let spans = scan(input).spans;
        let got: Vec<&str> = sentences(input, &spans)
            .into_iter()
            .map(|r| &input[r])
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        check("One. Two? Three!", &["One.", "Two?", "Three!"]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        check(
            "Dr. Lee met Sen. Warren in the U.S. Senate. Then left.",
            &["Dr. Lee met Sen. Warren in the U.S. Senate.", "Then left."],
        );
    }

    #[test]
    fn quotes_keep_their_inner_stops() {
        check(
            "“It was great. We loved it,” she said. Then silence.",
            &["“It was great. We loved it,” she said.", "Then silence."],
        );
        check(
            "“What’s going on?” What she realized was this.",
            &["“What’s going on?”", "What she realized was this."],
        );
        check("“Why?” she asked.", &["“Why?” she asked."]);
    }

    #[test]
    fn ellipses_and_lowercase_continue() {
        check("He paused... and went on.", &["He paused... and went on."]);
        check("", &[]);
    }
}
