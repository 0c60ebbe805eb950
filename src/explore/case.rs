//! Lowercasing for search and for sorting labels.
//!
//! Natively this is Rust's own Unicode lowercasing. The page's wasm would
//! have to carry Rust's Unicode case tables for it (about 6 KB gzipped),
//! while the browser already holds the same mapping: with the
//! `host-lowercase` feature, ASCII is lowercased here and any other
//! character by the function the host registers ([`set_host`]), the
//! browser's `String.prototype.toLowerCase` in the web crate.

/// Appends the lowercase of `c` to `out`.
#[cfg(not(feature = "host-lowercase"))]
pub fn push_lower(c: char, out: &mut String) {
    out.extend(c.to_lowercase());
}

/// Appends the lowercase of `c` to `out`: ASCII here, any other character
/// through the host's function (as it is, if none was registered).
#[cfg(feature = "host-lowercase")]
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(lower) = HOST.get() {
        lower(c, out);
    } else {
        out.push(c);
    }
}

/// The lowercase of `text`.
pub fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_lower(c, &mut out);
    }
    out
}

/// How many characters the lowercase of `c` has ("İ" has two).
pub fn lower_len(c: char) -> usize {
    if c.is_ascii() {
        return 1;
    }
    let mut out = String::new();
    push_lower(c, &mut out);
    out.chars().count()
}

#[cfg(feature = "host-lowercase")]
static HOST: std::sync::OnceLock<fn(char, &mut String)> = std::sync::OnceLock::new();

/// Registers the host's lowercasing of a non-ASCII character; the first
/// registration stays.
#[cfg(feature = "host-lowercase")]
pub fn set_host(lower: fn(char, &mut String)) {
    let _ = HOST.set(lower);
}

#[cfg(test)]
mod tests {
    use super::{lower_len, lowercase};

    #[test]
    fn lowercases_like_rust_beyond_ascii() {
        // A host that lowercases as Rust does gives Rust's answers.
        #[cfg(feature = "host-lowercase")]
        super::set_host(|c, out| out.extend(c.to_lowercase()));
        for text in [
            "ÉCOLE",
            "İstanbul",
            "STRASSE ß",
            "ΣΟΦΙΑ",
            "Ærø",
            "Mikey MADISON",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
        assert_eq!(lower_len('İ'), 2);
        assert_eq!(lower_len('É'), 1);
    }
}
