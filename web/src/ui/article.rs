//! The article view: every paragraph, each quote highlighted in place and
//! linked to its card. Quotes the filters leave out are dimmed, not hidden,
//! so the article still reads whole.

use std::ops::Range;

use leptos::prelude::*;
use quotes::sort::sort_by;
use quotes::view_state::ViewState;
use quotes::Article;

use crate::explorer::use_explorer;
use crate::ui::highlight::cut;
use crate::ui::link::AppLink;

/// The article's paragraphs, in order, without highlights.
#[component]
pub fn ArticleText(
    /// Paragraph texts, one per element.
    paragraphs: Vec<String>,
) -> impl IntoView {
    view! {
        <article class="article">
            {paragraphs
                .into_iter()
                .map(|text| view! { <p class="article__paragraph">{text}</p> })
                .collect_view()}
        </article>
    }
}

/// Per paragraph, the quote pieces in it: `(range, quote position)`, in
/// reading order.
fn pieces_by_paragraph(article: &Article) -> Vec<Vec<(Range<usize>, usize)>> {
    let mut pieces = vec![Vec::new(); article.paragraphs.len()];
    for (at, quote) in article.quotes.iter().enumerate() {
        for segment in &quote.segments {
            if let Some(list) = pieces.get_mut(segment.paragraph) {
                list.push((segment.start..segment.end, at));
            }
        }
    }
    for list in &mut pieces {
        sort_by(list, |(a, _), (b, _)| {
            (a.start, a.end).cmp(&(b.start, b.end))
        });
    }
    pieces
}

/// The whole article with its quotes marked and linked.
#[component]
pub fn ArticleView() -> impl IntoView {
    let ex = use_explorer();
    let shown = move |at: usize| ex.selection.with(|s| s.quotes.binary_search(&at).is_ok());
    let doc = ex.doc();
    let paragraphs = doc
        .article
        .paragraphs
        .iter()
        .zip(pieces_by_paragraph(&doc.article))
        .map(|(text, pieces)| {
            let out = cut(text, pieces, |words, quote| {
                let target = ViewState::permalink(&doc.article.quotes[quote].id);
                view! {
                    <span class="article__quote" class:article__quote--dim=move || !shown(quote)>
                        <AppLink to=target class="article__quote-link">
                            {words}
                        </AppLink>
                    </span>
                }
                .into_any()
            });
            view! { <p class="article__paragraph">{out}</p> }
        })
        .collect_view();
    view! { <article class="article article--marked">{paragraphs}</article> }
}
