//! Quote Explorer's core: article text in, quotes, speakers and themes out.
//!
//! Nothing here knows about browsers: the web crate and the `quotes` CLI are
//! thin layers over this library, so every rule is tested natively.

pub mod text;
