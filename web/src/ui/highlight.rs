//! Text with the reader's search words wrapped in `<mark>`.

use leptos::prelude::*;
use quotes::search::highlights;

/// `text`, with each search match marked.
pub fn marked(text: &str, terms: &[String]) -> AnyView {
    let mut pieces = Vec::new();
    let mut at = 0;
    for range in highlights(text, terms) {
        pieces.push(text[at..range.start].to_owned().into_any());
        pieces.push(view! { <mark>{text[range.clone()].to_owned()}</mark> }.into_any());
        at = range.end;
    }
    pieces.push(text[at..].to_owned().into_any());
    pieces.into_any()
}
