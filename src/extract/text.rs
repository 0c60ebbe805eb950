//! Article text normalisation: one paragraph per line.
//!
//! Editors paste text from anywhere, so a BOM, CRLF line ends and blank lines
//! are accepted and dropped here, once, before any rule sees the text.

use crate::extract::marks::is_mark;

/// Splits article text into its paragraphs: one per non-blank line, trimmed,
/// with a leading BOM and `\r` line ends removed.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

/// Longest heading, in words: a headline, a subhead, a "WATCH:" link.
const MAX_HEADING_WORDS: usize = 25;

/// Whether a paragraph is a heading rather than prose: short, and not
/// ending a sentence ("‘Just listen to us’", "READ MORE: Ferry cuts ‘a
/// false economy’", "Story continues below advertisement").
pub fn is_heading(par: &str) -> bool {
    let end = par.trim_end().trim_end_matches(is_mark);
    let ends_sentence = end.ends_with(['.', '!', '?', '…', ',', ':', ';', '—', '-']);
    !end.is_empty() && !ends_sentence && par.split_whitespace().count() <= MAX_HEADING_WORDS
}

#[cfg(test)]
mod tests {
    use super::{is_heading, paragraphs};

    fn check(input: &str, expected: &[&str]) {
        assert_eq!(paragraphs(input), expected);
    }

    #[test]
    fn one_paragraph_per_line() {
        check("First.\nSecond.", &["First.", "Second."]);
    }

    #[test]
    fn blank_lines_bom_and_crlf_are_dropped() {
        check(
            "\u{feff}First.\r\n\r\n  \nSecond.\r\n",
            &["First.", "Second."],
        );
    }

    #[test]
    fn empty_text_has_no_paragraphs() {
        check("", &[]);
        check("\n \r\n", &[]);
    }

    #[test]
    fn a_heading_is_short_and_ends_no_sentence() {
        assert!(is_heading("‘Just listen to us’"));
        assert!(is_heading(
            "WATCH: Mayor calls the plan ‘a mess’ at council"
        ));
        assert!(!is_heading("“Leave it!” she cried."));
        assert!(!is_heading("“Now!”"));
        assert!(!is_heading("The council met on Monday and voted."));
        assert!(!is_heading(""));
    }
}
