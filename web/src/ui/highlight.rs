//! Text with parts of it set off: search matches in `<mark>`, a quote
//! inside its paragraph. One cutter serves all, with the bounds checks.

use std::ops::Range;

use leptos::prelude::*;
use quotes::search::highlights;

/// `text` cut at `parts` (each a byte range and what `wrap` needs): the text
/// between them as it is, each part's words given to `wrap`. A part that
/// overlaps the one before, or is out of bounds or off a character
/// boundary, is left as plain text rather than trusted.
pub fn cut<T>(
    text: &str,
    parts: impl IntoIterator<Item = (Range<usize>, T)>,
    wrap: impl Fn(String, T) -> AnyView,
) -> Vec<AnyView> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for (range, data) in parts {
        let fits = range.start >= at
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end);
        if !fits {
            continue;
        }
        pieces.push(text[at..range.start].to_owned().into_any());
        pieces.push(wrap(text[range.clone()].to_owned(), data));
        at = range.end;
    }
    pieces.push(text[at..].to_owned().into_any());
    pieces
}

/// `text`, with each search match marked.
pub fn marked(text: &str, terms: &[String]) -> AnyView {
    let matches = highlights(text, terms).into_iter().map(|range| (range, ()));
    cut(text, matches, |words, ()| {
        view! { <mark>{words}</mark> }.into_any()
    })
    .into_any()
}
