//! A big collection's files (`quotes::shards`), fetched as the view needs
//! them: the page's first load carries the manifest (the first view), and
//! the directory and the filter groups come next; a search fetches the
//! runs of words it starts, a card the chunk it is in, a permalink its
//! ids file. Files are named by their contents, so the browser's cache
//! keeps them. A file that cannot be fetched gives a notice with Try
//! again; what is shown stays.

use std::collections::BTreeSet;

use js_sys::Uint8Array;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local;
use quotes::shards::{Catalog, Need};
use quotes::url;
use quotes::view_state::ViewState;
use quotes::Article;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::Doc;
use crate::explorer::{use_explorer, Decoded};
use crate::ui::button::QuietButton;
use crate::ui::quote_card::QuoteCard;

/// Where the files are, next to the page.
const FOLDER: &str = "shards/";

/// Chunks whose cards are kept ready (each a few hundred quotes).
const KEPT_PARTS: usize = 16;

/// The fetching side of the page's catalog. `Copy`, so closures take it.
#[derive(Debug, Clone, Copy)]
pub struct Shelf {
    /// Counts the files taken in: what reads the catalog tracks it.
    pub files: RwSignal<u32>,
    /// Why the last fetch failed, until the reader tries again.
    pub failed: RwSignal<Option<String>>,
    /// Files on their way.
    pending: StoredValue<BTreeSet<Need>>,
    /// The chunks made into documents for their cards, least recently
    /// used first.
    parts: StoredValue<Vec<(usize, Doc)>>,
}

impl Shelf {
    pub fn new() -> Shelf {
        Shelf {
            files: RwSignal::new(0),
            failed: RwSignal::new(None),
            pending: StoredValue::new(BTreeSet::new()),
            parts: StoredValue::new(Vec::new()),
        }
    }

    /// Fetches each of `needs` not in and not on its way (none while a
    /// failure waits for Try again), and takes it into `doc`'s catalog.
    pub fn fetch(self, doc: &Doc, needs: Vec<Need>) {
        let Some(catalog) = &doc.catalog else { return };
        if self.failed.with_untracked(Option::is_some) {
            return;
        }
        for need in needs {
            let name = {
                let catalog = lock(catalog);
                if catalog.has(need) {
                    continue;
                }
                match catalog.file(need) {
                    Some(name) => name.to_owned(),
                    None => continue,
                }
            };
            if !self
                .pending
                .try_update_value(|p| p.insert(need))
                .unwrap_or(false)
            {
                continue;
            }
            let doc = doc.clone();
            spawn_local(async move {
                let got = get(&name).await.and_then(|bytes| match &doc.catalog {
                    Some(catalog) => lock(catalog).insert(need, &bytes),
                    None => Ok(()),
                });
                self.pending.try_update_value(|p| p.remove(&need));
                match got {
                    Ok(()) => {
                        self.files.try_update(|n| *n += 1);
                    }
                    Err(why) => {
                        web_sys::console::warn_1(&format!("{name}: {why}").into());
                        self.failed.try_set(Some(why));
                    }
                }
            });
        }
    }

    /// Chunk `n` of `doc`'s catalog as a document of its own, if it is in.
    pub fn part(self, doc: &Doc, n: usize) -> Option<Doc> {
        let found = self
            .parts
            .try_update_value(|parts| crate::content::recall(parts, |(m, _)| *m == n).cloned())
            .flatten();
        if let Some((_, part)) = found {
            return Some(part);
        }
        let article = lock(doc.catalog.as_ref()?).chunk(n)?.article.clone();
        let part = Doc::part(article, u32::try_from(n).ok());
        self.parts.try_update_value(|parts| {
            parts.push((n, part.clone()));
            if parts.len() > KEPT_PARTS {
                parts.remove(0);
            }
        });
        Some(part)
    }
}

impl Default for Shelf {
    fn default() -> Shelf {
        Shelf::new()
    }
}

fn lock(catalog: &std::sync::Mutex<Catalog>) -> std::sync::MutexGuard<'_, Catalog> {
    // One thread: a panic while it was held is the only way it is poisoned,
    // and the catalog is whole between calls.
    catalog
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The bytes of the file `name`, or why not.
async fn get(name: &str) -> Result<Vec<u8>, String> {
    let failed = |what: &str| format!("{what} could not be fetched");
    let response = JsFuture::from(window().fetch_with_str(&format!("{FOLDER}{name}")))
        .await
        .map_err(|_| failed("A file of the collection"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("A file"))?;
    if !response.ok() {
        return Err(format!(
            "The server answered {} for a file of the collection",
            response.status()
        ));
    }
    let body = response.array_buffer().map_err(|_| failed("A file"))?;
    let body = JsFuture::from(body).await.map_err(|_| failed("A file"))?;
    Ok(Uint8Array::new(&body).to_vec())
}

/// The link `query` read against `doc`'s catalog, once the files it names
/// are in; until then, what it asks for, unchecked and unsaid (`ready`
/// false). `None` for an article that is no big collection.
pub fn decode(doc: &Doc, shelf: Shelf, query: &str) -> Option<Decoded> {
    let catalog = lock(doc.catalog.as_ref()?);
    shelf.files.track();
    let ready = catalog.link_needs(query).is_empty();
    let (state, dropped) = if ready {
        url::decode(query, &*catalog)
    } else {
        (catalog.provisional(query), Vec::new())
    };
    Some(Decoded {
        query: query.to_owned(),
        state,
        dropped,
        ready,
    })
}

/// Fetches what the link `query` and its view `state` need, and after the
/// first view the directory and the filter groups, so the first tick or
/// keystroke finds them in.
pub fn follow(doc: &Doc, shelf: Shelf, query: &str, state: &ViewState) {
    let Some(catalog) = &doc.catalog else { return };
    let needs = {
        let catalog = lock(catalog);
        let mut needs = catalog.link_needs(query);
        needs.extend(catalog.needs(state));
        // A permalink's card.
        needs.extend(state.quote.as_deref().and_then(|id| catalog.card_needs(id)));
        needs.push(Need::Directory);
        needs.extend((0..4).map(Need::Facet));
        needs
    };
    shelf.fetch(doc, needs);
}

/// Whether the link `query` or its view `state` waits for files: the
/// results say so (`aria-busy`) until they are in.
pub fn waiting(doc: &Doc, query: &str, state: &ViewState) -> bool {
    doc.catalog.as_ref().is_some_and(|catalog| {
        let catalog = lock(catalog);
        !catalog.link_needs(query).is_empty() || !catalog.needs(state).is_empty()
    })
}

/// Marks the results busy (`aria-busy`) while the view waits for files.
pub fn mark_busy(busy: bool) {
    if let Some(results) = document().get_element_by_id("results") {
        let _ = results.set_attribute("aria-busy", if busy { "true" } else { "false" });
    }
}

/// The view `state` of `doc`'s catalog, once its files are in.
pub fn select(doc: &Doc, state: &ViewState) -> Option<quotes::index::Selection> {
    lock(doc.catalog.as_ref()?).select(state)
}

/// Who the quotes at `shown` come from, once the files Sources reads are
/// in; until then `None`, and they are fetched.
pub fn sources(doc: &Doc, shelf: Shelf, shown: &[usize]) -> Option<quotes::sources::Sources> {
    let catalog = doc.catalog.as_ref()?;
    shelf.files.track();
    // After Try again, asked afresh.
    shelf.failed.track();
    let needs = lock(catalog).sources_needs();
    if !needs.is_empty() {
        shelf.fetch(doc, needs);
        return None;
    }
    lock(catalog).sources(shown)
}

/// Where the article `slug` is: its chunk, which of that chunk's
/// articles it is, and where the chunk's quotes start in the collection;
/// `Some(None)` if the collection has no such article, `None` until the
/// files that say (and its chunk) are in: the chunk is fetched here.
/// Tracked.
pub fn article(doc: &Doc, shelf: Shelf, slug: &str) -> Option<Option<(usize, usize, usize)>> {
    shelf.files.track();
    shelf.failed.track();
    let (place, first) = {
        let catalog = lock(doc.catalog.as_ref()?);
        let Some((n, local)) = catalog.article(slug) else {
            return catalog.index().is_some().then_some(None);
        };
        ((n, local), catalog.chunk(n).map(|c| c.first_quote as usize))
    };
    let (n, local) = place;
    let Some(first) = first else {
        shelf.fetch(doc, vec![Need::Chunk(n)]);
        return None;
    };
    Some(Some((n, local, first)))
}

/// The speaker × theme matrix of the quotes at `shown`, as the overview
/// draws it: nothing until the filter groups are in. `None` for an
/// article that is no big collection.
pub fn matrix(doc: &Doc, shelf: Shelf, shown: &[usize]) -> Option<String> {
    let catalog = doc.catalog.as_ref()?;
    shelf.files.track();
    let counted = lock(catalog).matrix(shown);
    Some(counted.map_or_else(String::new, |(matrix, names)| matrix.html(&names)))
}

/// The quotes at `shown` of the view `view`, gathered from their chunks
/// (those in, or fetched and let go, so a download of thousands of
/// articles holds their quotes only) into one article, for a download.
pub async fn gather(doc: &Doc, view: &ViewState, shown: &[usize]) -> Result<Article, String> {
    let not_yet = || "The collection's files are still loading; try again in a moment".to_owned();
    let catalog = doc.catalog.as_ref().ok_or_else(not_yet)?;
    let (mut gathering, chunks) = {
        let catalog = lock(catalog);
        let gathering = catalog.gathering(view).ok_or_else(not_yet)?;
        (gathering, catalog.chunks_of(shown).ok_or_else(not_yet)?)
    };
    for n in chunks {
        let (kept, name) = {
            let catalog = lock(catalog);
            let name = catalog.file(Need::Chunk(n)).map(str::to_owned);
            (catalog.chunk(n).cloned(), name)
        };
        let chunk = match (kept, name) {
            (Some(chunk), _) => chunk,
            (None, Some(name)) => {
                let bytes = get(&name).await?;
                std::sync::Arc::new(lock(catalog).read_chunk(n, &bytes)?)
            }
            (None, None) => return Err(not_yet()),
        };
        gathering.add(&chunk, shown);
    }
    Ok(gathering.finish())
}

/// How many quotes the collection holds, and where a quote id is (if its
/// ids file is in).
pub fn len(doc: &Doc) -> Option<usize> {
    Some(lock(doc.catalog.as_ref()?).len())
}

pub fn position(doc: &Doc, id: &str) -> Option<Option<usize>> {
    Some(lock(doc.catalog.as_ref()?).position(id).ok().flatten())
}

/// Whether the quote `id`'s place and card are in, or known not to be:
/// nothing more to wait for before a permalink goes to it.
pub fn located(doc: &Doc, id: &str) -> bool {
    let Some(catalog) = &doc.catalog else {
        return true;
    };
    let catalog = lock(catalog);
    match catalog.position(id) {
        Ok(Some(at)) => catalog
            .chunk_of(at)
            .is_some_and(|n| catalog.has(Need::Chunk(n))),
        Ok(None) => true,
        Err(_) => false,
    }
}

/// Which filter groups have options, in `Facet::ALL` order.
pub fn groups(doc: &Doc) -> [bool; 4] {
    let Some(catalog) = &doc.catalog else {
        return [true; 4];
    };
    lock(catalog)
        .manifest()
        .heads
        .clone()
        .map(|head| head.options > 0)
}

/// The header's counts: quotes, speakers and articles of the collection.
pub fn counts(doc: &Doc) -> Option<(usize, usize, usize)> {
    let catalog = lock(doc.catalog.as_ref()?);
    let manifest = catalog.manifest();
    Some((
        manifest.quotes as usize,
        manifest.heads[1].options as usize,
        manifest.articles as usize,
    ))
}

/// The card of the collection's quote at `at`: drawn from its chunk, or
/// a card saying it is on its way while the chunk is fetched.
#[component]
pub fn ShardCard(at: usize) -> impl IntoView {
    let ex = use_explorer();
    // Its chunk, and where that starts once it is in: a memo, so a file
    // that is not its chunk leaves the card (and an open disclosure) be.
    // After Try again, asked afresh.
    let place = Memo::new(move |_| {
        ex.shelf.files.track();
        ex.shelf.failed.track();
        let doc = ex.doc();
        let catalog = lock(doc.catalog.as_ref()?);
        let n = catalog.chunk_of(at);
        Some((
            n,
            n.and_then(|n| catalog.chunk(n))
                .map(|c| c.first_quote as usize),
        ))
    });
    move || {
        let doc = ex.doc();
        match place.get()? {
            (Some(n), Some(first)) => {
                let part = ex.shelf.part(&doc, n)?;
                let card = ex.over(part);
                Some(
                    view! {
                        <Provider value=card>
                            <QuoteCard at=at - first />
                        </Provider>
                    }
                    .into_any(),
                )
            }
            (n, _) => {
                let need = n.map_or(Need::Directory, Need::Chunk);
                ex.shelf.fetch(&doc, vec![need]);
                Some(
                    view! {
                        <figure class="quote-card quote-card--loading" aria-busy="true">
                            <p class="quote-card__loading">"Loading this quote…"</p>
                        </figure>
                    }
                    .into_any(),
                )
            }
        }
    }
}

/// Says that a file could not be fetched, with Try again.
#[component]
pub fn ShelfNotice() -> impl IntoView {
    let ex = use_explorer();
    move || {
        let why = ex.shelf.failed.get()?;
        Some(view! {
            <div class="notice notice--shelf" role="alert">
                <p>{format!("{why}. What is shown may be incomplete.")}</p>
                <QuietButton label="Try again" on_click=Box::new(move || ex.shelf.failed.set(None)) />
            </div>
        })
    }
}
