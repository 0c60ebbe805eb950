//! The results: a count, the quote cards in reading order, or an empty
//! state that says what matched nothing and offers to clear it.

use leptos::prelude::*;
use quotes::url;
use quotes::view_state::{Facet, View, ViewState};

use crate::explorer::{use_explorer, Explorer};
use crate::location::Entry;
use crate::ui::chips::option_label;
use crate::ui::header::plural;
use crate::ui::quote_card::QuoteCard;

/// "Showing 3 of 5 quotes", for the visible count and the live region.
pub fn result_count(ex: Explorer) -> String {
    let shown = ex.selection.with(|s| s.quotes.len());
    let total = ex.article.quotes.len();
    if shown == total {
        format!("Showing all {total} {}", plural(total, "quote", "quotes"))
    } else {
        format!(
            "Showing {shown} of {total} {}",
            plural(total, "quote", "quotes")
        )
    }
}

/// Cards rendered at first, and added by each "Show more": the page stays
/// light however many quotes match (a 100k-quote article renders 20 cards).
pub const PAGE: usize = 20;

/// Cards for the current selection, a page at a time.
#[component]
pub fn QuoteList() -> impl IntoView {
    let ex = use_explorer();
    // Extra pages belong to the view they were asked for (its canonical
    // URL): any other view starts again at one page, with no effect needed.
    let more = RwSignal::new((String::new(), 0usize));
    let view_key = move || {
        ex.state.with(|s| {
            url::encode(&ViewState {
                quote: None,
                ..s.clone()
            })
        })
    };
    let limit = Memo::new(move |_| {
        let key = view_key();
        let pages = more.with(|(k, n)| if *k == key { *n + 1 } else { 1 });
        // A permalinked quote is always rendered, wherever it falls.
        let focus = ex
            .state
            .with(|s| s.quote.clone())
            .and_then(|id| ex.index.position(&id));
        let focus_at = ex
            .selection
            .with(|s| focus.and_then(|q| s.quotes.iter().position(|&at| at == q)));
        (pages * PAGE).max(focus_at.map_or(0, |i| i + 1))
    });
    let quotes = move || {
        let limit = limit.get();
        ex.selection
            .with(|s| s.quotes.iter().take(limit).copied().collect::<Vec<_>>())
    };
    let hidden = move || {
        ex.selection
            .with(|s| s.quotes.len())
            .saturating_sub(limit.get())
    };
    let show_more = move |_| {
        let key = view_key();
        more.update(|(k, n)| {
            *n = if *k == key { *n + 1 } else { 1 };
            *k = key;
        });
    };
    let empty = move || ex.selection.with(|s| s.quotes.is_empty());
    // A permalink scrolls its card into view once the cards are there.
    Effect::new(move |_| {
        let Some(id) = ex
            .state
            .with(|s| (s.view == View::List).then(|| s.quote.clone()).flatten())
        else {
            return;
        };
        if let Some(card) = document().get_element_by_id(&format!("quote-{id}")) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            card.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    view! {
        <section class="results" aria-labelledby="results-count">
            <p class="results__count" id="results-count">{move || result_count(ex)}</p>
            <Show when=empty fallback=move || view! {
                <ol class="results__list">
                    <For each=quotes key=|at| *at let(at)>
                        <li class="results__item">
                            <QuoteCard at />
                        </li>
                    </For>
                </ol>
                {move || {
                    let left = hidden();
                    (left > 0)
                        .then(|| {
                            view! {
                                <button type="button" class="button button--quiet results__more" on:click=show_more>
                                    {format!("Show {} more of {left}", left.min(PAGE))}
                                </button>
                            }
                        })
                }}
            }>
                <EmptyState />
            </Show>
        </section>
    }
}

/// What matched nothing, in words, and a way out.
#[component]
fn EmptyState() -> impl IntoView {
    let ex = use_explorer();
    let description = move || {
        let state = ex.state.get();
        let mut parts: Vec<String> = Facet::ALL
            .into_iter()
            .filter_map(|facet| {
                let labels: Vec<String> = state
                    .selected(facet)
                    .iter()
                    .map(|id| option_label(ex, facet, id))
                    .collect();
                (!labels.is_empty())
                    .then(|| format!("{} {}", facet.label().to_lowercase(), labels.join(" or ")))
            })
            .collect();
        if !state.query.trim().is_empty() {
            parts.push(format!("the search “{}”", state.query.trim()));
        }
        format!("No quotes match {}.", parts.join(" and "))
    };
    view! {
        <div class="empty">
            <p class="empty__text">{description}</p>
            <button
                type="button"
                class="button"
                on:click=move |_| ex.go(&ex.now().cleared(), Entry::Push)
            >
                "Clear all filters"
            </button>
        </div>
    }
}
