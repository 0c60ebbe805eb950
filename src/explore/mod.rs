//! The explorer's model: what a view is ([`view_state`]), how it reads and
//! writes the URL ([`url`]), the per-option sets that filter quotes
//! ([`index`]), word search ([`search`]), the speaker × theme matrix
//! ([`matrix`]), who the quotes come from ([`sources`]), the windowed
//! result list's arithmetic ([`window`]), the one sort they share
//! ([`sort`]) and their lowercasing ([`case`]).
//! Browser-free, so the web crate only renders it.

pub mod case;
pub mod index;
pub mod matrix;
pub mod postings;
pub mod search;
pub mod sort;
pub mod sources;
pub mod url;
pub mod view_state;
pub mod window;
