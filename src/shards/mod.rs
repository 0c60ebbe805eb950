//! A collection as static files: what the page carries in its first load
//! (a [`Manifest`]) and the files it fetches when it needs them, each
//! named by a hash of what it holds, so a host may cache it for ever.
//!
//! ```text
//! manifest (in the page)  counts, each filter's first options, the newest
//!                         articles (the first view), the directory's name
//! directory-….postcard    every other file's name, and what it covers
//! facet-N-….postcard      one filter group: its options and their quotes
//! words-N-….postcard      a run of the sorted vocabulary and its quotes,
//!                         so a search fetches only the runs its words
//!                         start in (Pagefind's idea)
//! ids-N-….postcard        a run of the sorted quote ids and their places
//! chunk-N-….postcard      whole articles, with their paragraphs, quotes,
//!                         speakers and themes: what cards and the article
//!                         view show
//! voices-0-….postcard     each speaker's role and gender, each quote's
//!                         words: what Sources reads besides the groups
//! ```
//!
//! [`split`](split::split) writes them at build time; a [`Catalog`] is what
//! the page has of them, which files a view still needs, and the view's
//! [`Selection`](crate::index::Selection) once they are in: the same
//! answer `Index::select` gives over the whole collection.

pub mod catalog;
pub mod files;
pub mod gather;
pub mod split;

pub use catalog::{Catalog, Need, KEPT_CHUNKS};
pub use files::{Chunk, Directory, Head, Manifest, Span};
pub use gather::Gathering;
pub use split::{split, Site};
