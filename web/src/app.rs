//! The root component: page chrome around the explorer.

use leptos::prelude::*;
use quotes::view_state::View;

use crate::explorer::{use_explorer, Explorer};
use crate::ui::article::ArticleView;
use crate::ui::chips::ActiveFilters;
use crate::ui::filters::FilterPanel;
use crate::ui::header::ArticleHeader;
use crate::ui::notices::Notices;
use crate::ui::overview::Overview;
use crate::ui::quote_list::{result_count, QuoteList};
use crate::ui::share_bar::ShareBar;
use crate::ui::tabs::ViewTabs;
use crate::{content, embed, share};

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

/// The explorer over `article`: the full page, or the compact embed when
/// the link says `embed=1`.
#[component]
pub fn Page(article: quotes::Article) -> impl IntoView {
    let ex = Explorer::new(article);
    provide_context(ex);
    embed::follow_scheme(ex);
    let status = view! {
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || result_count(ex)}
        </p>
        <p class="toast" role="status" aria-live="polite" class:toast--shown=move || !ex.status.get().is_empty()>
            {move || ex.status.get()}
        </p>
    };
    // Memos, so a filter change does not rebuild the page around it.
    let embedded = Memo::new(move |_| ex.state.with(|s| s.embed));
    let page = move || {
        if embedded.get() {
            view! { <EmbedPage /> }.into_any()
        } else {
            view! { <FullPage /> }.into_any()
        }
    };
    view! {
        {page}
        {status}
    }
}

/// Cards or article, as the view says.
fn body(ex: Explorer) -> impl IntoView {
    let view = Memo::new(move |_| ex.state.with(|s| s.view));
    move || match view.get() {
        View::List => view! { <QuoteList /> }.into_any(),
        View::Article => view! { <ArticleView /> }.into_any(),
    }
}

/// The compact layout for an iframe: no page chrome, the filters folded
/// away (or absent with `controls=0`), and a way out to the full explorer.
#[component]
fn EmbedPage() -> impl IntoView {
    let ex = use_explorer();
    let content = NodeRef::<leptos::html::Main>::new();
    Effect::new(move |_| {
        if let Some(element) = content.get() {
            embed::post_height(element.into());
        }
    });
    let title = ex
        .article
        .meta
        .title
        .clone()
        .unwrap_or_else(|| "Quotes from the article".to_owned());
    let full = move || share::absolute(&quotes::url::encode(&ex.state.get().full()));
    let controls = move || ex.state.with(|s| s.shows_controls());
    view! {
        <main class="embed" node_ref=content>
            <header class="embed__header">
                <h1 class="embed__title">{title}</h1>
                <a class="embed__open" href=full target="_blank" rel="noopener">
                    "Open full explorer"
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </header>
            <Notices />
            <Show when=controls>
                <details class="embed__filters">
                    <summary class="button button--quiet">"Filters"</summary>
                    <FilterPanel foldable=false />
                </details>
                <div class="toolbar">
                    <ViewTabs />
                </div>
                <ActiveFilters />
            </Show>
            <div id="results">{body(ex)}</div>
        </main>
    }
}

/// The full page.
#[component]
fn FullPage() -> impl IntoView {
    let ex = use_explorer();
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
                        <ShareBar />
                    </div>
                    <ActiveFilters />
                    <Overview />
                    {body(ex)}
                </div>
            </div>
        </main>
    }
}
