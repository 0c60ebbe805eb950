//! The switch between the quote cards, the whole article and who the
//! quotes come from.

use leptos::prelude::*;
use quotes::view_state::{View, ViewState};

use crate::explorer::use_explorer;
use crate::ui::link::AppLink;

/// Three links, "Quotes", "Article" and "Sources"; the current one has
/// `aria-current`.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let ex = use_explorer();
    let tab = move |view: View, label: &'static str| {
        let target = move || ViewState {
            view,
            quote: None,
            ..ex.state.get()
        };
        let current = move || (ex.state.with(|s| s.view) == view).then_some("page");
        view! {
            <AppLink to=Signal::derive(target) class="tabs__tab" current=Signal::derive(current)>
                {label}
            </AppLink>
        }
    };
    view! {
        <nav class="tabs" aria-label="Show">
            {tab(View::List, "Quotes")}
            {tab(View::Article, "Article")}
            {tab(View::Sources, "Sources")}
        </nav>
    }
}
