//! Sources at a glance (`view=sources`), drawn by the second bundle: for
//! the quotes the view shows, who is quoted and how much, and the share
//! of quotes by gender and by role where the text says them. The core
//! counts them and writes the HTML (`quotes::sources`); a name's link
//! is followed in place by one listener.

use leptos::prelude::*;
use quotes::sources::{count, Sources};
use quotes::view_state::{View, ViewState};
use wasm_bindgen::JsCast;

use crate::content::Doc;
use crate::explorer::{use_explorer, Explorer};
use crate::location::Entry;

/// The table of speakers and the two shares, following the view.
#[component]
pub fn SourcesView() -> impl IntoView {
    let ex = use_explorer();
    let collection = !ex.doc().article.stories.is_empty();
    // `None` while a big collection's files are on their way.
    let html = Memo::new(move |_| {
        let state = ex.state.get();
        let link = |id: &str| ex.href(&their_quotes(&state, id));
        let doc = ex.doc();
        let sources = ex.selection.with(|s| counted(ex, &doc, &s.quotes));
        sources.map(|sources| sources.html(collection, &link))
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
        {notice()}
        <section
            class="sources"
            aria-labelledby="sources-title"
            aria-busy=move || (html.with(Option::is_none) && !failed(ex)).to_string()
            on:click=follow
            inner_html=move || html.get().unwrap_or_else(|| waiting(failed(ex)))
        ></section>
    }
}

/// What the view says while a big collection's files come, or once one
/// failed.
fn waiting(failed: bool) -> String {
    let note = match failed {
        true => "Who is quoted could not be counted.",
        false => "Counting the quotes shown…",
    };
    format!(
        "<h2 class=\"sources__title\" id=\"sources-title\">Who is quoted</h2>\
         <p class=\"sources__note\">{note}</p>"
    )
}

/// Whether a file the view needs could not be fetched.
fn failed(ex: Explorer) -> bool {
    #[cfg(sharded)]
    return ex.shelf.failed.with(Option::is_some);
    #[cfg(not(sharded))]
    {
        let _ = ex;
        false
    }
}

/// Who the quotes at `shown` come from: in a big collection, once the
/// view and the files Sources reads are in (fetched here on first need).
fn counted(ex: Explorer, doc: &Doc, shown: &[usize]) -> Option<Sources> {
    #[cfg(sharded)]
    if doc.catalog.is_some() {
        if ex.waiting.get() {
            return None;
        }
        return crate::shelf::sources(doc, ex.shelf, shown);
    }
    let _ = ex;
    Some(count(&doc.article, shown))
}

/// A big collection's notice of a file that could not be fetched, with
/// Try again.
#[cfg(sharded)]
fn notice() -> impl IntoView {
    view! { <crate::shelf::ShelfNotice /> }
}

#[cfg(not(sharded))]
fn notice() {}

/// The quotes of speaker `id` as cards, within `state`'s other filters.
fn their_quotes(state: &ViewState, id: &str) -> ViewState {
    ViewState {
        speakers: [id.to_owned()].into(),
        view: View::List,
        quote: None,
        ..state.clone()
    }
}
