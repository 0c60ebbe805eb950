//! Quotation-mark scanning: which `"` `“` `”` `'` `‘` `’` `«` `»` marks
//! open or close a quote, and which are apostrophes.
//!
//! Real text mixes curly and straight marks, British single quotes and
//! apostrophes that use the very same character (’ in "she’s", "d’Or",
//! "’90s", "players’"). Each mark is first classified from its neighbours
//! (like Markdown's left/right-flanking rule), then marks are paired with a
//! stack so a quote nested inside a quote stays inside its outer quote. Only
//! outermost spans are returned.

use crate::extract::lexicon;

/// Which family of marks a quote uses; a closing mark only closes its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `"`, `“ ”`, `„`.
    Double,
    /// `'`, `‘ ’`.
    Single,
    /// `« »`.
    Guillemet,
}

/// An outermost quoted span in one paragraph. Byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Offset of the opening mark.
    pub open: usize,
    /// Start of the quoted text (after the mark and any spaces).
    pub start: usize,
    /// End of the quoted text (before spaces and the closing mark).
    pub end: usize,
    /// Offset just past the closing mark, or the paragraph end if unclosed.
    pub after: usize,
    /// False when the quote runs to the end of the paragraph unclosed, which
    /// is how a quote continuing into the next paragraph is written.
    pub closed: bool,
    /// The family of the marks.
    pub family: Family,
}

/// Everything the scanner found in one paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// Outermost quoted spans, in order.
    pub spans: Vec<Span>,
    /// Closing marks with no opening mark before them (offsets).
    pub stray_closes: Vec<usize>,
    /// Opening marks that never close and do not run to the paragraph end.
    pub stray_opens: Vec<usize>,
}

/// How a mark may act, decided from its neighbours alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight `"` whose neighbours do not tell: closes if one is open.
    Either,
    /// A `’`/`'` after a word: closes an open single quote, else possessive.
    CloseOrApostrophe,
    Apostrophe,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    role: Role,
    prev: Option<char>,
}

/// Scans one paragraph.
pub fn scan(par: &str) -> Scan {
    let marks = classify(par);
    pair(par, &marks)
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn is_alnum(c: Option<char>) -> bool {
    c.is_some_and(crate::extract::words::is_alnum)
}

pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„')
}

/// Characters after which an opening mark may stand.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || is_mark(c) || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/')
        }
    }
}

/// Characters that may follow a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || is_mark(c)
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '/'
                )
        }
    }
}

/// Digits of a year written with its century elided ('90s, '08).
const ELIDED_YEAR_DIGITS: usize = 2;

/// True when the word after a leading apostrophe is a known elision
/// ('em, 'til, 'cause, rock 'n' roll, '90s) rather than quoted text.
fn is_elision(rest: &str) -> bool {
    let mut chars = rest.chars();
    let first = chars.next();
    if first.is_some_and(|c| c.is_ascii_digit()) {
        // '90s, '08: two digits then a non-digit.
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        return digits == ELIDED_YEAR_DIGITS;
    }
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..word_len];
    let lower = word.to_lowercase();
    lexicon::is_elision(&lower)
}

fn classify(par: &str) -> Vec<Mark> {
    let bytes = par.as_bytes();
    let mut marks = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Every mark starts with one of these bytes; skip the rest quickly.
        if b != b'"' && b != b'\'' && b != 0xE2 && b != 0xC2 {
            i += 1;
            continue;
        }
        let Some(c) = par[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if !is_mark(c) {
            i += len;
            continue;
        }
        let prev = par[..i].chars().next_back();
        let rest = &par[i + len..];
        let next = rest.chars().next();
        let left = !is_space(next) && opens_after(prev);
        let right = !is_space(prev) && closes_before(next);
        let (family, role) = match c {
            '“' | '„' => (Family::Double, Role::Open),
            '”' => {
                // Some sources use ” for both ends; trust the neighbours then.
                let role = if left && !right {
                    Role::Open
                } else {
                    Role::Close
                };
                (Family::Double, role)
            }
            '"' => {
                let role = match (left, right) {
                    (true, false) => Role::Open,
                    (false, true) => Role::Close,
                    _ => Role::Either,
                };
                (Family::Double, role)
            }
            '«' => (Family::Guillemet, Role::Open),
            '»' => (Family::Guillemet, Role::Close),
            '‘' => {
                let role = if is_alnum(next) && (is_elision(rest) || is_alnum(prev)) {
                    Role::Apostrophe
                } else {
                    Role::Open
                };
                (Family::Single, role)
            }
            _ => {
                // ’ and ': an apostrophe inside or at the start of a word,
                // a possible closing mark after one.
                let role = if is_alnum(prev) && is_alnum(next) {
                    Role::Apostrophe
                } else if left {
                    if c == '\'' && !is_elision(rest) {
                        Role::Open
                    } else {
                        Role::Apostrophe
                    }
                } else if right {
                    Role::CloseOrApostrophe
                } else {
                    Role::Apostrophe
                };
                (Family::Single, role)
            }
        };
        if role != Role::Apostrophe {
            marks.push(Mark {
                at: i,
                len,
                family,
                role,
                prev,
            });
        }
        i += len;
    }
    marks
}

/// How many marks after a `’` [`is_plural_possessive`] reads for a likelier
/// closing mark: a quote's worth, so a long paragraph stays linear.
const POSSESSIVE_LOOKAHEAD: usize = 64;

/// A `’` after an "s" that is followed later by a likelier closing mark
/// (one after punctuation, as in "‘The Smiths’ house burned,’ he said") is a
/// plural possessive, not the end of the quote.
fn is_plural_possessive(marks: &[Mark], index: usize) -> bool {
    let Some(mark) = marks.get(index) else {
        return false;
    };
    if !matches!(mark.prev, Some('s' | 'S' | 'z')) {
        return false;
    }
    for later in marks.iter().skip(index + 1).take(POSSESSIVE_LOOKAHEAD) {
        if later.family != Family::Single {
            continue;
        }
        match later.role {
            Role::Open => return false,
            Role::Close | Role::CloseOrApostrophe => {
                if matches!(
                    later.prev,
                    Some('.' | ',' | '!' | '?' | '…' | ';' | ':' | '—' | '–' | '-')
                ) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

fn pair(par: &str, marks: &[Mark]) -> Scan {
    let mut scan = Scan::default();
    let mut stack: Vec<usize> = Vec::new();
    // (opening mark index, closing mark index)
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let open_of = |stack: &[usize], family: Family| {
        stack
            .iter()
            .rposition(|&m| marks.get(m).is_some_and(|o| o.family == family))
    };
    for (index, mark) in marks.iter().enumerate() {
        let open = open_of(&stack, mark.family);
        let closes = match mark.role {
            Role::Open => false,
            Role::Close => {
                if open.is_none() && mark.family != Family::Single {
                    scan.stray_closes.push(mark.at);
                }
                true
            }
            Role::Either => open.is_some(),
            Role::CloseOrApostrophe => open.is_some() && !is_plural_possessive(marks, index),
            Role::Apostrophe => continue,
        };
        if !closes {
            if mark.role != Role::CloseOrApostrophe {
                stack.push(index);
            }
            continue;
        }
        if let Some(pos) = open {
            pairs.push((stack[pos], index));
            // Marks opened inside and never closed were apostrophes or typos;
            // the outer quote still ends here.
            stack.truncate(pos);
        }
    }

    let mut spans: Vec<Span> = pairs
        .iter()
        .filter_map(|&(o, c)| {
            let open = marks.get(o)?;
            let close = marks.get(c)?;
            Some(make_span(par, open, close.at, close.at + close.len, true))
        })
        .collect();
    // The earliest unclosed double quote with no closed quote after it runs
    // to the paragraph end (a quote continued in the next paragraph); any
    // other unclosed opening mark is a stray.
    let mut open_ended = false;
    for &m in &stack {
        let Some(mark) = marks.get(m) else { continue };
        if mark.family == Family::Single {
            continue;
        }
        let later_pair = spans.iter().any(|s| s.open > mark.at);
        if !open_ended && !later_pair {
            spans.push(make_span(par, mark, par.len(), par.len(), false));
            open_ended = true;
        } else {
            scan.stray_opens.push(mark.at);
        }
    }
    spans.sort_by_key(|s| s.open);
    let mut outer: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if let Some(last) = outer.last() {
            if span.open < last.after {
                continue;
            }
        }
        outer.push(span);
    }
    scan.spans = outer;
    scan
}

fn make_span(par: &str, open: &Mark, end: usize, after: usize, closed: bool) -> Span {
    let start = open.at + open.len;
    let inner = &par[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (start, end) = if lead == inner.len() {
        (start, start)
    } else {
        (start + lead, end - trail)
    };
    Span {
        open: open.at,
        start,
        end,
        after,
        closed,
        family: open.family,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the outermost quoted texts; a trailing `…` marks one that runs
    /// unclosed to the paragraph end.
    fn check(input: &str, expected: &[&str]) {
        let scan = scan(input);
        let got: Vec<String> = scan
            .spans
            .iter()
            .map(|s| {
                let text = &input[s.start..s.end];
                if s.closed {
                    text.to_string()
                } else {
                    format!("{text}…")
                }
            })
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn curly_double_quotes() {
        check(
            "“I was holding it in, which I had never done before,” she said.",
            &["I was holding it in, which I had never done before,"],
        );
    }

    #[test]
    fn straight_double_quotes() {
        check(
            r#""We don't know," he said. "Nobody does.""#,
            &["We don't know,", "Nobody does."],
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        check("She’s at the Palme d’Or with Baker’s ’90s crew.", &[]);
        check("The players’ union met in the '90s for rock 'n' roll.", &[]);
        check("It was the 25-year-old’s night, 'til dawn.", &[]);
    }

    #[test]
    fn nested_quote_stays_inside() {
        check(
            "“I started questioning if I was becoming numb, like, ‘What’s going on?’” What she realized",
            &["I started questioning if I was becoming numb, like, ‘What’s going on?’"],
        );
        check(
            r#""He told me, 'Don't go,' and I stayed," she said."#,
            &["He told me, 'Don't go,' and I stayed,"],
        );
    }

    #[test]
    fn british_single_quotes() {
        check(
            "‘I don’t think so,’ he said, ‘not this year.’",
            &["I don’t think so,", "not this year."],
        );
        check(
            "'We can't,' said the chief. 'The Smiths' house is gone.'",
            &["We can't,", "The Smiths' house is gone."],
        );
    }

    #[test]
    fn titles_in_single_marks_are_spans() {
        check(
            "the star of the Palme d’Or-winning ‘Anora’ shared",
            &["Anora"],
        );
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        check(
            "“We waited for hours. Nobody came.",
            &["We waited for hours. Nobody came.…"],
        );
    }

    #[test]
    fn em_dash_interruptions() {
        check("“I was”—she paused—“sure.”", &["I was", "sure."]);
    }

    #[test]
    fn stray_marks_are_reported() {
        let found = scan("He said” nothing.");
        assert_eq!(found.stray_closes.len(), 1);
        let found = scan("“One “two” three” and “four");
        assert!(found.spans.len() <= 2);
    }

    #[test]
    fn guillemets() {
        check("« Bonjour », a-t-il dit.", &["Bonjour"]);
    }

    #[test]
    fn inch_marks_do_not_open_quotes() {
        check(r#"He is 6'2" tall and "fast," they said."#, &["fast,"]);
    }
}
