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

/// Most words in a photo credit: "(Andrew Vaughan/The Canadian Press)".
const MAX_CREDIT_WORDS: usize = 6;

/// Whether a paragraph is a photo caption: it ends with a credit in
/// brackets, "(Jo Lee/CBC)" or "( Daily file photo )". A caption sits
/// outside the story's prose: nobody speaks in it, and nobody it names is
/// who the next "he said" means.
pub fn is_caption(par: &str) -> bool {
    let par = par.trim_end();
    let credit = par
        .strip_suffix(')')
        .and_then(|rest| rest.rfind('(').and_then(|open| rest.get(open + 1..)));
    credit.is_some_and(|c| {
        let names_a_photo = c.contains('/')
            || c.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("photo") || w.eq_ignore_ascii_case("photos"));
        names_a_photo && c.split_whitespace().count() <= MAX_CREDIT_WORDS
    })
}

#[cfg(test)]
mod tests {
    use super::{is_caption, is_heading, paragraphs};

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

    #[test]
    fn a_caption_ends_with_a_photo_credit() {
        assert!(is_caption(
            "Jo Ruiz at the rally. (Sam Lee/The Canadian Press)"
        ));
        assert!(is_caption(
            "Jo Ruiz at the rally in 1999. ( THE DAILY FILE PHOTO )"
        ));
        assert!(!is_caption("Ruiz said the plan was sound (and cheap)."));
        assert!(!is_caption("The vote passed (12 to 3)."));
    }
}
