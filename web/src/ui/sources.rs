//! Sources at a glance (`view=sources`), drawn by the second bundle: for
//! the quotes the view shows, who is quoted and how much, and the share
//! of quotes by gender and by role where the text says them (and, in a
//! big collection, the speaker × theme matrix). The core counts them and
//! writes the HTML (`quotes::sources`, `quotes::matrix`); a name's link
//! and a cell are followed in place by one listener.

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
    // The view's HTML, and whether it is of the view now: while a big
    // collection's files are on their way (or failed), the last one stays
    // (`None` before any).
    let html = Memo::new(move |last: Option<&(Option<String>, bool)>| {
        let state = ex.state.get();
        let link = |id: &str| ex.href(&their_quotes(&state, id, None));
        let doc = ex.doc();
        let drawn = ex.selection.with(|s| {
            let sources = counted(ex, &doc, &s.quotes)?;
            Some(sources.html(collection, &link) + &overview(ex, &doc, &s.quotes))
        });
        match drawn {
            Some(html) => (Some(html), true),
            None => (last.and_then(|(html, _)| html.clone()), false),
        }
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
            .and_then(|el| el.closest("[data-speaker]").ok().flatten());
        let Some(link) = link else { return };
        if let Some(id) = link.get_attribute("data-speaker") {
            ev.prevent_default();
            let theme = link.get_attribute("data-theme");
            ex.go(&their_quotes(&ex.now(), &id, theme), Entry::Push);
        }
    };
    view! {
        {notice()}
        <section
            class="sources"
            aria-labelledby="sources-title"
            aria-busy=move || (!html.with(|(_, now)| *now) && !failed(ex)).to_string()
            on:click=follow
            inner_html=move || html.get().0.unwrap_or_else(|| waiting(failed(ex)))
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

/// In a big collection, the speaker × theme matrix, which a single
/// article's page shows above every view: the first load of thousands of
/// articles has no room for its code (6.6 KB), so editors find it here.
#[cfg(sharded)]
fn overview(ex: Explorer, doc: &Doc, shown: &[usize]) -> String {
    match crate::shelf::matrix(doc, ex.shelf, shown) {
        Some(table) if !table.is_empty() => format!("<div class=\"overview\">{table}</div>"),
        _ => String::new(),
    }
}

#[cfg(not(sharded))]
fn overview(_: Explorer, _: &Doc, _: &[usize]) -> String {
    String::new()
}

/// A big collection's notice of a file that could not be fetched, with
/// Try again.
#[cfg(sharded)]
fn notice() -> impl IntoView {
    view! { <crate::shelf::ShelfNotice /> }
}

#[cfg(not(sharded))]
fn notice() {}

/// The quotes of speaker `id` (on `theme`, a matrix cell's) as cards,
/// within `state`'s other filters.
fn their_quotes(state: &ViewState, id: &str, theme: Option<String>) -> ViewState {
    ViewState {
        speakers: [id.to_owned()].into(),
        themes: theme.map_or_else(|| state.themes.clone(), |theme| [theme].into()),
        view: View::List,
        quote: None,
        ..state.clone()
    }
}
