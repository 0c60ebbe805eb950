//! Sources at a glance (`view=sources`), drawn by the second bundle: for
//! the quotes the view shows, who is quoted and how much, and the share
//! of quotes by gender and by role where the text says them. The core
//! counts them and writes the HTML (`quotes::sources`); a name's link
//! is followed in place by one listener.

use leptos::prelude::*;
use quotes::sources::count;
use quotes::view_state::{View, ViewState};
use wasm_bindgen::JsCast;

use crate::explorer::use_explorer;
use crate::location::Entry;

/// The table of speakers and the two shares, following the view.
#[component]
pub fn SourcesView() -> impl IntoView {
    let ex = use_explorer();
    let collection = !ex.doc().article.stories.is_empty();
    let html = Memo::new(move |_| {
        let state = ex.state.get();
        let link = |id: &str| ex.href(&their_quotes(&state, id));
        let doc = ex.doc();
        ex.selection
            .with(|s| count(&doc.article, &s.quotes).html(collection, &link))
    });
    // A plain click on a name shows their quotes in place; others (a new
    // tab, a copied link) keep the link's own address.
    let follow = move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[data-speaker]").ok().flatten());
        if let Some(id) = link.and_then(|link| link.get_attribute("data-speaker")) {
            ev.prevent_default();
            ex.go(&their_quotes(&ex.now(), &id), Entry::Push);
        }
    };
    view! {
        <section class="sources" aria-labelledby="sources-title" on:click=follow inner_html=move || html.get()></section>
    }
}

/// The quotes of speaker `id` as cards, within `state`'s other filters.
fn their_quotes(state: &ViewState, id: &str) -> ViewState {
    ViewState {
        speakers: [id.to_owned()].into(),
        view: View::List,
        quote: None,
        ..state.clone()
    }
}
