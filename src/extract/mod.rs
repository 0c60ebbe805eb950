//! The parser: article text (and an optional sidecar) in, [`Article`] out.
//!
//! [`pipeline`] runs the stages in order; each stage is a module of its own:
//! paragraphs ([`text`]), quote marks ([`marks`]), [`sentences`], tokens
//! ([`words`]), cues and reported speech ([`attribution`]), people and their
//! mentions ([`people`]), who said each quote ([`resolve`]), [`themes`], and the editor's [`sidecar`].
//! The closed word classes those rules test words against are data in
//! [`lexicon`].
//!
//! [`Article`]: crate::Article

pub(crate) mod attribution;
pub(crate) mod given_names;
pub(crate) mod lexicon;
pub(crate) mod marks;
pub(crate) mod people;
pub mod pipeline;
pub(crate) mod resolve;
pub(crate) mod sentences;
pub mod sidecar;
pub(crate) mod table;
pub(crate) mod text;
pub(crate) mod themes;
pub(crate) mod topics;
pub(crate) mod word_frequency;
pub(crate) mod words;

pub use pipeline::parse;
