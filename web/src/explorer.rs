//! The explorer's shared state, provided as context: the parsed article and
//! its indexes (built once, never changing), and the view derived from the
//! URL. Components read from here and change the view only through
//! [`Explorer::go`], which writes the URL.

use leptos::prelude::*;
use quotes::index::{Index, Selection};
use quotes::url::{self, Notice};
use quotes::view_state::{Facet, ViewState};
use quotes::Article;

use crate::location::{self, Entry, Location};

/// Everything a component needs to read or change the view. `Copy`, so
/// closures take it by value.
#[derive(Debug, Clone, Copy)]
pub struct Explorer {
    /// The article, parsed once at start and kept for the page's life.
    pub article: &'static Article,
    /// Its filter and search indexes.
    pub index: &'static Index,
    /// The view the URL describes.
    pub state: Memo<ViewState>,
    /// What that view shows.
    pub selection: Memo<Selection>,
    /// Search words of the current query, for highlighting.
    pub terms: Memo<Vec<String>>,
    /// What was dropped from the last link that was opened.
    pub notices: RwSignal<Vec<Notice>>,
    /// The last action's confirmation ("Link copied"), for a live region.
    pub status: RwSignal<String>,
    location: Location,
}

impl Explorer {
    /// Builds the explorer for `article` and starts following the URL. A link
    /// with unknown or malformed values is rewritten to its canonical form,
    /// and what was dropped is kept in `notices` for the page to say.
    pub fn new(article: Article) -> Explorer {
        let article: &'static Article = Box::leak(Box::new(article));
        let index: &'static Index = Box::leak(Box::new(Index::new(article)));
        let notices = RwSignal::new(Vec::new());
        let location = Location::follow(move |query| {
            let (state, dropped) = url::decode(query, article);
            if !dropped.is_empty() {
                notices.set(dropped);
            }
            let canonical = url::encode(&state);
            if canonical != query {
                location::rewrite(&canonical);
            }
        });
        let state = Memo::new(move |_| url::decode(&location.query(), article).0);
        let selection = Memo::new(move |_| state.with(|s| index.select(s)));
        let terms = Memo::new(move |_| state.with(|s| quotes::search::terms(&s.query)));
        Explorer {
            article,
            index,
            state,
            selection,
            terms,
            notices,
            status: RwSignal::new(String::new()),
            location,
        }
    }

    /// Shows `next`, as a new history entry or in place of the current one.
    pub fn go(&self, next: &ViewState, entry: Entry) {
        self.location.navigate(&url::encode(next), entry);
    }

    /// Ticks or unticks one filter option (a new history entry).
    pub fn toggle(&self, facet: Facet, id: &str) {
        let next = self.state.with_untracked(|s| ViewState {
            quote: None,
            ..s.toggled(facet, id)
        });
        self.go(&next, Entry::Push);
    }

    /// Says `message` in the status region, then clears it.
    pub fn announce(&self, message: impl Into<String>) {
        let message = message.into();
        let status = self.status;
        status.set(message.clone());
        set_timeout(
            move || {
                if status.get_untracked() == message {
                    status.set(String::new());
                }
            },
            std::time::Duration::from_secs(5),
        );
    }

    /// Whether the page is dark now: forced by the link, or the reader's.
    pub fn is_dark(&self) -> bool {
        match self.state.with_untracked(|s| s.scheme) {
            Some(scheme) => scheme == quotes::view_state::Scheme::Dark,
            None => window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|query| query.matches()),
        }
    }

    /// The state as it is now, untracked, for event handlers.
    pub fn now(&self) -> ViewState {
        self.state.get_untracked()
    }
}

/// The explorer provided by [`crate::App`].
pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
