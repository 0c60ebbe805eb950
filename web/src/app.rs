//! The root component: page chrome around the explorer, rebuilt whenever
//! the link's article changes.

use leptos::prelude::*;
use quotes::url::Notice;
use quotes::view_state::View;
use wasm_bindgen::JsCast;

use crate::content::{self, Doc};
use crate::explorer::{use_explorer, Explorer};
use crate::extra::{self, Extra, Part};
use crate::location::{self, Location};
use crate::startup::Later;
use crate::ui::chips::ActiveFilters;
use crate::ui::filters::FilterPanel;
use crate::ui::header::ArticleHeader;
use crate::ui::notices::Notices;
use crate::ui::opener::{DropTarget, Opener, OpenerPanel, OpenerToggle};
#[cfg(not(sharded))]
use crate::ui::overview::Overview;
use crate::ui::quote_list::{result_count, QuoteList};
use crate::ui::share_bar::ShareBar;
use crate::ui::tabs::ViewTabs;
use crate::{embed, share};

/// The explorer over the link's article (`#a=…`) or the built-in one. A
/// link whose article cannot be read shows the built-in article with a
/// notice saying why; only a bundle that cannot read its own article shows
/// nothing but a message.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::follow();
    provide_context(location);
    let article = Memo::new(move |_| location.article());
    let title = Title::default();
    // After the first article, each one shown is a change (`arrive`).
    let started = StoredValue::new(false);
    move || {
        let moved = started.get_value();
        started.set_value(true);
        let Some(value) = article.get() else {
            return show(content::builtin(), Vec::new(), moved, title);
        };
        if let Some(doc) = content::kept_link(&value) {
            return show(Ok(doc), Vec::new(), moved, title);
        }
        // The worker reads it. `read` belongs to this article's view: if
        // Back or Forward moves on first, it goes with the view, and the
        // late answer is dropped. Not a `LocalResource` with `<Suspense>`,
        // which says the same but measured 13.3 KB more of the first load,
        // gzipped (issue 20).
        let read = RwSignal::new(None);
        leptos::task::spawn_local(async move {
            let opened = content::from_link(&value).await;
            if read.is_disposed() {
                return;
            }
            if opened.is_err() {
                location::drop_fragment();
            }
            read.set(Some(opened));
        });
        title.set(false);
        (move || match read.get() {
            None => view! {
                <main class="page">
                    <p class="opening" role="status">"Opening the article in this link…"</p>
                </main>
            }
            .into_any(),
            Some(Ok(doc)) => show(Ok(doc), Vec::new(), moved, title),
            Some(Err(message)) => {
                let notice = Notice {
                    key: "a".to_owned(),
                    message: format!("{message} The featured article is shown instead."),
                };
                show(content::builtin(), vec![notice], moved, title)
            }
        })
        .into_any()
    }
}

/// The explorer over `doc` with the `arrival` notices, or, if the bundle
/// cannot read its own article, a message; `moved` after a change of
/// article.
fn show(doc: Result<Doc, String>, arrival: Vec<Notice>, moved: bool, title: Title) -> AnyView {
    title.set(matches!(&doc, Ok(doc) if doc.packed.is_some()));
    arrive(moved);
    match doc {
        Ok(doc) => view! { <Page doc arrival /> }.into_any(),
        Err(message) => view! {
            <main class="page">
                <p class="notice" role="alert">{message}</p>
            </main>
        }
        .into_any(),
    }
}

/// The tab's title: the built-in article's (from the prerender), or a
/// plain one for an article the reader opened, which has no title.
#[derive(Clone, Copy, Default)]
struct Title {
    built_in: StoredValue<Option<String>>,
}

impl Title {
    fn set(self, opened: bool) {
        if cfg!(feature = "ssr") {
            return;
        }
        let document = document();
        let built_in = self.built_in.get_value().unwrap_or_else(|| {
            let title = document.title();
            self.built_in.set_value(Some(title.clone()));
            title
        });
        document.set_title(if opened { OPENED_TITLE } else { &built_in });
    }
}

/// The tab's title while a reader's own article is shown.
const OPENED_TITLE: &str = "An article you opened · Quote Explorer";

/// After a change of article (`moved`): back to the top, with focus on
/// its title so a screen reader starts there.
fn arrive(moved: bool) {
    if !moved {
        return;
    }
    request_animation_frame(|| {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(title) = document().query_selector("h1").ok().flatten() {
            let _ = title.set_attribute("tabindex", "-1");
            let _ = title.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
}

/// The explorer over `doc`: the full page, or the compact embed when the
/// link says `embed=1`. `arrival` holds notices about the link's article.
#[component]
pub fn Page(doc: Doc, #[prop(optional)] arrival: Vec<Notice>) -> impl IntoView {
    let location = use_context::<Location>().unwrap_or_else(Location::follow);
    let opened = doc.packed.is_some();
    let ex = Explorer::new(doc, location, arrival);
    provide_context(ex);
    extra::hear(ex);
    embed::follow_scheme(ex);
    if !cfg!(feature = "ssr") {
        share::print_address(opened);
    }
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
        View::Article => view! { <Extra part=Part::Article /> }.into_any(),
        View::Sources => view! { <Extra part=Part::Sources /> }.into_any(),
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
        .doc()
        .article
        .meta
        .title
        .clone()
        .unwrap_or_else(|| "Quotes from the article".to_owned());
    let full = move || ex.address(&ex.state.get().full());
    let controls = Memo::new(move |_| ex.state.with(|s| s.shows_controls()));
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
            {move || controls.get().then(|| embed_controls().into_any())}
            <div id="results">{body(ex)}</div>
        </main>
    }
}

/// The tabs, the share bar, the active filters and the matrix.
#[cfg(not(sharded))]
#[inline(always)]
fn toolbar() -> impl IntoView {
    view! {
        <div class="toolbar">
            <ViewTabs />
            <ShareBar />
        </div>
        <ActiveFilters />
        <Overview />
    }
}

/// A big collection's: no matrix (its quotes are not all in the page),
/// and the notice of a file that could not be fetched.
#[cfg(sharded)]
fn toolbar() -> impl IntoView {
    view! {
        <div class="toolbar">
            <ViewTabs />
            <ShareBar />
        </div>
        <crate::shelf::ShelfNotice />
        <ActiveFilters />
    }
}

/// An embed's filters (folded), tabs and active filters.
#[cfg(not(sharded))]
#[inline(always)]
fn embed_controls() -> impl IntoView {
    view! {
        <details class="embed__filters">
            <summary class="button button--quiet">"Filters"</summary>
            <FilterPanel foldable=false />
        </details>
        <div class="toolbar">
            <ViewTabs />
        </div>
        <ActiveFilters />
    }
}

/// A big collection's, with the notice of a file that could not be
/// fetched.
#[cfg(sharded)]
fn embed_controls() -> impl IntoView {
    view! {
        <details class="embed__filters">
            <summary class="button button--quiet">"Filters"</summary>
            <FilterPanel foldable=false />
        </details>
        <div class="toolbar">
            <ViewTabs />
        </div>
        <crate::shelf::ShelfNotice />
        <ActiveFilters />
    }
}

/// Moves focus to the results without touching the fragment, which may
/// hold the article (the plain link still works before the app starts).
fn skip(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(results) = document().get_element_by_id("results") {
        let _ = results.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// The full page.
#[component]
fn FullPage() -> impl IntoView {
    let ex = use_explorer();
    let opener = Opener::new();
    view! {
        <a class="skip-link" href="#results" on:click=skip>
            "Skip to the quotes"
        </a>
        <header class="masthead">
            <p class="masthead__brand">"Quote Explorer"</p>
            <OpenerToggle opener />
        </header>
        <DropTarget opener />
        <main class="page">
            <OpenerPanel opener />
            <Later>
                <ArticleHeader />
                <Notices />
            </Later>
            <div class="layout">
                <aside class="layout__filters" aria-label="Filters">
                    <Later>
                        <FilterPanel />
                    </Later>
                </aside>
                <div class="layout__results" id="results" tabindex="-1">
                    <Later>
                        {toolbar()}
                    </Later>
                    <Later>{body(ex)}</Later>
                </div>
            </div>
        </main>
    }
}
