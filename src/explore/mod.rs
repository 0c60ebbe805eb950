//! The explorer's model: what a view is ([`view_state`]), how it reads and
//! writes the URL ([`url`]), the per-option sets that filter quotes
//! ([`index`]), word search ([`search`]) and the windowed result list's
//! arithmetic ([`window`]), and the one sort they share ([`sort`]).
//! Browser-free, so the web crate only renders it.

pub mod index;
pub mod search;
pub mod sort;
pub mod url;
pub mod view_state;
pub mod window;
