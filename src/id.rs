//! Stable, readable ids for quotes, speakers and themes.
//!
//! Ids end up in URLs and in editors' sidecar overrides, so they must not
//! change when unrelated paragraphs change, and must not depend on std's
//! `DefaultHasher` (whose output is not guaranteed across releases). A quote
//! id is a slug of its first words plus a 16-bit FNV-1a hash of its
//! normalised text.

use std::fmt::Write as _;

/// How many words of a quote go into its id.
const SLUG_WORDS: usize = 5;

/// Lowercase ASCII slug: letters and digits, words joined by `-`. Common
/// Latin accents are folded ("Zoë" → "zoe"); apostrophes vanish so "she's"
/// becomes "shes"; anything else separates words.
pub fn slug(text: &str) -> String {
    slug_words(text, usize::MAX)
}

/// Slug of at most `max_words` words.
fn slug_words(text: &str, max_words: usize) -> String {
    let mut out = String::new();
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        if matches!(c, '\'' | '’' | '‘') {
            continue;
        }
        match fold(c) {
            Some(folded) => {
                if !in_word {
                    if words == max_words {
                        break;
                    }
                    if !out.is_empty() {
                        out.push('-');
                    }
                    words += 1;
                    in_word = true;
                }
                out.push_str(folded);
            }
            None => in_word = false,
        }
    }
    out
}

/// Lowercase ASCII for a letter or digit, `None` for a separator.
fn fold(c: char) -> Option<&'static str> {
    const ASCII: [&str; 36] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h",
        "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    if c.is_ascii_alphanumeric() {
        let lower = c.to_ascii_lowercase();
        let index = match lower {
            '0'..='9' => lower as usize - '0' as usize,
            _ => lower as usize - 'a' as usize + 10,
        };
        return ASCII.get(index).copied();
    }
    let folded = match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'č' | 'Č' => "c",
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì'..='ï' | 'Ì'..='Ï' | 'ı' => "i",
        'ñ' | 'Ñ' | 'ń' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' | 'ő' => "o",
        'ù'..='ü' | 'Ù'..='Ü' | 'ű' | 'ů' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'ł' | 'Ł' => "l",
        'ś' | 'š' | 'Š' | 'Ś' => "s",
        'ź' | 'ż' | 'ž' | 'Ž' => "z",
        'ř' => "r",
        'đ' | 'ð' => "d",
        'þ' => "th",
        _ => return None,
    };
    Some(folded)
}

/// 32-bit FNV-1a: tiny, fast and identical on every platform and release.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in bytes {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// FNV-1a as a `Hasher`: short string keys hash several times faster than
/// with SipHash. The parser's maps now use the faster [`Fx`].
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The parser's map hasher: Firefox's "Fx" hash, eight bytes at a time.
/// Several times faster than [`Fnv`] on the names and ids the parser keys
/// its maps by; like it, fine for one article's trusted keys, and no map's
/// iteration order ever reaches the output.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fx(u64);

impl Fx {
    const SEED: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Fx::SEED);
    }
}

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "a" and "a\0" apart.
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A `HashMap` using [`Fx`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;

/// A `HashSet` using [`Fx`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fx>>;

/// Id for a quote: `slug-of-first-words-abcd`. The hash covers the whole
/// text normalised to its slug, so typography (curly versus straight marks,
/// spacing, case) does not change the id.
pub fn quote_id(text: &str) -> String {
    // One pass, no intermediate slug: the parser calls this once per quote,
    // so it hashes the slug as it goes and keeps only the first words.
    let mut hash: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u32::from(b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    };
    let mut head = String::with_capacity(48);
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        if matches!(c, '\'' | '’' | '‘') {
            continue;
        }
        let mut ascii = [0u8; 4];
        let folded = if c.is_ascii_alphanumeric() {
            // The common case, without `fold`'s tables.
            &*c.to_ascii_lowercase().encode_utf8(&mut ascii)
        } else if let Some(folded) = fold(c) {
            folded
        } else {
            in_word = false;
            continue;
        };
        if !in_word {
            if words > 0 {
                feed(b"-");
                if words < SLUG_WORDS {
                    head.push('-');
                }
            }
            words += 1;
            in_word = true;
        }
        feed(folded.as_bytes());
        if words <= SLUG_WORDS {
            head.push_str(folded);
        }
    }
    // Fold to 16 bits: four hex digits stay readable in a URL, and the slug
    // prefix already separates most quotes.
    let short = (hash >> 16) ^ (hash & 0xffff);
    if head.is_empty() {
        head.push_str("quote");
    }
    head.push('-');
    for shift in [12, 8, 4, 0] {
        let digit = (short >> shift) & 0xf;
        head.push(char::from_digit(digit, 16).unwrap_or('0'));
    }
    head
}

/// Hands out ids: `base`, then `base-2`, `base-3`… for repeats. Remembers
/// the next suffix per base so a thousand repeats stay linear.
#[derive(Default)]
pub struct Ids {
    taken: FastSet<String>,
    next: FastMap<String, usize>,
}

impl Ids {
    /// Whether `id` was handed out.
    pub fn contains(&self, id: &str) -> bool {
        self.taken.contains(id)
    }

    pub fn unique(&mut self, base: String) -> String {
        if !self.taken.contains(&base) {
            self.taken.insert(base.clone());
            return base;
        }
        let n = match self.next.get_mut(&base) {
            Some(n) => n,
            None => self.next.entry(base.clone()).or_insert(2),
        };
        let mut id = String::with_capacity(base.len() + 4);
        loop {
            id.clear();
            id.push_str(&base);
            // Writing to a String cannot fail.
            let _ = write!(id, "-{n}");
            *n += 1;
            if !self.taken.contains(&id) {
                self.taken.insert(id.clone());
                return id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(slug(input), expected, "slug of {input:?}");
    }

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        check("Mikey Madison", "mikey-madison");
        check("Fame & awards", "fame-awards");
        check("  she’s   d’Or ", "shes-dor");
        check("Zoë Saldaña", "zoe-saldana");
        check("", "");
        check("—", "");
    }

    #[test]
    fn fnv_matches_reference_vectors() {
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }

    #[test]
    fn quote_ids_are_readable_and_ignore_typography() {
        let id = quote_id("I was holding it in, which I had never done before,");
        assert!(id.starts_with("i-was-holding-it-in-"), "{id}");
        assert_eq!(id.len(), "i-was-holding-it-in-".len() + 4);
        assert_eq!(quote_id("What’s up?"), quote_id("what's   UP"));
        assert_ne!(quote_id("a star is born"), quote_id("a star was born"));
        assert!(quote_id("…").starts_with("quote-"));
    }

    /// The definition `quote_id` computes in one pass.
    fn reference_id(text: &str) -> String {
        let hash = fnv1a(slug(text).as_bytes());
        let short = (hash >> 16) ^ (hash & 0xffff);
        let head = slug_words(text, SLUG_WORDS);
        if head.is_empty() {
            format!("quote-{short:04x}")
        } else {
            format!("{head}-{short:04x}")
        }
    }

    #[test]
    fn quote_ids_follow_their_definition() {
        for text in [
            "",
            "—",
            "I was holding it in, which I had never done before,",
            "one two three four five",
            "one two three four five six",
            "  Zoë’s   café—naïve ß þ 日本 1999 ",
            "'tis d’Or ‘x’ a-b-c-d-e-f-g",
        ] {
            assert_eq!(quote_id(text), reference_id(text), "id of {text:?}");
        }
    }
}
