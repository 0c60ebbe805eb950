//! The address bar as a signal: the one place the app reads and writes the
//! URL. Only the query string changes; the path (and so any sub-path the
//! app is served under) and the hash stay as they are.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// How a navigation enters the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry, so Back returns to the previous view (discrete changes).
    Push,
    /// Overwrite the current entry (typing in the search box).
    Replace,
}

/// The current query string (without `?`), kept in step with the address
/// bar: written by [`Location::navigate`], and by Back and Forward.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    query: RwSignal<String>,
}

impl Location {
    /// Reads the address bar and follows Back and Forward from now on.
    /// `on_arrive` sees each query string that comes from outside the app
    /// (the first load, Back, Forward) before the view does.
    pub fn follow(on_arrive: impl Fn(&str) + 'static) -> Location {
        let query = RwSignal::new(current_query());
        on_arrive(&query.get_untracked());
        #[cfg(not(feature = "ssr"))]
        {
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                let now = current_query();
                on_arrive(&now);
                query.set(now);
            });
            on_cleanup(move || handle.remove());
        }
        Location { query }
    }

    /// The query string, tracked.
    pub fn query(&self) -> String {
        self.query.get()
    }

    /// Shows `query` in the address bar and in the app.
    pub fn navigate(&self, query: &str, entry: Entry) {
        if query == self.query.get_untracked() && entry == Entry::Push {
            return;
        }
        let url = address(query);
        if let Ok(history) = window().history() {
            let result = match entry {
                Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
                Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
            };
            if result.is_err() {
                leptos::logging::warn!("the address bar could not be updated");
            }
        }
        self.query.set(query.to_owned());
    }
}

/// The query string of the address bar, without `?`. Prerendering shows the
/// default view, which has none.
#[cfg(feature = "ssr")]
fn current_query() -> String {
    String::new()
}

/// The query string of the address bar, without `?`.
#[cfg(not(feature = "ssr"))]
fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}

/// Replaces the address bar's query without telling the app: used for the
/// canonical form of a link, which decodes to the same view.
pub fn rewrite(canonical: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address(canonical)));
    }
    #[cfg(feature = "ssr")]
    let _ = canonical;
}

/// The same path and hash with another query string.
fn address(query: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    let hash = location.hash().unwrap_or_default();
    if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    }
}
