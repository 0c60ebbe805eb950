//! The article view: every paragraph, each quote highlighted in place and
//! linked to its card. Quotes the filters leave out are dimmed, not hidden,
//! so the article still reads whole.

use std::ops::Range;

use leptos::prelude::*;
use quotes::sort::sort_by;
use quotes::view_state::ViewState;
use quotes::Article;

use crate::content::Doc;
use crate::explorer::{use_explorer, Explorer};
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
/// articles each under their own heading: the ticked ones, or all (in a
/// big collection, the newest: the others are read from their files).
#[component]
pub fn ArticleView() -> impl IntoView {
    let ex = use_explorer();
    let doc = ex.doc();
    #[cfg(sharded)]
    if doc.catalog.is_some() {
        return shard_articles(ex).into_any();
    }
    if doc.article.stories.is_empty() {
        let all = 0..doc.article.paragraphs.len();
        let paragraphs = marked(ex, &doc, all, &mut pieces_by_paragraph(&doc.article), 0);
        return view! { <article class="article article--marked">{paragraphs}</article> }
            .into_any();
    }
    let ticked = Memo::new(move |_| ex.state.with(|s| s.articles.clone()));
    (move || {
        let doc = ex.doc();
        let ticked = ticked.get();
        let mut pieces = pieces_by_paragraph(&doc.article);
        (0..doc.article.stories.len())
            .filter(|&at| ticked.is_empty() || ticked.contains(&doc.article.stories[at].slug))
            .map(|at| story(ex, &doc, at, &mut pieces, 0))
            .collect_view()
    })
    .into_any()
}

/// Ticked articles a big collection's article view shows at most: each
/// is read from its chunk, and the page keeps 64 chunks.
#[cfg(sharded)]
const MAX_ARTICLES: usize = 12;

/// A big collection's ticked articles, each from its chunk (fetched on
/// need), or with none ticked the newest (the manifest's).
#[cfg(sharded)]
fn shard_articles(ex: Explorer) -> impl IntoView {
    use crate::shelf;
    let ticked = Memo::new(move |_| ex.state.with(|s| s.articles.clone()));
    // Where each ticked article is, once its chunk is in: a memo, so a
    // file that is none of theirs leaves the view (and focus) be.
    let places = Memo::new(move |_| {
        let doc = ex.doc();
        ticked.with(|ticked| {
            let shown = ticked.iter().take(MAX_ARTICLES);
            shown
                .map(|slug| shelf::article(&doc, ex.shelf, slug))
                .collect::<Vec<_>>()
        })
    });
    let waiting = move || {
        let busy = ex.shelf.failed.with(Option::is_none);
        view! {
            <p class="article__note" aria-busy=busy.to_string()>
                {if busy { "Loading the article…" } else { "The article could not be loaded." }}
            </p>
        }
        .into_any()
    };
    let articles = move || {
        let doc = ex.doc();
        let count = ticked.with(|t| t.len());
        if count == 0 {
            let part = ex.shelf.part(&doc, 0)?;
            let mut pieces = pieces_by_paragraph(&part.article);
            let count = part.article.stories.len();
            let newest = (0..count)
                .map(|at| story(ex, &part, at, &mut pieces, 0))
                .collect_view();
            let note = match count {
                1 => "The newest article.".to_owned(),
                n => format!("The {n} newest articles."),
            };
            return Some(
                view! {
                    <p class="article__note">
                        {note}
                        " To read another, tick it in the Article filter, \
                         or follow the link under one of its quotes."
                    </p>
                    {newest}
                }
                .into_any(),
            );
        }
        let note = (count > MAX_ARTICLES).then(|| {
            view! {
                <p class="article__note">
                    {format!("{MAX_ARTICLES} of the {count} articles ticked; untick some to read the others.")}
                </p>
            }
        });
        // In the collection's order, newest first, as the filter lists them.
        let mut found = Vec::new();
        let mut waits = 0;
        for place in places.get() {
            match place {
                Some(Some((n, at, first))) => match ex.shelf.part(&doc, n) {
                    Some(part) => found.push((part, at, first)),
                    None => waits += 1,
                },
                Some(None) => {}
                None => waits += 1,
            }
        }
        found.sort_by_key(|(_, at, first)| (*first, *at));
        let shown = found.into_iter().map(|(part, at, first)| {
            story(
                ex,
                &part,
                at,
                &mut pieces_by_paragraph(&part.article),
                first,
            )
            .into_any()
        });
        let shown = shown.chain((waits > 0).then(waiting));
        Some(view! { {note} {shown.collect_view()} }.into_any())
    };
    view! {
        <shelf::ShelfNotice />
        {articles}
    }
}

/// Article `at` of a collection under its heading, its quotes (`pieces`,
/// taken) marked; `first`: where its document's quotes start in what the
/// explorer selects.
fn story(
    ex: Explorer,
    doc: &Doc,
    at: usize,
    pieces: &mut [Vec<(Range<usize>, usize)>],
    first: usize,
) -> impl IntoView {
    // A chunk that does not hold it was refused when it came in.
    let story = doc.article.stories.get(at)?;
    let title = story.title().to_owned();
    let byline = story.meta.byline();
    Some(view! {
        <article class="article article--marked article--story">
            <h2 class="article__title">{title}</h2>
            {byline.map(|byline| view! { <div class="article__byline">{byline}</div> })}
            {marked(ex, doc, doc.article.story_paragraphs(at), pieces, first)}
        </article>
    })
}

/// The paragraphs of `doc` at `range`, each quote in them (its `pieces`,
/// by paragraph: taken) marked and linked to its card; quotes the view
/// leaves out dimmed (a quote at `q` in `doc` is at `first + q` in the
/// explorer's selection).
fn marked(
    ex: Explorer,
    doc: &Doc,
    range: Range<usize>,
    pieces: &mut [Vec<(Range<usize>, usize)>],
    first: usize,
) -> Vec<AnyView> {
    let shown = move |at: usize| {
        ex.selection
            .with(|s| s.quotes.binary_search(&(first + at)).is_ok())
    };
    range
        .filter_map(|p| {
            Some((
                doc.article.paragraphs.get(p)?,
                std::mem::take(pieces.get_mut(p)?),
            ))
        })
        .map(|(text, pieces)| {
            let out = cut(text, pieces, |words, quote| {
                let target = ViewState::quote_in(&doc.article, &doc.article.quotes[quote]);
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
