//! Word search: an inverted index from words to quotes, built once, so a
//! keystroke looks words up instead of rescanning every quote's text.
//!
//! A query matches a quote when every query word is the start of some word
//! of the quote (its text, speaker name or cue): "cry" finds "crying".
//! Matching ignores case and apostrophes ("shes" finds "she’s").

use std::collections::HashMap;
use std::ops::Range;

use fixedbitset::FixedBitSet;

use crate::explore::case::{lower_len, push_lower};
use crate::explore::sort::sort_by;

/// One word of a text: where it is, and its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range of the word in the text.
    pub span: Range<usize>,
    /// Lowercase, apostrophes removed.
    pub norm: String,
}

/// The words of `text`, in order. A word is a run of letters and digits;
/// an apostrophe between two letters stays inside it ("she’s", "d’Or").
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut current: Option<Token> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            let token = current.get_or_insert_with(|| Token {
                span: at..at,
                norm: String::new(),
            });
            push_lower(c, &mut token.norm);
            token.span.end = at + c.len_utf8();
        } else if is_apostrophe(c)
            && current.is_some()
            && chars
                .peek()
                .is_some_and(|&(_, next)| next.is_alphanumeric())
        {
            // Inside a word: skipped in the normal form, kept in the span.
        } else if let Some(token) = current.take() {
            out.push(token);
        }
    }
    out.extend(current);
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The distinct normalised words of a search text, longest first so that a
/// highlight prefers the longest match.
pub fn terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = tokens(query).into_iter().map(|t| t.norm).collect();
    sort_by(&mut terms, |a, b| {
        b.len().cmp(&a.len()).then_with(|| a.cmp(b))
    });
    terms.dedup();
    terms
}

/// Sorted vocabulary with, for each word, the quotes that contain it.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    words: Vec<String>,
    postings: Vec<Vec<u32>>,
    len: usize,
}

impl WordIndex {
    /// Indexes documents; document `i` is the concatenation of its parts.
    pub fn new<'a, D, P>(documents: D) -> WordIndex
    where
        D: IntoIterator<Item = P>,
        P: IntoIterator<Item = &'a str>,
    {
        // Each word's slot, in order of first use, and its documents,
        // ascending as they come; then the vocabulary sorted once. Sorting
        // the (word, document) pairs instead took std's unstable sort into
        // the page's wasm, 1.5 KB gzipped, and twice the time at 100k
        // quotes with the crate's own sort.
        let mut slots: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<(String, Vec<u32>)> = Vec::new();
        let mut len = 0;
        for (doc, parts) in documents.into_iter().enumerate() {
            len = doc + 1;
            let doc = u32::try_from(doc).unwrap_or(u32::MAX);
            for part in parts {
                for token in tokens(part) {
                    let slot = match slots.get(&token.norm) {
                        Some(&slot) => slot,
                        None => {
                            let slot = entries.len();
                            slots.entry(token.norm.clone()).or_insert(slot);
                            entries.push((token.norm, Vec::new()));
                            slot
                        }
                    };
                    let postings = &mut entries[slot].1;
                    if postings.last() != Some(&doc) {
                        postings.push(doc);
                    }
                }
            }
        }
        sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let (words, postings) = entries.into_iter().unzip();
        WordIndex {
            words,
            postings,
            len,
        }
    }

    /// The documents in which every term starts some word; `None` when there
    /// are no terms (no search, nothing excluded).
    pub fn matching(&self, terms: &[String]) -> Option<FixedBitSet> {
        let mut result: Option<FixedBitSet> = None;
        for term in terms {
            let mut hits = FixedBitSet::with_capacity(self.len);
            self.add_hits(term, &mut hits);
            match &mut result {
                Some(acc) => acc.intersect_with(&hits),
                None => result = Some(hits),
            }
        }
        result
    }

    /// Adds to `hits` the documents with a word that `term` starts.
    pub fn add_hits(&self, term: &str, hits: &mut FixedBitSet) {
        let first = self.words.partition_point(|w| w.as_str() < term);
        for (word, docs) in self.words[first..].iter().zip(&self.postings[first..]) {
            if !word.starts_with(term) {
                break;
            }
            hits.extend(docs.iter().map(|&doc| doc as usize));
        }
    }

    /// Its words, sorted, and each one's documents, ascending.
    pub fn parts(&self) -> (&[String], &[Vec<u32>]) {
        (&self.words, &self.postings)
    }

    /// The index of `len` documents whose words (sorted) and their
    /// documents (ascending) are these: part of a collection's vocabulary,
    /// as its word files hold it.
    pub fn from_parts(words: Vec<String>, postings: Vec<Vec<u32>>, len: usize) -> WordIndex {
        WordIndex {
            words,
            postings,
            len,
        }
    }
}

/// Byte ranges of `text` to mark for `terms`: the matched start of each word
/// that begins with a term. Ranges are sorted and do not overlap.
pub fn highlights(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() {
        return Vec::new();
    }
    tokens(text)
        .into_iter()
        .filter_map(|token| {
            let term = terms.iter().find(|t| token.norm.starts_with(t.as_str()))?;
            Some(token.span.start..prefix_end(text, &token, term.chars().count()))
        })
        .collect()
}

/// The byte where the first `wanted` normalised characters of `token` end.
fn prefix_end(text: &str, token: &Token, wanted: usize) -> usize {
    let mut seen = 0;
    for (at, c) in text[token.span.clone()].char_indices() {
        if !is_apostrophe(c) {
            seen += lower_len(c);
        }
        if seen >= wanted {
            return token.span.start + at + c.len_utf8();
        }
    }
    token.span.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn words_are_lowercase_and_keep_inner_apostrophes_out() {
        assert_eq!(
            words("She’s at the Palme d’Or, rock 'n' roll—’90s!"),
            ["shes", "at", "the", "palme", "dor", "rock", "n", "roll", "90s"]
        );
    }

    #[test]
    fn spans_point_at_the_words() {
        let text = "“I was holding it in,” she said.";
        let spans: Vec<&str> = tokens(text).iter().map(|t| &text[t.span.clone()]).collect();
        assert_eq!(spans, ["I", "was", "holding", "it", "in", "she", "said"]);
    }

    fn index() -> WordIndex {
        WordIndex::new([
            vec!["I was holding it in", "Mikey Madison", "she said"],
            vec!["a star is born"],
            vec![
                "I need to work with Mikey Madison ASAP.",
                "a producer",
                "a producer remarked",
            ],
        ])
    }

    fn matches(query: &str) -> Option<Vec<usize>> {
        index()
            .matching(&terms(query))
            .map(|set| set.ones().collect())
    }

    #[test]
    fn every_term_must_start_a_word_of_the_quote() {
        assert_eq!(matches(""), None);
        assert_eq!(matches("mikey"), Some(vec![0, 2]));
        assert_eq!(matches("MIK prod"), Some(vec![2]));
        assert_eq!(matches("star born"), Some(vec![1]));
        assert_eq!(matches("tar"), Some(vec![]));
        assert_eq!(matches("zebra"), Some(vec![]));
    }

    #[test]
    fn highlights_mark_the_matched_start_of_words() {
        let text = "I started questioning, like, ‘What’s going on?’";
        let marked: Vec<&str> = highlights(text, &terms("whats STAR q"))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(marked, ["star", "q", "What’s"]);
    }

    #[test]
    fn highlights_prefer_the_longest_term() {
        let text = "starstruck stars";
        let marked: Vec<&str> = highlights(text, &terms("st starstr"))
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(marked, ["starstr", "st"]);
    }
}
