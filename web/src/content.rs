//! The articles the page can show: the one the bundle ships with (parsed at
//! build time by `build.rs` and embedded, so the first view needs no
//! parsing), and any a reader opens by pasting text, choosing a file or
//! following a link that carries one (`#a=…`), parsed here in the wasm.
//!
//! Each article is parsed and indexed once and kept for the page's life, so
//! Back and Forward between articles are instant and components can borrow
//! it as `&'static`. Opened articles are capped at
//! [`quotes::packed::MAX_TEXT_BYTES`], which bounds what each one keeps.

use std::cell::RefCell;

use quotes::index::Index;
use quotes::packed;
use quotes::Article;

/// The parsed article, as postcard bytes.
const PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/article.postcard"));

/// An article ready to explore.
#[derive(Debug, Clone, Copy)]
pub struct Doc {
    pub article: &'static Article,
    pub index: &'static Index,
    /// The `a=` value of its links; `None` for the built-in article.
    pub packed: Option<&'static str>,
}

impl Doc {
    /// Indexes `article` and keeps it for the page's life.
    pub fn new(article: Article, packed: Option<String>) -> Doc {
        let article: &'static Article = Box::leak(Box::new(article));
        Doc {
            article,
            index: Box::leak(Box::new(Index::new(article))),
            packed: packed.map(|p| &*Box::leak(p.into_boxed_str())),
        }
    }

    /// [`Doc::new`], found again by [`kept`] when the same article returns.
    fn keep(article: Article, packed: Option<String>) -> Doc {
        let doc = Doc::new(article, packed);
        KEPT.with_borrow_mut(|kept| kept.push(doc));
        doc
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
    let article = postcard::from_bytes(PARSED)
        .map_err(|error| format!("The embedded article could not be read ({error})."))?;
    Ok(Doc::keep(article, None))
}

/// The built-in article, for the prerender and tests.
pub fn article() -> Result<Article, String> {
    builtin().map(|doc| doc.article.clone())
}

/// The article a link carries in its fragment.
pub fn from_link(value: &str) -> Result<Doc, String> {
    if let Some(doc) = kept(Some(value)) {
        return Ok(doc);
    }
    let text = packed::unpack(value).map_err(|error| error.to_string())?;
    let article = timed_parse(&text);
    if article.quotes.is_empty() {
        return Err("The article in this link has no quotations to show.".to_owned());
    }
    Ok(Doc::keep(article, Some(value.to_owned())))
}

/// An article a reader pasted or chose, with a message for the reader if
/// it cannot be opened.
pub fn from_text(text: &str) -> Result<Doc, String> {
    packed::check(text).map_err(|error| error.to_string())?;
    let value = packed::pack(text);
    if let Some(doc) = kept(Some(&value)) {
        return Ok(doc);
    }
    let article = timed_parse(text);
    if article.quotes.is_empty() {
        return Err(
            "No quotations were found in this text. The explorer shows words \
                    in quotation marks and who said them."
                .to_owned(),
        );
    }
    Ok(Doc::keep(article, Some(value)))
}

/// Parses `text`, leaving a `quotes:parse` performance measure for the
/// benchmarks to read.
fn timed_parse(text: &str) -> Article {
    let performance = leptos::prelude::window().performance();
    if let Some(p) = &performance {
        let _ = p.mark("quotes:parse-start");
    }
    let article = quotes::parse(text, None);
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark("quotes:parse", "quotes:parse-start");
    }
    article
}
