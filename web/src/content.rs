//! The articles the page can show: the one the bundle ships with (parsed at
//! build time by `build.rs` and embedded, so the first view needs no
//! parsing), and any a reader opens by pasting text, choosing a file or
//! following a link that carries one (`#a=…`), parsed by the article
//! reader worker ([`crate::reader`], which the second bundle runs).
//!
//! Each article is parsed and indexed once and kept for the page's life, so
//! Back and Forward between articles are instant and components can borrow
//! it as `&'static`. Opened articles are capped at
//! [`quotes::packed::MAX_TEXT_BYTES`], which bounds what each one keeps.

use std::borrow::Cow;
use std::cell::RefCell;

use quotes::index::Index;
use quotes::opened::Held;
use quotes::packed;
use quotes::Article;

use crate::extra;

/// The parsed article, as postcard bytes.
const PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/article.postcard"));

/// An article ready to explore.
#[derive(Debug, Clone, Copy)]
pub struct Doc {
    pub article: &'static Article,
    pub index: &'static Index,
    /// The article as postcard bytes, as the page received it: what it
    /// hands the second bundle ([`crate::extra`]).
    pub bytes: &'static [u8],
    /// The `a=` value of its links; `None` for the built-in article.
    pub packed: Option<&'static str>,
}

impl Doc {
    /// Reads the article in `bytes` (postcard), indexes it and keeps it
    /// for the page's life.
    pub fn decode(bytes: Cow<'static, [u8]>, packed: Option<String>) -> Result<Doc, String> {
        let article: Article = postcard::from_bytes(&bytes).map_err(|error| error.to_string())?;
        let article: &'static Article = Box::leak(Box::new(article));
        let bytes = match bytes {
            Cow::Borrowed(bytes) => bytes,
            Cow::Owned(bytes) => Box::leak(bytes.into_boxed_slice()),
        };
        Ok(Doc {
            article,
            index: Box::leak(Box::new(Index::new(article))),
            bytes,
            packed: packed.map(|p| &*Box::leak(p.into_boxed_str())),
        })
    }

    /// [`Doc::decode`], found again by [`kept`] when the same article
    /// returns.
    fn keep(bytes: Cow<'static, [u8]>, packed: Option<String>) -> Result<Doc, String> {
        let doc = Doc::decode(bytes, packed)?;
        KEPT.with_borrow_mut(|kept| kept.push(doc));
        Ok(doc)
    }

    /// The article as the article reader worker finds it again, for an
    /// export: the embedded bytes, or an opened article's link value.
    pub fn held(&self) -> Held {
        match self.packed {
            Some(value) => Held::Link(value.to_owned()),
            None => Held::Built(PARSED.to_vec()),
        }
    }

    /// Whether its links fit in what every browser keeps.
    pub fn shareable(&self) -> bool {
        self.packed.is_none_or(packed::fits_in_link)
    }
}

thread_local! {
    static KEPT: RefCell<Vec<Doc>> = const { RefCell::new(Vec::new()) };
}

fn kept(packed: Option<&str>) -> Option<Doc> {
    KEPT.with_borrow(|kept| kept.iter().find(|doc| doc.packed == packed).copied())
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
