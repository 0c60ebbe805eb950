//! The explorer's shared state, provided as context: the parsed article and
//! its indexes (built once, never changing), and the view derived from the
//! URL. Components read from here and change the view only through
//! [`Explorer::go`], which writes the URL, and build every link to a view
//! with [`Explorer::href`], [`Explorer::address`] or [`Explorer::link`],
//! which carry the article when a reader opened one.

use leptos::prelude::*;
use leptos::task::spawn_local;
use quotes::index::Selection;
use quotes::opened::Job;
use quotes::url::{self, Notice};
use quotes::view_state::{Facet, ViewState};

use crate::content::Doc;
use crate::location::{self, Entry, Location};
use crate::{perf, reader, share};

/// Everything a component needs to read or change the view. `Copy`, so
/// closures take it by value.
#[derive(Debug, Clone, Copy)]
pub struct Explorer {
    /// The article, its filter and search indexes, and its `a=` value if
    /// it was opened: held by the view, so it goes with it ([`Explorer::doc`]).
    doc: StoredValue<Doc>,
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
    pub location: Location,
    /// A big collection's files, fetched as the view needs them.
    #[cfg(sharded)]
    pub shelf: crate::shelf::Shelf,
    /// Whether the view waits for some of them.
    #[cfg(sharded)]
    pub waiting: Memo<bool>,
}

impl Explorer {
    /// Builds the explorer for `doc` and follows the URL's query. A link
    /// with unknown or malformed values is rewritten to its canonical form,
    /// and what was dropped is kept in `notices` (after any `arrival`
    /// notices, about the link's article) for the page to say.
    pub fn new(doc: Doc, location: Location, arrival: Vec<Notice>) -> Explorer {
        let notices = RwSignal::new(arrival);
        let doc = StoredValue::new(doc);
        #[cfg(sharded)]
        let shelf = crate::shelf::Shelf::new();
        // The query decoded once per navigation, for the view and for what
        // it dropped.
        let decoded = Memo::new(move |_| {
            let query = location.query();
            #[cfg(sharded)]
            if let Some(decoded) = crate::shelf::decode(&doc.get_value(), shelf, &query) {
                return decoded;
            }
            let (state, dropped) = url::decode(&query, &doc.get_value().article);
            Decoded {
                query,
                state,
                dropped,
                #[cfg(sharded)]
                ready: true,
            }
        });
        let arrive = move |decoded: &Decoded| {
            // Not before the files it names are in: its ids are unchecked.
            // Nor ever over a chunk (a card's, in the second bundle), which
            // knows only its own ids: the page reads the link.
            #[cfg(sharded)]
            if !decoded.ready || doc.get_value().chunk.is_some() {
                return;
            }
            if !decoded.dropped.is_empty() {
                notices.update(|n| n.extend(decoded.dropped.iter().cloned()));
            }
            let canonical = url::encode(&decoded.state);
            if canonical != decoded.query {
                location::rewrite(&canonical);
            }
        };
        decoded.with_untracked(arrive);
        // Later arrivals: Back and Forward. The app's own navigations are
        // canonical already, so this finds nothing in them. A change of
        // article rebuilds the explorer instead; this one stops listening.
        // An Effect, not a memo: the notices are a log of arrivals, kept
        // across Back and Forward until dismissed, not a function of the
        // URL shown; and the address bar it rewrites is outside the graph.
        Effect::new(move |first: Option<()>| {
            decoded.track();
            if first.is_some() && location.article_untracked() == doc.get_value().packed {
                decoded.with_untracked(arrive);
            }
        });
        let state = Memo::new(move |_| decoded.with(|d| d.state.clone()));
        // Measured: the benchmarks compare it with other filter engines.
        #[cfg(not(sharded))]
        let selection = Memo::new(move |_| {
            let doc = doc.get_value();
            state.with(|s| perf::measure("quotes:select", || doc.index.select(s)))
        });
        // A big collection's view once its files are in; meanwhile the one
        // before stays.
        #[cfg(sharded)]
        let selection = {
            Effect::new(move |_| {
                shelf.failed.track();
                // Each file in may name the next (the directory, the rest).
                shelf.files.track();
                let query = location.query();
                state.with(|s| crate::shelf::follow(&doc.get_value(), shelf, &query, s));
            });
            Memo::new(move |previous: Option<&Selection>| {
                shelf.files.track();
                let doc = doc.get_value();
                let selected = state.with(|s| {
                    perf::measure("quotes:select", || match &doc.catalog {
                        Some(_) => crate::shelf::select(&doc, s),
                        None => Some(doc.index.select(s)),
                    })
                });
                selected.or_else(|| previous.cloned()).unwrap_or_default()
            })
        };
        let terms = Memo::new(move |_| state.with(|s| quotes::search::terms(&s.query)));
        #[cfg(sharded)]
        let waiting = Memo::new(move |_| {
            shelf.files.track();
            let query = location.query();
            state.with(|s| crate::shelf::waiting(&doc.get_value(), &query, s))
        });
        // Busy while it waits, not once a file failed (the notice says so).
        #[cfg(sharded)]
        Effect::new(move |_| {
            crate::shelf::mark_busy(waiting.get() && shelf.failed.with(Option::is_none))
        });
        Explorer {
            doc,
            state,
            selection,
            terms,
            notices,
            status: RwSignal::new(String::new()),
            location,
            #[cfg(sharded)]
            shelf,
            #[cfg(sharded)]
            waiting,
        }
    }

    /// This explorer over `doc` (part of a big collection), for a card.
    #[cfg(sharded)]
    pub fn over(&self, doc: Doc) -> Explorer {
        Explorer {
            doc: StoredValue::new(doc),
            ..*self
        }
    }

    /// How many quotes the article (or collection) holds.
    #[inline(always)]
    pub fn quote_count(&self) -> usize {
        let doc = self.doc();
        #[cfg(sharded)]
        if let Some(len) = crate::shelf::len(&doc) {
            return len;
        }
        doc.article.quotes.len()
    }

    /// Where the quote `id` is; in a big collection, once its ids file is in.
    #[inline(always)]
    pub fn position(&self, id: &str) -> Option<usize> {
        let doc = self.doc();
        #[cfg(sharded)]
        if let Some(at) = crate::shelf::position(&doc, id) {
            return at;
        }
        doc.index.position(id)
    }

    /// The article. Only while the view lives: a task that awaits gets it
    /// before.
    pub fn doc(&self) -> Doc {
        self.doc.get_value()
    }

    /// The `href` of a view: its query, relative to this page, and the
    /// opened article's fragment.
    pub fn href(&self, state: &ViewState) -> String {
        format!(
            "?{}{}",
            url::encode(state),
            location::fragment(self.doc().packed.as_deref())
        )
    }

    /// The absolute address of a view, wherever it is going.
    pub fn address(&self, state: &ViewState) -> String {
        share::absolute(&url::encode(state)) + &location::fragment(self.doc().packed.as_deref())
    }

    /// The address of a view to give to others, or why there is none: an
    /// opened article too long for a link anyone can open.
    pub fn link(&self, state: &ViewState) -> Result<String, String> {
        let doc = self.doc();
        match &doc.packed {
            Some(value) if !doc.shareable() => Err(too_long(value)),
            _ => Ok(self.address(state)),
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
        // The view may be gone by then (another article shown): its
        // status with it, so it is only tried.
        set_timeout(
            move || {
                if status.try_with_untracked(|now| *now == message) == Some(true) {
                    status.set(String::new());
                }
            },
            std::time::Duration::from_secs(5),
        );
    }

    /// Puts `text` on the clipboard and says `done`, or `failed` if the
    /// browser would not; when there is no text, says why.
    pub fn copy(&self, text: Result<String, String>, done: &'static str, failed: &'static str) {
        let text = match text {
            Ok(text) => text,
            Err(why) => return self.announce(why),
        };
        let ex = *self;
        spawn_local(async move {
            ex.announce(if share::copy(text).await {
                done
            } else {
                failed
            });
        });
    }

    /// Has the article reader make the file of `job`, saves it and says
    /// `done` (given the file's name), `refused` if the browser would not
    /// save it, or why the file could not be made.
    pub async fn download(self, job: Job, done: fn(&str) -> String, refused: &'static str) {
        let message = match reader::file(job).await {
            Ok(file) => match share::save(&file) {
                Ok(()) => done(&file.name),
                Err(_) => refused.to_owned(),
            },
            Err(message) => message,
        };
        self.announce(message);
    }

    /// Whether the page is dark now: forced by the link, or the reader's.
    /// Asked once, when a card is drawn: leptos-use's `use_preferred_dark`
    /// follows the setting all the time, for 6.9 KB more of the first
    /// load, gzipped (issue 20).
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

/// A query string as the URL decoder read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub query: String,
    pub state: ViewState,
    /// What the decoder dropped from it.
    pub dropped: Vec<Notice>,
    /// Whether the ids it names could be checked: a big collection's files
    /// that hold them are in.
    #[cfg(sharded)]
    pub ready: bool,
}

/// Why an opened article cannot go into a link.
pub fn too_long(value: &str) -> String {
    format!(
        "This article is too long to share as a link: it packs to {}, and links \
         hold up to {}. It stays open in this tab.",
        quotes::packed::kilobytes(value.len()),
        quotes::packed::kilobytes(quotes::packed::MAX_LINK_CHARS)
    )
}

/// The explorer provided by [`crate::App`].
pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
