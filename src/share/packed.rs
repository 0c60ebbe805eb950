//! An article carried inside a link: its text, deflated and written in
//! base64url, as the `a=` value of the URL fragment (`#a=…`). Fragments
//! never reach a server, so a reader can share an article they opened in
//! the page without anything being uploaded.
//!
//! Everything from a link is untrusted: [`unpack`] caps the input before
//! decoding and the output while inflating, so a forged fragment (bad
//! base64, bad deflate, a decompression bomb, bytes that are not UTF-8)
//! costs at most a few hundred kilobytes and ends in an [`UnpackError`].

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// The largest article text the explorer opens, in bytes (about 30,000
/// words: a very long feature).
pub const MAX_TEXT_BYTES: usize = 200 * 1024;

/// The longest `a=` value a shared link may carry. Every current browser
/// keeps URLs of this length (Chromium 2 MB, Firefox 1 MB, Safari more
/// than 64 KB); chat apps and mail clients are the weaker link, so this is
/// a safe floor rather than a maximum.
pub const MAX_LINK_CHARS: usize = 64 * 1024;

/// The longest `a=` value [`unpack`] will read: a packed article of
/// [`MAX_TEXT_BYTES`] that did not compress at all, with room to spare.
/// Longer values are refused before any decoding.
const MAX_PACKED_CHARS: usize = MAX_TEXT_BYTES * 3 / 2;

/// Why a text cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// Nothing but white space.
    Empty,
    /// Over [`MAX_TEXT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::Empty => write!(f, "There is no text to read."),
            TextError::TooLarge { bytes } => write!(
                f,
                "This text is {}; the explorer opens articles of up to {}.",
                kilobytes(*bytes),
                kilobytes(MAX_TEXT_BYTES)
            ),
        }
    }
}

/// Why the article in a link cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnpackError {
    /// Longer than any article the explorer opens could pack to.
    TooLong,
    /// Not base64url.
    NotBase64,
    /// Not deflate data, or cut short.
    NotDeflate,
    /// Inflates to more than [`MAX_TEXT_BYTES`] (a decompression bomb).
    TooLarge,
    /// The bytes are not UTF-8 text.
    NotText,
    /// The text is empty.
    Empty,
}

impl std::fmt::Display for UnpackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = match self {
            UnpackError::TooLong => "it is longer than any article the explorer opens",
            UnpackError::NotBase64 => "it is damaged (not base64url text)",
            UnpackError::NotDeflate => "it is damaged or cut short (not deflate data)",
            UnpackError::TooLarge => "it unpacks to more text than the explorer opens",
            UnpackError::NotText => "it does not unpack to UTF-8 text",
            UnpackError::Empty => "it is empty",
        };
        write!(f, "The article in this link could not be opened: {why}.")
    }
}

/// Whether `text` can be opened: not blank, not over [`MAX_TEXT_BYTES`].
pub fn check(text: &str) -> Result<(), TextError> {
    if text.len() > MAX_TEXT_BYTES {
        Err(TextError::TooLarge { bytes: text.len() })
    } else if text.trim().is_empty() {
        Err(TextError::Empty)
    } else {
        Ok(())
    }
}

/// `text` deflated (best compression) and base64url-encoded, unpadded: the
/// `a=` value of a link. The inverse of [`unpack`].
pub fn pack(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(compress_to_vec(text.as_bytes(), 10))
}

/// The text packed in `value`, checked like [`check`] does.
pub fn unpack(value: &str) -> Result<String, UnpackError> {
    if value.len() > MAX_PACKED_CHARS {
        return Err(UnpackError::TooLong);
    }
    let deflated = URL_SAFE_NO_PAD
        .decode(value)
        .map_err(|_| UnpackError::NotBase64)?;
    let bytes =
        decompress_to_vec_with_limit(&deflated, MAX_TEXT_BYTES).map_err(|error| {
            match error.status {
                TINFLStatus::HasMoreOutput => UnpackError::TooLarge,
                _ => UnpackError::NotDeflate,
            }
        })?;
    let text = String::from_utf8(bytes).map_err(|_| UnpackError::NotText)?;
    match check(&text) {
        Ok(()) => Ok(text),
        Err(TextError::Empty) => Err(UnpackError::Empty),
        Err(TextError::TooLarge { .. }) => Err(UnpackError::TooLarge),
    }
}

/// The `a=` value of a URL fragment (with or without its `#`), if it has
/// one. Other `&`-separated pairs are left for others.
pub fn from_fragment(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .find_map(|pair| pair.strip_prefix("a="))
}

/// Whether a packed value fits in a link anyone can open.
pub fn fits_in_link(value: &str) -> bool {
    value.len() <= MAX_LINK_CHARS
}

/// `bytes` as a short size for people: "812 bytes", "1.5 KB", "64 KB",
/// "3.0 MB". Integer arithmetic: float formatting would add kilobytes of
/// code to the page.
pub fn kilobytes(bytes: usize) -> String {
    const K: usize = 1024;
    let tenths = |unit: usize| {
        let t = bytes * 10 / unit;
        format!("{}.{}", t / 10, t % 10)
    };
    match bytes {
        b if b < K => format!("{b} bytes"),
        b if b < 10 * K => format!("{} KB", tenths(K)),
        b if b < K * K => format!("{} KB", b.div_ceil(K)),
        _ => format!("{} MB", tenths(K * K)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "“I cried,” she said. ‘Really?’ — a café in Zürich 🙂.\n\nMore text.";

    #[test]
    fn packs_and_unpacks_any_text() {
        let value = pack(ARTICLE);
        assert!(value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(unpack(&value).as_deref(), Ok(ARTICLE));
    }

    #[test]
    fn prose_shrinks() {
        let text = ARTICLE.repeat(200);
        assert!(pack(&text).len() < text.len() / 4);
    }

    #[test]
    fn reads_the_value_from_a_fragment() {
        assert_eq!(from_fragment("#a=abc"), Some("abc"));
        assert_eq!(from_fragment("x=1&a=abc"), Some("abc"));
        assert_eq!(from_fragment("#a="), Some(""));
        assert_eq!(from_fragment("#results"), None);
        assert_eq!(from_fragment(""), None);
    }

    #[test]
    fn forged_values_are_refused_with_their_reason() {
        assert_eq!(unpack("not base64!"), Err(UnpackError::NotBase64));
        assert_eq!(unpack("AAAA"), Err(UnpackError::NotDeflate));
        assert_eq!(unpack(""), Err(UnpackError::NotDeflate));
        let cut = pack(ARTICLE);
        assert_eq!(unpack(&cut[..cut.len() / 2]), Err(UnpackError::NotDeflate));
        let latin1 = URL_SAFE_NO_PAD.encode(compress_to_vec(b"caf\xe9", 6));
        assert_eq!(unpack(&latin1), Err(UnpackError::NotText));
        assert_eq!(unpack(&pack("  \n ")), Err(UnpackError::Empty));
        assert_eq!(
            unpack(&"A".repeat(MAX_PACKED_CHARS + 1)),
            Err(UnpackError::TooLong)
        );
    }

    #[test]
    fn a_decompression_bomb_stops_at_the_cap() {
        // 20 MB of spaces deflate to about 20 KB: deflate tops out near 1000:1.
        let bomb = URL_SAFE_NO_PAD.encode(compress_to_vec(&vec![b' '; 20 << 20], 10));
        assert!(bomb.len() < MAX_LINK_CHARS);
        assert_eq!(unpack(&bomb), Err(UnpackError::TooLarge));
        let just_over = "x".repeat(MAX_TEXT_BYTES + 1);
        assert_eq!(unpack(&pack(&just_over)), Err(UnpackError::TooLarge));
        let at_cap = "x".repeat(MAX_TEXT_BYTES);
        assert_eq!(unpack(&pack(&at_cap)), Ok(at_cap));
    }

    #[test]
    fn checks_pasted_text() {
        assert_eq!(check(" \n\t"), Err(TextError::Empty));
        assert_eq!(
            check(&"x".repeat(MAX_TEXT_BYTES + 1)),
            Err(TextError::TooLarge {
                bytes: MAX_TEXT_BYTES + 1
            })
        );
        assert_eq!(check(ARTICLE), Ok(()));
        assert_eq!(
            TextError::TooLarge { bytes: 300 * 1024 }.to_string(),
            "This text is 300 KB; the explorer opens articles of up to 200 KB."
        );
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(kilobytes(812), "812 bytes");
        assert_eq!(kilobytes(1536), "1.5 KB");
        assert_eq!(kilobytes(64 * 1024), "64 KB");
        assert_eq!(kilobytes(3 << 20), "3.0 MB");
    }
}
