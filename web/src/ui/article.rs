//! The article view: every paragraph, each quote highlighted in place and
//! linked to its card. Quotes the filters leave out are dimmed, not hidden,
//! so the article still reads whole.

use leptos::prelude::*;
use quotes::view_state::ViewState;
use quotes::Article;

use crate::explorer::use_explorer;
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

/// Per paragraph, the quote pieces in it: `(start, end, quote position)`,
/// sorted and never overlapping (an overlapping piece is left unmarked).
pub fn pieces_by_paragraph(article: &Article) -> Vec<Vec<(usize, usize, usize)>> {
    let mut pieces = vec![Vec::new(); article.paragraphs.len()];
    for (at, quote) in article.quotes.iter().enumerate() {
        for segment in &quote.segments {
            if let Some(list) = pieces.get_mut(segment.paragraph) {
                list.push((segment.start, segment.end, at));
            }
        }
    }
    for (list, text) in pieces.iter_mut().zip(&article.paragraphs) {
        list.sort_unstable();
        let mut end = 0;
        list.retain(|&(start, stop, _)| {
            let keep = start >= end
                && stop <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(stop);
            if keep {
                end = stop;
            }
            keep
        });
    }
    pieces
}

/// The whole article with its quotes marked and linked.
#[component]
pub fn ArticleView() -> impl IntoView {
    let ex = use_explorer();
    let shown = move |at: usize| ex.selection.with(|s| s.quotes.binary_search(&at).is_ok());
    let paragraphs = ex
        .article
        .paragraphs
        .iter()
        .zip(pieces_by_paragraph(ex.article))
        .map(|(text, pieces)| {
            let mut out = Vec::new();
            let mut at = 0;
            for (start, end, quote) in pieces {
                out.push(text[at..start].to_owned().into_any());
                let target = ViewState {
                    quote: Some(ex.article.quotes[quote].id.clone()),
                    ..ViewState::default()
                };
                let words = text[start..end].to_owned();
                out.push(
                    view! {
                        <span class="article__quote" class:article__quote--dim=move || !shown(quote)>
                            <AppLink to=target class="article__quote-link">
                                {words}
                            </AppLink>
                        </span>
                    }
                    .into_any(),
                );
                at = end;
            }
            out.push(text[at..].to_owned().into_any());
            view! { <p class="article__paragraph">{out}</p> }
        })
        .collect_view();
    view! { <article class="article article--marked">{paragraphs}</article> }
}
