//! Quote Explorer's browser front end: a thin Leptos layer over the `quotes`
//! core. Components only render what the core computed; the rules live there.

// SSR (the prerender) nests view types deeper than the default limit.
#![recursion_limit = "256"]

mod app;
pub mod content;
pub mod embed;
pub mod explorer;
pub mod extra;
pub mod listen;
pub mod location;
pub mod lower;
pub mod perf;
pub mod reader;
pub mod share;
#[cfg(sharded)]
pub mod shelf;
pub mod startup;
pub mod takeover;
pub mod ui;

pub use app::{App, Page};
