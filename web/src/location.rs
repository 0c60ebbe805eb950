//! The address bar as signals: the one place the app reads and writes the
//! URL. The query string holds the view; the fragment's `a=` value holds an
//! article a reader opened (never sent to a server). The path, and so any
//! sub-path the app is served under, stays as it is.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::extra::NAVIGATE;
use crate::listen::on_window;

/// How a navigation enters the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry, so Back returns to the previous view (discrete changes).
    Push,
    /// Overwrite the current entry (typing in the search box).
    Replace,
}

/// The query string (without `?`) and the opened article's `a=` value,
/// kept in step with the address bar: written by [`Location::navigate`]
/// and [`Location::open`], and by Back and Forward.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    query: RwSignal<String>,
    article: RwSignal<Option<String>>,
}

impl Location {
    /// Reads the address bar and follows Back and Forward from now on.
    pub fn follow() -> Location {
        let location = Location {
            query: RwSignal::new(current_query()),
            article: RwSignal::new(current_article()),
        };
        on_window(leptos::ev::popstate, move |_| location.arrive());
        // The other bundle's navigations (`crate::extra`), and this one's.
        on_window(
            leptos::ev::Custom::<web_sys::Event>::new(NAVIGATE),
            move |_| location.arrive(),
        );
        location
    }

    /// Takes in the address bar as it is now (after Back or Forward, or
    /// the other bundle's navigation).
    fn arrive(&self) {
        let article = current_article();
        if article != self.article.get_untracked() {
            self.article.set(article);
        }
        let query = current_query();
        if query != self.query.get_untracked() {
            self.query.set(query);
        }
    }

    /// The query string, tracked.
    pub fn query(&self) -> String {
        self.query.get()
    }

    /// The query string, untracked.
    pub fn query_untracked(&self) -> String {
        self.query.get_untracked()
    }

    /// The opened article's `a=` value, tracked; `None` for the built-in.
    pub fn article(&self) -> Option<String> {
        self.article.get()
    }

    /// The opened article's `a=` value, untracked.
    pub fn article_untracked(&self) -> Option<String> {
        self.article.get_untracked()
    }

    /// Shows `query` in the address bar and in the app.
    pub fn navigate(&self, query: &str, entry: Entry) {
        if query == self.query.get_untracked() && entry == Entry::Push {
            return;
        }
        write(&address(query, &hash()), entry);
        self.query.set(query.to_owned());
        announce_navigation();
    }

    /// Shows another article (`a=` value, or `None` for the built-in) from
    /// its default view, as a new history entry.
    pub fn open(&self, article: Option<&str>) {
        write(&address("", &fragment(article)), Entry::Push);
        self.query.set(String::new());
        self.article.set(article.map(str::to_owned));
        announce_navigation();
    }
}

/// Tells the other bundle, if it runs, that the address bar changed.
fn announce_navigation() {
    if let Ok(event) = web_sys::Event::new(NAVIGATE) {
        let _ = window().dispatch_event(&event);
    }
}

fn write(url: &str, entry: Entry) {
    if let Ok(history) = window().history() {
        let result = match entry {
            Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(url)),
            Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(url)),
        };
        if result.is_err() {
            leptos::logging::warn!("the address bar could not be updated");
        }
    }
}

/// The query string of the address bar, without `?`. Prerendering shows the
/// default view, which has none.
fn current_query() -> String {
    if cfg!(feature = "ssr") {
        return String::new();
    }
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}

/// The `a=` value of the address bar's fragment.
fn current_article() -> Option<String> {
    if cfg!(feature = "ssr") {
        return None;
    }
    quotes::packed::from_fragment(&hash()).map(str::to_owned)
}

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The fragment that carries `article`, with its `#`.
pub fn fragment(article: Option<&str>) -> String {
    article.map(|a| format!("#a={a}")).unwrap_or_default()
}

/// Replaces the address bar's query without telling the app: used for the
/// canonical form of a link, which decodes to the same view.
pub fn rewrite(canonical: &str) {
    if !cfg!(feature = "ssr") {
        write(&address(canonical, &hash()), Entry::Replace);
    }
}

/// Takes a fragment that could not be read out of the address bar, so
/// that reloading or sharing the page does not repeat the problem.
pub fn drop_fragment() {
    if !cfg!(feature = "ssr") {
        write(&address(&current_query(), ""), Entry::Replace);
    }
}

/// This page's address with `query` and `hash`. Absolute: a path alone
/// that starts `//` (a hand-edited link) would name another host, and the
/// history would refuse it.
fn address(query: &str, hash: &str) -> String {
    crate::share::absolute(query) + hash
}
