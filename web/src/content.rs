//! The article the bundle ships with, parsed at build time by `build.rs`
//! and embedded, so the page needs no request beyond its own assets.

use quotes::Article;

/// The parsed article, as postcard bytes.
const PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/article.postcard"));

/// The embedded article. The bytes were written by this build from the same
/// types, so decoding only fails on a build mix-up; the page then says so
/// instead of going blank.
pub fn article() -> Result<Article, String> {
    postcard::from_bytes(PARSED)
        .map_err(|error| format!("The embedded article could not be read ({error})."))
}
