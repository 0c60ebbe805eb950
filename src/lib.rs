//! Quote Explorer's core: article text in, quotes, speakers and themes out.
//!
//! Nothing here knows about browsers or files: the web crate and the
//! `quotes` CLI are thin layers over this library, so every rule is tested
//! natively. The entry point is [`parse`]; the result is an [`Article`].
//!
//! Three parts, each a folder: `extract` (the parser's pipeline, text to
//! [`Article`]), `explore` (the explorer's model: view state, URL, index,
//! search, the speaker × theme matrix, the windowed list) and `share` (citations, articles packed into
//! links, the article reader's messages). Their modules are re-exported
//! here, so callers write `quotes::url`, not `quotes::explore::url`.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod collection;
#[cfg(feature = "eval")]
pub mod eval;
pub mod explore;
pub mod extract;
pub mod html;
pub mod id;
pub mod model;
pub mod shards;
pub mod share;
#[cfg(feature = "synth")]
pub mod synth;
pub mod theme_report;

pub use explore::{case, index, matrix, search, sort, sources, url, view_state, window};
pub use extract::parse;
pub use extract::sidecar::{self, Sidecar, SidecarError};
pub use model::{
    Article, Diagnostic, DiagnosticKind, Gender, Kind, Meta, Quote, Segment, Speaker, Story, Theme,
};
pub use share::{cite, export, opened, packed};
