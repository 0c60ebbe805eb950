//! A compact speaker × theme matrix over the current selection: how many
//! shown quotes each speaker has on each theme (counted and drawn as
//! HTML by `quotes::matrix`). A cell filters to that pair.
//!
//! One string and one listener on the table, not a component per cell:
//! 1.4 KB less of the first load, gzipped (issue 16).

use leptos::prelude::*;
use quotes::matrix::Places;
use quotes::view_state::ViewState;
use wasm_bindgen::JsCast;

use crate::explorer::use_explorer;
use crate::location::Entry;

/// The matrix, or nothing when no shown quote has both a speaker and a theme.
#[component]
pub fn Overview() -> impl IntoView {
    let ex = use_explorer();
    let places = Places::new(&ex.doc().article);
    let html = Memo::new(move |_| {
        ex.selection
            .with(|s| places.count(&s.quotes).html(&ex.doc().article))
    });
    let shown = Memo::new(move |_| html.with(|h| !h.is_empty()));
    let node = NodeRef::<leptos::html::Div>::new();
    // The pair of the cell last picked: the table is drawn again for the
    // new view, and focus goes back to that cell (or the table's first).
    let picked = StoredValue::new(None::<String>);
    let pick = move |ev: leptos::ev::MouseEvent| {
        let cell = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-speaker]").ok().flatten());
        let Some(cell) = cell else { return };
        let (Some(speaker), Some(theme)) = (
            cell.get_attribute("data-speaker"),
            cell.get_attribute("data-theme"),
        ) else {
            return;
        };
        picked.set_value(Some(format!(
            "button[data-speaker=\"{speaker}\"][data-theme=\"{theme}\"]"
        )));
        let next = ViewState {
            speakers: [speaker].into(),
            themes: [theme].into(),
            quote: None,
            ..ex.now()
        };
        ex.go(&next, Entry::Push);
    };
    Effect::new(move |_| {
        html.track();
        let (Some(selector), Some(table)) = (picked.get_value(), node.get()) else {
            return;
        };
        picked.set_value(None);
        let cell = table
            .query_selector(&selector)
            .ok()
            .flatten()
            .or_else(|| table.query_selector("button:enabled").ok().flatten());
        if let Some(cell) = cell {
            let _ = cell.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    move || {
        shown.get().then(|| {
            view! { <div class="overview" node_ref=node on:click=pick inner_html=move || html.get()></div> }.into_any()
        })
    }
}
