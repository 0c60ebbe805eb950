//! A `<details>` whose content is built the first time it opens, then kept.
//! Most disclosures are never opened (a card's context and copy menu, the
//! embed code), and a filter change renders a screenful of new cards: their
//! content need not be built, nor kept up to date, until a reader asks.

use leptos::prelude::*;

#[component]
pub fn Disclosure(
    /// The `<details>` element's class.
    class: &'static str,
    /// The `<summary>`'s class.
    summary_class: &'static str,
    /// The `<summary>`'s words.
    summary: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details class=class on:toggle=move |_| opened.set(true)>
            <summary class=summary_class>{summary}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
