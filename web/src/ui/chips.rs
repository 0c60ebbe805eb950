//! The active filters as chips, each with a remove button, and "Clear all".

use leptos::prelude::*;
use quotes::view_state::{Facet, ViewState};

use crate::explorer::{use_explorer, Explorer};
use crate::location::Entry;
use crate::ui::button::QuietButton;

/// The label an option id has in the current selection, or the id itself.
pub fn option_label(ex: Explorer, facet: Facet, id: &str) -> String {
    ex.selection.with(|s| {
        s.options(facet)
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.clone())
    })
}

/// Chips for every ticked option and the search text; nothing when the view
/// is unfiltered.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let ex = use_explorer();
    move || {
        let state = ex.state.get();
        if !state.is_filtered() {
            return None;
        }
        let chips = Facet::ALL
            .into_iter()
            .flat_map(|facet| state.selected(facet).into_iter().map(move |id| (facet, id)))
            .map(|(facet, id)| {
                let label = option_label(ex, facet, &id);
                let name = format!("Remove {} filter {label}", facet.key());
                view! {
                    <li class="chip">
                        <span class="chip__facet">{facet.label()}</span>
                        <span class="chip__value">{label}</span>
                        <button
                            type="button"
                            class="chip__remove"
                            aria-label=name
                            on:click=move |_| ex.toggle(facet, &id)
                        >
                            "×"
                        </button>
                    </li>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        let query = state.query.trim().to_owned();
        let search_chip = (!query.is_empty()).then(|| {
            view! {
                <li class="chip">
                    <span class="chip__facet">"Search"</span>
                    <span class="chip__value">"“" {query} "”"</span>
                    <button
                        type="button"
                        class="chip__remove"
                        aria-label="Remove the search text"
                        on:click=move |_| {
                            let next = ViewState {
                                query: String::new(),
                                ..ex.now()
                            };
                            ex.go(&next, Entry::Push);
                        }
                    >
                        "×"
                    </button>
                </li>
            }
            .into_any()
        });
        Some(view! {
            <div class="active">
                <h2 class="visually-hidden">"Active filters"</h2>
                <ul class="active__chips">{chips} {search_chip}</ul>
                <QuietButton label="Clear all" on_click=Box::new(move || ex.go(&ex.now().cleared(), Entry::Push)) />
            </div>
        }.into_any())
    }
}
