//! The article the bundle ships with, embedded at compile time so the page
//! needs no request beyond its own assets.

/// The default article's text, one paragraph per line.
pub const ARTICLE: &str = include_str!("../../content/mikey-madison-anora.txt");
