//! Article text normalisation: one paragraph per line.
//!
//! Editors paste text from anywhere, so a BOM, CRLF line ends and blank lines
//! are accepted and dropped here, once, before any rule sees the text.

/// Splits article text into its paragraphs: one per non-blank line, trimmed,
/// with a leading BOM and `\r` line ends removed.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

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
}
