//! `quotes`: the editors' command line (to be filled by the parser work).
fn main() {}
