//! Quote Explorer's core: article text in, quotes, speakers and themes out.
//!
//! Nothing here knows about browsers or files: the web crate and the
//! `quotes` CLI are thin layers over this library, so every rule is tested
//! natively. The entry point is [`parse`]; the result is an [`Article`].
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod attribution;
pub mod cite;
pub mod id;
pub mod index;
pub mod marks;
pub mod model;
pub mod opened;
pub mod packed;
pub mod parse;
pub mod people;
pub mod search;
pub mod sentences;
pub mod sidecar;
pub mod synth;
pub mod text;
pub mod themes;
pub mod url;
pub mod view_state;
pub mod window;
pub mod words;

pub use model::{Article, Diagnostic, DiagnosticKind, Kind, Meta, Quote, Segment, Speaker, Theme};
pub use parse::parse;
pub use sidecar::{Sidecar, SidecarError};
