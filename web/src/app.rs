//! The root component: page chrome around the explorer.

use leptos::prelude::*;
use quotes::view_state::View;

use crate::content;
use crate::explorer::Explorer;
use crate::ui::article::ArticleView;
use crate::ui::chips::ActiveFilters;
use crate::ui::filters::FilterPanel;
use crate::ui::header::ArticleHeader;
use crate::ui::notices::Notices;
use crate::ui::overview::Overview;
use crate::ui::quote_list::{result_count, QuoteList};
use crate::ui::tabs::ViewTabs;

/// The explorer over the embedded article, or a plain message if the
/// bundle's article cannot be read.
#[component]
pub fn App() -> impl IntoView {
    match content::article() {
        Ok(article) => view! { <Page article /> }.into_any(),
        Err(message) => view! {
            <main class="page">
                <p class="notice" role="alert">{message}</p>
            </main>
        }
        .into_any(),
    }
}

/// The explorer over `article`.
#[component]
pub fn Page(article: quotes::Article) -> impl IntoView {
    let ex = Explorer::new(article);
    provide_context(ex);
    let body = move || match ex.state.with(|s| s.view) {
        View::List => view! { <QuoteList /> }.into_any(),
        View::Article => view! { <ArticleView /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#results">
            "Skip to the quotes"
        </a>
        <header class="masthead">
            <p class="masthead__brand">"Quote Explorer"</p>
        </header>
        <main class="page">
            <ArticleHeader />
            <Notices />
            <div class="layout">
                <aside class="layout__filters" aria-label="Filters">
                    <FilterPanel />
                </aside>
                <div class="layout__results" id="results" tabindex="-1">
                    <div class="toolbar">
                        <ViewTabs />
                    </div>
                    <ActiveFilters />
                    <Overview />
                    {body}
                </div>
            </div>
        </main>
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || result_count(ex)}
        </p>
    }
}
