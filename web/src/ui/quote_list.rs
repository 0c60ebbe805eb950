//! The results: a count, the quote cards in reading order (windowed), or an
//! empty state that says what matched nothing and offers to clear it.

use leptos::prelude::*;
use quotes::view_state::{Facet, View};
use quotes::window::{self, Heights, Slice};
use wasm_bindgen::JsCast;

use crate::explorer::{use_explorer, Explorer};
use crate::extra::{Extra, Part};
use crate::listen::on_window;
use crate::location::Entry;
#[cfg(sharded)]
use crate::shelf::ShardCard as QuoteCard;
use crate::ui::chips::option_label;
use crate::ui::header::plural;
#[cfg(not(sharded))]
use crate::ui::quote_card::QuoteCard;

/// "Showing 3 of 5 quotes", for the visible count and the live region.
pub fn result_count(ex: Explorer) -> String {
    #[cfg(sharded)]
    if ex.waiting.get() {
        return if ex.shelf.failed.with(Option::is_some) {
            "The quotes of this view could not be loaded.".to_owned()
        } else {
            "Finding the quotes…".to_owned()
        };
    }
    let shown = ex.selection.with(|s| s.quotes.len());
    let total = ex.quote_count();
    if shown == total {
        format!("Showing all {total} {}", plural(total, "quote", "quotes"))
    } else {
        format!(
            "Showing {shown} of {total} {}",
            plural(total, "quote", "quotes")
        )
    }
}

/// Cards for the current selection, windowed: only those near the viewport
/// are in the page (`quotes::window`), padding stands in for the rest, so a
/// list of 100k quotes scrolls like one of twenty.
#[component]
pub fn QuoteList() -> impl IntoView {
    let ex = use_explorer();
    let list = NodeRef::<leptos::html::Ol>::new();
    let heights = StoredValue::new(Heights::new(ex.quote_count()));
    // Bumped when a height is learned, so the slice is worked out again.
    let learned = RwSignal::new(0u32);
    // The viewport, in pixels from the list's top (top edge, height);
    // `None` until the page is laid out: the prerendered first cards.
    let viewport = RwSignal::new(None::<(f64, f64)>);
    let slice = Memo::new(move |_| {
        learned.track();
        let viewport = viewport.get();
        ex.selection.with(|s| {
            heights.with_value(|h| match viewport {
                None => Slice::first(&s.quotes, h),
                Some((top, height)) => window::slice(&s.quotes, h, top, height, height / 2.0),
            })
        })
    });
    let quotes = move || {
        let Slice { start, end, .. } = slice.get();
        ex.selection.with(|s| {
            let end = end.min(s.quotes.len());
            s.quotes[start.min(end)..end].to_vec()
        })
    };
    let empty = Memo::new(move |_| ex.selection.with(|s| s.quotes.is_empty()));
    // A big collection's view waiting for its files is not empty yet.
    #[cfg(sharded)]
    let empty = Memo::new(move |_| empty.get() && !ex.waiting.get());
    if !cfg!(feature = "ssr") {
        follow_viewport(list, heights, learned, viewport, slice);
    }
    view! {
        <section class="results" aria-labelledby="results-count">
            <p class="results__count" id="results-count">{move || result_count(ex)}</p>
            {move || if empty.get() {
                view! { <Extra part=Part::Empty /> }.into_any()
            } else {
                view! {
                    <ol class="results__list" node_ref=list>
                        <For each=quotes key=|at| *at let(at)>
                            <li
                                class="results__item"
                                data-at=at
                                aria-posinset=move || list_position(ex, at) + 1
                                aria-setsize=move || ex.selection.with(|s| s.quotes.len())
                            >
                                <QuoteCard at />
                            </li>
                        </For>
                    </ol>
                }.into_any()
            }}
        </section>
    }
}

/// Where quote `at` stands in the list (in reading order, so sorted).
fn list_position(ex: Explorer, at: usize) -> usize {
    ex.selection
        .with(|s| s.quotes.binary_search(&at).unwrap_or_else(|i| i))
}

/// A viewport height, in pixels, that holds any list: printing shows all.
const PRINT_HEIGHT: f64 = 1e12;

/// Keeps the slice on the viewport: once a frame after a scroll, a resize
/// or a change of cards, measures the cards in the page, then the list's
/// place in the viewport. Brings a permalinked quote into the slice and
/// then into view. Sets the list's padding from the slice (through the
/// style object, which the page's Content-Security-Policy allows).
fn follow_viewport(
    list: NodeRef<leptos::html::Ol>,
    heights: StoredValue<Heights>,
    learned: RwSignal<u32>,
    viewport: RwSignal<Option<(f64, f64)>>,
    slice: Memo<Slice>,
) {
    let follow = Follow {
        ex: use_explorer(),
        list,
        heights,
        learned,
        viewport,
        pending: StoredValue::new(false),
        focus: StoredValue::new(None),
        width: StoredValue::new(0.0),
    };
    on_window(leptos::ev::scroll, move |_| follow.schedule());
    on_window(leptos::ev::resize, move |_| follow.schedule());
    // Paper gets every card: the slice takes the whole list until printed.
    on_window(leptos::ev::beforeprint, move |_| {
        viewport.set(Some((0.0, PRINT_HEIGHT)));
    });
    on_window(leptos::ev::afterprint, move |_| follow.schedule());
    Effect::new(move |_| {
        let Slice { before, after, .. } = slice.get();
        if let Some(list) = list.get() {
            let style = web_sys::HtmlElement::style(&list);
            // Whole pixels, formatted as integers: float formatting is
            // code the page does not otherwise need.
            let px = |v: f64| format!("{}px", v.round() as i64);
            let _ = style.set_property("padding-top", &px(before));
            let _ = style.set_property("padding-bottom", &px(after));
        }
        follow.schedule();
    });
    // A chunk of a big collection came in: its cards replace the ones
    // that said they were on their way, at their own heights.
    #[cfg(sharded)]
    Effect::new(move |_| {
        follow.ex.shelf.files.track();
        follow.schedule();
    });
    // A big collection's permalink goes to its quote once the files that
    // place it are in, once.
    #[cfg(sharded)]
    let placed = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let id = follow
            .ex
            .state
            .with(|s| (s.view == View::List).then(|| s.quote.clone()).flatten());
        #[cfg(sharded)]
        let id = {
            follow.ex.shelf.files.track();
            let waiting = id
                .as_deref()
                .is_some_and(|id| !crate::shelf::located(&follow.ex.doc(), id));
            if waiting || id == placed.get_value() {
                return;
            }
            placed.set_value(id.clone());
            id
        };
        if let Some(id) = id {
            follow.focus.set_value(Some((id, 0)));
            follow.schedule();
        }
    });
}

/// What `follow_viewport` works with, all handles, so it can be copied
/// into the frame callbacks it asks for.
#[derive(Clone, Copy)]
struct Follow {
    ex: Explorer,
    list: NodeRef<leptos::html::Ol>,
    heights: StoredValue<Heights>,
    learned: RwSignal<u32>,
    viewport: RwSignal<Option<(f64, f64)>>,
    pending: StoredValue<bool>,
    /// A permalinked quote to bring into view, and the frames spent on it.
    focus: StoredValue<Option<(String, u8)>>,
    /// The window's width when heights were measured: text rewraps.
    width: StoredValue<f64>,
}

impl Follow {
    /// Updates at the next frame, once however often it is asked. One
    /// frame, not leptos-use's `use_raf_fn`, a loop run every frame until
    /// paused: paused after each update, it measured 2.9 KB more of the
    /// first load, gzipped (issue 20).
    fn schedule(self) {
        if !self.pending.get_value() {
            self.pending.set_value(true);
            request_animation_frame(move || self.update());
        }
    }

    fn update(self) {
        // A frame asked for by a list since gone (another article opened).
        if self.pending.is_disposed() {
            return;
        }
        self.pending.set_value(false);
        let Some(list) = self.list.get_untracked() else {
            return;
        };
        // Built off the document at start-up (`startup`): nothing to
        // measure until it is put in place.
        if !list.is_connected() {
            return self.schedule();
        }
        let win = window();
        let px = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64());
        let height = px(win.inner_height()).unwrap_or(800.0);
        let width = px(win.inner_width()).unwrap_or(0.0);
        if self.width.get_value() != width {
            self.width.set_value(width);
            self.heights.update_value(Heights::forget);
        }
        if self.measure(&list) {
            self.learned.update(|n| *n = n.wrapping_add(1));
        }
        if let Some((id, frames)) = self.focus.get_value() {
            if let Some(card) = document().get_element_by_id(&format!("quote-{id}")) {
                self.focus.set_value(None);
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                card.scroll_into_view_with_scroll_into_view_options(&options);
            } else if let Some(top) = self.offset_of(&id).filter(|_| frames < 10) {
                // Not in the slice: move the slice to where the card will
                // be, and look again next frame.
                self.focus.set_value(Some((id, frames + 1)));
                self.viewport.set(Some((top - height / 2.0, height)));
                self.schedule();
                return;
            } else {
                // Not in this list (filtered out): nothing to show.
                self.focus.set_value(None);
            }
        }
        let at = Some((-list.get_bounding_client_rect().top(), height));
        if self.viewport.get_untracked() != at {
            // Cards kept across a new slice may be moved in the DOM, which
            // drops keyboard focus: it is given back once they are placed.
            let focused = document()
                .active_element()
                .filter(|el| list.contains(Some(el)));
            self.viewport.set(at);
            if let Some(el) = focused {
                set_timeout(
                    move || {
                        if el.is_connected() && document().active_element().as_ref() != Some(&el) {
                            let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
                        }
                    },
                    std::time::Duration::ZERO,
                );
            }
        }
    }

    /// Learns the heights of the cards in the page; true if any was new.
    fn measure(self, list: &web_sys::HtmlOListElement) -> bool {
        let cards = list.children();
        let mut changed = false;
        self.heights.update_value(|h| {
            for card in (0..cards.length()).filter_map(|i| cards.item(i)) {
                let at = card.get_attribute("data-at").and_then(|a| a.parse().ok());
                let card: web_sys::HtmlElement = card.unchecked_into();
                if let Some(at) = at {
                    changed |= h.record(at, f64::from(card.offset_height()));
                }
            }
            h.settle();
        });
        changed
    }

    /// Where quote `id`'s card starts in the list, measured or guessed.
    fn offset_of(self, id: &str) -> Option<f64> {
        let at = self.ex.position(id)?;
        self.ex
            .selection
            .try_with_untracked(|s| {
                let at = s.quotes.binary_search(&at).ok()?;
                Some(
                    self.heights
                        .with_value(|h| window::offset(&s.quotes, h, at)),
                )
            })
            .flatten()
    }
}

/// What matched nothing, in words, and a way out. Drawn by the second
/// bundle: no first view needs it, and a view that matches nothing can
/// wait for it.
#[component]
pub fn EmptyState() -> impl IntoView {
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
                (!labels.is_empty()).then(|| format!("{} {}", facet.key(), labels.join(" or ")))
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
