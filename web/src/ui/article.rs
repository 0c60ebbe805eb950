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

/// The whole article with its quotes marked and linked. A collection's
/// articles each under their own heading: the ticked ones, or all.
#[component]
pub fn ArticleView() -> impl IntoView {
    let ex = use_explorer();
    let doc = ex.doc();
    if doc.article.stories.is_empty() {
        let all = 0..doc.article.paragraphs.len();
        let paragraphs = marked(all, &mut pieces_by_paragraph(&doc.article));
        return view! { <article class="article article--marked">{paragraphs}</article> }
            .into_any();
    }
    let ticked = Memo::new(move |_| ex.state.with(|s| s.articles.clone()));
    (move || {
        let doc = ex.doc();
        let ticked = ticked.get();
        let mut pieces = pieces_by_paragraph(&doc.article);
        doc.article
            .stories
            .iter()
            .enumerate()
            .filter(|(_, story)| ticked.is_empty() || ticked.contains(&story.slug))
            .map(|(at, story)| {
                let title = story.title().to_owned();
                view! {
                    <article class="article article--marked article--story">
                        <h2 class="article__title">{title}</h2>
                        {story.meta.byline().map(|byline| view! {
                            <div class="article__byline">{byline}</div>
                        })}
                        {marked(doc.article.story_paragraphs(at), &mut pieces)}
                    </article>
                }
            })
            .collect_view()
    })
    .into_any()
}

/// The paragraphs at `range`, each quote in them (its `pieces`, by
/// paragraph: taken) marked and linked to its card; quotes the view
/// leaves out dimmed.
fn marked(range: Range<usize>, pieces: &mut [Vec<(Range<usize>, usize)>]) -> Vec<AnyView> {
    let ex = use_explorer();
    let doc = ex.doc();
    let shown = move |at: usize| ex.selection.with(|s| s.quotes.binary_search(&at).is_ok());
    range
        .filter_map(|p| {
            Some((
                doc.article.paragraphs.get(p)?,
                std::mem::take(pieces.get_mut(p)?),
            ))
        })
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
            view! { <p class="article__paragraph">{out}</p> }.into_any()
        })
        .collect()
}
