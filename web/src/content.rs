//! The articles the page can show: the one the bundle ships with (parsed at
//! build time by `build.rs` and embedded, so the first view needs no
//! parsing), and any a reader opens by pasting text, choosing a file or
//! following a link that carries one (`#a=…`), parsed by the article
//! reader worker ([`crate::reader`], which the second bundle runs).
//!
//! Each article is parsed and indexed once. The page keeps the built-in
//! one and the [`KEPT`] articles last shown, so Back and Forward between
//! them are instant; an older one goes (its memory with it, once no view
//! shows it) and is read again from its link if the reader returns.
//! Opened articles are capped at [`quotes::packed::MAX_TEXT_BYTES`], which
//! bounds what each one holds.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use quotes::index::Index;
use quotes::opened::Held;
use quotes::packed;
use quotes::Article;

use crate::extra;

/// The parsed article, as postcard bytes.
const PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/article.postcard"));

/// A collection's build: its articles (`Article::stories`), which the
/// article's bytes leave out; none for a single article.
#[cfg(collection)]
const STORIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stories.postcard"));
#[cfg(not(collection))]
const STORIES: &[u8] = &[];

/// A collection too big for the first load: its manifest (the first view),
/// the rest fetched on need ([`crate::shelf`]).
#[cfg(sharded)]
const MANIFEST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/manifest.postcard"));

/// How many opened articles the page keeps besides the built-in one: 30
/// large ones kept grew the page's memory to 21.6 MB (tests/e2e/memory.mjs).
pub const KEPT: usize = 4;

/// An article ready to explore, shared by the views that show it: cheap
/// to clone, and gone with the last of them.
#[derive(Debug, Clone)]
pub struct Doc(Arc<Parsed>);

/// What a [`Doc`] holds.
#[derive(Debug)]
pub struct Parsed {
    pub article: Article,
    pub index: Index,
    /// The article as postcard bytes, as the page received it: what it
    /// hands the second bundle ([`crate::extra`]).
    pub bytes: Cow<'static, [u8]>,
    /// The `a=` value of its links; `None` for the built-in article.
    pub packed: Option<String>,
    /// A big collection's files as far as the page has them; its
    /// `article` is then the manifest's first chunk (the newest articles).
    #[cfg(sharded)]
    pub catalog: Option<std::sync::Mutex<quotes::shards::Catalog>>,
    /// Which chunk of the big collection it is, for a card's parts in the
    /// second bundle (`None` for the collection itself).
    #[cfg(sharded)]
    pub chunk: Option<u32>,
}

impl std::ops::Deref for Doc {
    type Target = Parsed;

    fn deref(&self) -> &Parsed {
        &self.0
    }
}

impl Doc {
    /// Chunk `chunk` from the bytes of a [`Doc::part`].
    #[cfg(sharded)]
    pub fn read_part(bytes: &[u8], chunk: u32) -> Result<Doc, String> {
        let (mut article, stories): (Article, Vec<quotes::Story>) =
            postcard::from_bytes(bytes).map_err(|error| error.to_string())?;
        article.stories = stories;
        Ok(Doc::part(article, Some(chunk)))
    }

    /// Reads and indexes the article in `bytes` (postcard).
    pub fn decode(bytes: Cow<'static, [u8]>, packed: Option<String>) -> Result<Doc, String> {
        #[cfg(sharded)]
        if packed.is_none() {
            let manifest = postcard::from_bytes(MANIFEST).map_err(|error| error.to_string())?;
            let catalog = quotes::shards::Catalog::new(manifest);
            let first = catalog.chunk(0).map(|c| c.article.clone());
            let mut doc = Doc::part(first.unwrap_or_default(), None);
            if let Some(parsed) = Arc::get_mut(&mut doc.0) {
                parsed.catalog = Some(std::sync::Mutex::new(catalog));
            }
            return Ok(doc);
        }
        #[cfg_attr(not(collection), allow(unused_mut))]
        let mut article: Article =
            postcard::from_bytes(&bytes).map_err(|error| error.to_string())?;
        #[cfg(collection)]
        if packed.is_none() {
            article.stories = postcard::from_bytes(STORIES).map_err(|error| error.to_string())?;
        }
        Ok(Doc(Arc::new(Parsed {
            index: Index::new(&article),
            article,
            bytes,
            packed,
            #[cfg(sharded)]
            catalog: None,
            #[cfg(sharded)]
            chunk: None,
        })))
    }

    /// Chunk `chunk` of a big collection (whole articles), for its cards,
    /// which read its article only: its filters are the catalog's. Its
    /// bytes (the article and its stories) go to the second bundle for a
    /// card's context and menu, which reads them with [`Doc::read_part`].
    #[cfg(sharded)]
    pub fn part(article: Article, chunk: Option<u32>) -> Doc {
        // With its articles, which an article's bytes leave out.
        let bytes = match chunk {
            Some(_) => postcard::to_allocvec(&(&article, &article.stories)).unwrap_or_default(),
            None => Vec::new(),
        };
        Doc(Arc::new(Parsed {
            index: Index::new(&Article::default()),
            bytes: Cow::Owned(bytes),
            article,
            packed: None,
            catalog: None,
            chunk,
        }))
    }

    /// [`Doc::decode`], found again by [`kept`] while it is among the
    /// [`KEPT`] last opened.
    fn keep(bytes: Cow<'static, [u8]>, packed: Option<String>) -> Result<Doc, String> {
        let doc = Doc::decode(bytes, packed)?;
        SHOWN.with_borrow_mut(|shown| remember(shown, doc.clone(), |doc| doc.packed.is_some()));
        Ok(doc)
    }

    /// The article as the article reader worker finds it again, for an
    /// export or a card: the embedded bytes, an opened article's link
    /// value, or a big collection's chunk as its cards have it.
    pub fn held(&self) -> Held {
        #[cfg(sharded)]
        if self.chunk.is_some() {
            return Held::article(&self.article);
        }
        match &self.packed {
            Some(value) => Held::Link(value.clone()),
            None => Held::Built(PARSED.to_vec(), STORIES.to_vec()),
        }
    }

    /// Whether its links fit in what every browser keeps.
    pub fn shareable(&self) -> bool {
        self.packed.as_deref().is_none_or(packed::fits_in_link)
    }
}

thread_local! {
    /// The articles kept, least recently shown first.
    static SHOWN: RefCell<Vec<Doc>> = const { RefCell::new(Vec::new()) };
}

/// The kept article whose `a=` value is `packed`, now the most recently
/// shown.
fn kept(packed: Option<&str>) -> Option<Doc> {
    SHOWN.with_borrow_mut(|shown| recall(shown, |doc| doc.packed.as_deref() == packed).cloned())
}

/// Keeps `item` in `shown` (least recently shown first) as the most
/// recent; past [`KEPT`] items that are `opened`, the least recently
/// shown of them goes. What is not `opened` (the built-in article) stays.
/// The page's articles, and the second bundle's explorers of them.
pub fn remember<T>(shown: &mut Vec<T>, item: T, opened: impl Fn(&T) -> bool) {
    shown.push(item);
    if shown.iter().filter(|item| opened(item)).count() > KEPT {
        if let Some(oldest) = shown.iter().position(opened) {
            drop(shown.remove(oldest));
        }
    }
}

/// The item of `shown` that `is` picks, now the most recently shown.
pub fn recall<T>(shown: &mut [T], is: impl Fn(&T) -> bool) -> Option<&T> {
    let at = shown.iter().position(is)?;
    shown[at..].rotate_left(1);
    shown.last()
}

/// The embedded article. The bytes were written by this build from the same
/// types, so decoding only fails on a build mix-up; the page then says so
/// instead of going blank.
pub fn builtin() -> Result<Doc, String> {
    if let Some(doc) = kept(None) {
        return Ok(doc);
    }
    Doc::keep(Cow::Borrowed(PARSED), None)
        .map_err(|error| format!("The embedded article could not be read ({error})."))
}

/// The built-in article, for the prerender and tests.
pub fn article() -> Result<Article, String> {
    builtin().map(|doc| doc.article.clone())
}

/// The article of a link's `a=` value, if it was opened before.
pub fn kept_link(value: &str) -> Option<Doc> {
    kept(Some(value))
}

/// The article a link carries in its fragment, read by the article
/// reader once and kept. A pasted or chosen article arrives this way too:
/// the opener (second bundle) reads it, then follows its link. The
/// reader's page side is in the second bundle, so that neither its code
/// nor the worker's protocol is in the first load.
pub async fn from_link(value: &str) -> Result<Doc, String> {
    if let Some(doc) = kept(Some(value)) {
        return Ok(doc);
    }
    let article = extra::open_link(value.to_owned()).await?;
    Doc::keep(Cow::Owned(article), Some(value.to_owned()))
        .map_err(|error| format!("The opened article could not be read ({error})."))
}
