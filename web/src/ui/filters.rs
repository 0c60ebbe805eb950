//! The filter panel: the search box and one fieldset per group (speaker,
//! theme, kind), each option a checkbox with its disjunctive count.
//!
//! Each row reads its count and state reactively, so ticking a box never
//! rebuilds it and keyboard focus stays put.

use leptos::prelude::*;
use quotes::url::clean_query;
use quotes::view_state::{Facet, ViewState};

use crate::explorer::use_explorer;
use crate::location::Entry;

/// Search box and filter groups. On narrow screens the groups fold behind a
/// "Filters" button, so the quotes start on the first screen.
#[component]
pub fn FilterPanel(
    /// Whether the groups may fold on narrow screens (not inside an embed,
    /// which has its own disclosure).
    #[prop(default = true)]
    foldable: bool,
) -> impl IntoView {
    let ex = use_explorer();
    let open = RwSignal::new(!foldable);
    let ticked = move || {
        ex.state.with(|s| {
            Facet::ALL
                .iter()
                .map(|&f| s.selected(f).len())
                .sum::<usize>()
        })
    };
    let label = move || match ticked() {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n} on)"),
    };
    // A group with no options at all (the articles of anything but a
    // collection, the themes of an article that has none) is left out.
    #[cfg(not(sharded))]
    let groups = ex.selection.with_untracked(|s| {
        Facet::ALL
            .into_iter()
            .filter(|&facet| !s.options(facet).is_empty())
            .map(|facet| view! { <FacetGroup facet /> })
            .collect_view()
    });
    // A big collection's groups are known from its manifest, before the
    // view (a link's search, say) has its files.
    #[cfg(sharded)]
    let groups = {
        let present = crate::shelf::groups(&ex.doc());
        Facet::ALL
            .into_iter()
            .zip(present)
            .filter(|&(_, present)| present)
            .map(|(facet, _)| view! { <FacetGroup facet /> })
            .collect_view()
    };
    view! {
        <form
            class="filters"
            class:filters--open=move || open.get()
            role="search"
            on:submit=|ev| ev.prevent_default()
        >
            <SearchBox />
            {foldable
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="button button--quiet filters__toggle"
                            aria-expanded=move || open.get().to_string()
                            aria-controls="facets"
                            on:click=move |_| open.update(|o| *o = !*o)
                        >
                            {label}
                        </button>
                    }.into_any()
                })}
            <div class="filters__facets" id="facets">
                {groups}
            </div>
        </form>
    }
}

/// Free-text search over quote text, speaker and cue. The first keystroke
/// adds a history entry; the rest of the word replaces it.
#[component]
fn SearchBox() -> impl IntoView {
    let ex = use_explorer();
    let on_input = move |ev| {
        let now = ex.now();
        let entry = if now.query.is_empty() {
            Entry::Push
        } else {
            Entry::Replace
        };
        let next = ViewState {
            query: clean_query(&event_target_value(&ev)),
            quote: None,
            ..now
        };
        ex.go(&next, entry);
    };
    view! {
        <div class="search">
            <label class="search__label" for="search">
                "Search quotes"
            </label>
            <input
                id="search"
                class="search__input"
                type="search"
                // Enter on the prerendered page, before the app, submits
                // the form: the search then arrives as the link's `q`.
                name="q"
                autocomplete="off"
                spellcheck="false"
                maxlength=quotes::url::MAX_QUERY_CHARS
                placeholder="Words in a quote, a name…"
                prop:value=move || ex.state.with(|s| s.query.clone())
                on:input=on_input
            />
        </div>
    }
}

/// One group of checkboxes, sorted by count then name.
#[component]
fn FacetGroup(
    /// Which group.
    facet: Facet,
) -> impl IntoView {
    let ex = use_explorer();
    let expanded = RwSignal::new(false);
    // The busiest options, plus any ticked one: a group of a thousand
    // speakers stays a short list until the reader asks for all of it.
    // A memo, so the rows are drawn again only when the options or their
    // order change; a count changing alone changes its row's text.
    let options = Memo::new(move |_| {
        let all = expanded.get();
        ex.selection.with(|s| {
            s.options(facet)
                .iter()
                .enumerate()
                .filter(|(rank, o)| all || *rank < SHORT_LIST || o.selected)
                .map(|(_, o)| (o.id.clone(), o.label.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Rows by position, not keyed (`<For>`): measured 2.8 KB less of the
    // first load, gzipped (issue 16). Focus stays put all the same: a
    // group's order comes from its counts, which are disjunctive (its own
    // ticks do not change them), so ticking a box never reorders the
    // group it is in; a row drawn again keeps its elements.
    let rows = move || {
        options
            .get()
            .into_iter()
            .map(|(id, label)| view! { <FacetRow facet id label /> })
            .collect_view()
    };
    let total = move || ex.selection.with(|s| s.options(facet).len());
    let toggle = move || {
        (total() > SHORT_LIST).then(|| {
            let label = move || {
                if expanded.get() {
                    "Show fewer".to_owned()
                } else {
                    format!("Show all {}", total())
                }
            };
            view! {
                <button
                    type="button"
                    class="facet__more"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {label}
                </button>
            }
            .into_any()
        })
    };
    view! {
        <fieldset class="facet">
            <legend class="facet__legend">{facet.label()}</legend>
            <ul class="facet__options">
                {rows}
            </ul>
            {toggle}
        </fieldset>
    }
}

/// Options a group shows before "Show all".
const SHORT_LIST: usize = 8;

/// One checkbox: disabled when ticking it would show nothing, unless ticked.
#[component]
fn FacetRow(facet: Facet, id: String, label: String) -> impl IntoView {
    let ex = use_explorer();
    let key = id.clone();
    let info = Memo::new(move |_| {
        ex.selection.with(|s| {
            s.options(facet)
                .iter()
                .find(|o| o.id == key)
                .map_or((0, false), |o| (o.count, o.selected))
        })
    });
    let count = move || info.get().0;
    let checked = move || info.get().1;
    let disabled = move || count() == 0 && !checked();
    view! {
        <li>
            <label class="facet__option" class:facet__option--disabled=disabled>
                // The URL holds the state: a browser restoring ticks from
                // before a reload, by position, would tick the wrong boxes.
                <input
                    type="checkbox"
                    class="facet__check"
                    autocomplete="off"
                    prop:checked=checked
                    prop:disabled=disabled
                    on:change=move |_| ex.toggle(facet, &id)
                />
                <span class="facet__label">{label}</span>
                <span class="facet__count">{count}</span>
            </label>
        </li>
    }
}
