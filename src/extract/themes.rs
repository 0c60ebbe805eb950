//! Themes: a small built-in lexicon matched against each quote and its
//! sentence, which the sidecar can extend or replace.
//!
//! Keywords are whole words, or prefixes when they end in `*` ("emotion*"
//! matches "emotional"), compared case-insensitively. A lexicon keeps the
//! result explainable to editors ("this quote is about money because it
//! says 'salary'") and costs a few kilobytes in the wasm bundle.

use crate::extract::words::is_alnum;
use crate::id::slug;

/// One theme: id, label and keywords.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeDef {
    /// Slug id ("emotion").
    pub id: String,
    /// Display label ("Emotion").
    pub label: String,
    /// Lowercase keywords; a trailing `*` makes a prefix.
    pub keywords: Vec<String>,
}

/// An ordered set of themes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    /// Themes in display order.
    pub themes: Vec<ThemeDef>,
}

const BUILT_IN: &[(&str, &str)] = &[
    (
        "Emotion",
        "emotion* tear tears cry cried cries crying weep* sob* feel feels feeling* felt numb* joy* overjoyed upset sad* happy happiness angry anger afraid fear* scared anxious anxiety nervous proud pride shame* ashamed love loved loving heart* grief griev* hurt* lonely loneliness excite* thrill* devastat* heartbroken moved frustrat* hope hopeful hopes hoping relief relieved worried worry terrified",
    ),
    (
        "Career",
        "career* job jobs role roles work working worked hired hiring fired promot* retire* ambition* dream dreams breakthrough pursue pursuing profession* employ* colleague* boss",
    ),
    (
        "Craft",
        "act acting actor actors actress* perform* character* scene* script* rehears* directing filming shoot shooting camera lesson lessons practice practise technique* prepar* craft* writing songwrit* album* music* recording stage audition* improvis* screenplay choreograph*",
    ),
    (
        "Fame and awards",
        "award* oscar* emmy* grammy* nominat* prize* palme trophy star stars stardom famous fame celebrity hailed acclaim* contender premiere* festival* red-carpet spotlight buzz winner winning",
    ),
    (
        "Family",
        "family famil* mother mom mum father dad parent* son sons daughter* brother* sister* child children kid kids husband wife married marriage marries wedding baby grandmother grandfather grandchild*",
    ),
    (
        "Money",
        "money pay paid paying salary salaries wage* cost* price* expensive cheap afford* budget* dollar* tax taxes fund* funding invest* profit* revenue* billion* million* debt* rent* wealthy rich poor poverty privilege* economy economic* inflation",
    ),
    (
        "Politics",
        "politic* election* elect* vote* voter* voting government* president* senator* congress* parliament* minister* law lawmakers policy policies campaign* democra* republican* party mayor council* governor* legislat* bill oligarch*",
    ),
    (
        "Industry",
        "industry film films movie movies studio studios hollywood producer* streaming box-office distribut* market* compan* business* deal deals contract* executive* union* strike* ceo investor* brand* sales customers",
    ),
    (
        "Health",
        "health* hospital* doctor* nurse* patient* disease* virus* vaccine* medical medicine* mental illness sick symptom* treatment* surgery cancer drug drugs",
    ),
    (
        "Technology",
        "technolog* tech software app apps ai artificial intelligence computer* internet online digital data algorithm* robot* phone* smartphone* chip* cyber*",
    ),
    (
        "Law and crime",
        "police crime* criminal* court* judge* jury trial* lawsuit* sue* sued lawyer* attorney* prosecut* arrest* charged prison jail guilty investigat* fraud",
    ),
    (
        "Sport",
        "game games match matches team* coach* player* season* score* goal* win won championship* league* tournament* olympic* athlete* race racing equestrian horseback-riding stadium",
    ),
    (
        "Environment",
        "climate environment* emission* pollut* carbon warming flood* drought* wildfire* weather storm* energy renewable* solar wind fossil",
    ),
    (
        "Community",
        "community communities neighbor* neighbour* residents local* town city village* school* church* volunteer* public",
    ),
];

impl Lexicon {
    /// The built-in lexicon.
    pub fn built_in() -> Lexicon {
        let themes = BUILT_IN
            .iter()
            .map(|(label, words)| ThemeDef {
                id: slug(label),
                label: (*label).to_string(),
                keywords: words.split_whitespace().map(str::to_string).collect(),
            })
            .collect();
        Lexicon { themes }
    }

    /// Adds a theme, or replaces the keywords of one with the same id.
    pub fn upsert(&mut self, label: &str, keywords: &[String]) {
        let id = slug(label);
        let keywords: Vec<String> = keywords.iter().map(|k| k.to_lowercase()).collect();
        if let Some(existing) = self.themes.iter_mut().find(|t| t.id == id) {
            existing.label = label.to_string();
            existing.keywords = keywords;
        } else {
            self.themes.push(ThemeDef {
                id,
                label: label.to_string(),
                keywords,
            });
        }
    }

    /// A matcher indexing the keywords, built once per parse.
    pub fn matcher(&self) -> Matcher {
        let mut trie = Trie::default();
        for (t, theme) in self.themes.iter().enumerate() {
            for k in &theme.keywords {
                match k.strip_suffix('*') {
                    Some(prefix) if !prefix.is_empty() => {
                        let node = trie.insert(prefix.as_bytes());
                        trie.prefix[node].push(t);
                    }
                    Some(_) => {}
                    None => {
                        let node = trie.insert(k.as_bytes());
                        trie.exact[node].push(t);
                    }
                }
            }
        }
        trie.into_matcher(self.themes.len())
    }

    /// Indices of the themes whose keywords occur in `text`, in lexicon order.
    #[cfg(test)]
    pub fn matches(&self, text: &str) -> Vec<usize> {
        self.matcher().matches(text)
    }
}

/// The keyword trie while it is built: node 0 is the empty word.
struct Trie {
    children: Vec<Vec<(u8, usize)>>,
    exact: Vec<Vec<usize>>,
    prefix: Vec<Vec<usize>>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie {
            children: vec![Vec::new()],
            exact: vec![Vec::new()],
            prefix: vec![Vec::new()],
        }
    }
}

impl Trie {
    /// The node for `key`, created with its path if new.
    fn insert(&mut self, key: &[u8]) -> usize {
        let mut node = 0;
        for &b in key {
            let known = self.children[node]
                .iter()
                .find(|&&(c, _)| c == b)
                .map(|&(_, next)| next);
            node = match known {
                Some(next) => next,
                None => {
                    let next = self.children.len();
                    self.children.push(Vec::new());
                    self.exact.push(Vec::new());
                    self.prefix.push(Vec::new());
                    self.children[node].push((b, next));
                    next
                }
            };
        }
        node
    }

    /// The trie as a dense transition table over the bytes keywords use.
    fn into_matcher(self, themes: usize) -> Matcher {
        let mut column = [0u16; 256];
        let mut columns = 1;
        for &(b, _) in self.children.iter().flatten() {
            let slot = &mut column[usize::from(b)];
            if *slot == 0 {
                // At most 256 distinct bytes: the column fits.
                *slot = u16::try_from(columns).unwrap_or(u16::MAX);
                columns += 1;
            }
        }
        let mut next = vec![0u32; self.children.len() * columns];
        for (node, children) in self.children.iter().enumerate() {
            for &(b, child) in children {
                let at = node * columns + usize::from(column[usize::from(b)]);
                if let Some(slot) = next.get_mut(at) {
                    *slot = u32::try_from(child).unwrap_or(0);
                }
            }
        }
        let flags = self
            .exact
            .iter()
            .zip(&self.prefix)
            .map(|(e, p)| u8::from(!e.is_empty()) | (u8::from(!p.is_empty()) << 1))
            .collect();
        Matcher {
            themes,
            column,
            columns,
            next,
            flags,
            exact: self.exact,
            prefix: self.prefix,
        }
    }
}

/// Keyword index: a byte trie over the lowercase keywords, as a dense
/// transition table. A word is read once, most words leave the trie after a
/// byte or two, and nothing is hashed or copied.
#[derive(Debug, Clone)]
pub struct Matcher {
    #[cfg_attr(not(test), allow(dead_code))]
    themes: usize,
    /// Column of each byte in `next`; 0 for bytes no keyword uses.
    column: [u16; 256],
    columns: usize,
    /// `next[node * columns + column]`: the child node, 0 for none (the
    /// root, node 0, is nobody's child).
    next: Vec<u32>,
    /// Per node: bit 0, a keyword ends here; bit 1, a prefix keyword does.
    flags: Vec<u8>,
    exact: Vec<Vec<usize>>,
    prefix: Vec<Vec<usize>>,
}

impl Default for Matcher {
    fn default() -> Matcher {
        Trie::default().into_matcher(0)
    }
}

/// Whether `c` can be part of a word as [`Matcher::mark`] reads words.
pub fn is_word_char(c: char) -> bool {
    c == '-' || c == '’' || c == '\'' || is_alnum(c)
}

/// How the word scanner sees a byte.
const SEPARATOR: u8 = 0;
const WORD: u8 = 1;
const NON_ASCII: u8 = 2;

/// ASCII letters, digits, `-` and `'` are word bytes.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() || c == b'-' || c == b'\'' {
            WORD
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// `’` in UTF-8.
const RIGHT_QUOTE: &[u8] = "’".as_bytes();

impl Matcher {
    /// Indices of the themes whose keywords occur in `text`, in lexicon order.
    #[cfg(test)]
    pub fn matches(&self, text: &str) -> Vec<usize> {
        let mut hits = vec![false; self.themes];
        self.mark(text, &mut hits);
        hits.iter()
            .enumerate()
            .filter_map(|(i, &hit)| hit.then_some(i))
            .collect()
    }

    /// Sets `hits[t]` for every theme `t` whose keywords occur in `text`.
    ///
    /// A word is a run of letters, digits, hyphens and apostrophes, trimmed
    /// of hyphens and apostrophes, compared in lowercase, and "Baker’s"
    /// counts as "baker".
    pub fn mark(&self, text: &str, hits: &mut [bool]) {
        let mut lower = String::new();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            let mut ascii = true;
            while let Some(&b) = bytes.get(at) {
                match BYTE_CLASS[usize::from(b)] {
                    WORD => at += 1,
                    SEPARATOR => break,
                    _ => {
                        let c = text.get(at..).and_then(|rest| rest.chars().next());
                        match c {
                            Some(c) if c == '’' || is_alnum(c) => {
                                ascii = false;
                                at += c.len_utf8();
                            }
                            _ => break,
                        }
                    }
                }
            }
            if at == start {
                // A separator: step over the whole character.
                at += text
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
                continue;
            }
            let word = trim(bytes.get(start..at).unwrap_or(&[]));
            if word.is_empty() {
                continue;
            }
            if ascii {
                let base = match word {
                    [rest @ .., b'\'', b's' | b'S'] => rest,
                    _ => word,
                };
                self.walk(base.iter().map(u8::to_ascii_lowercase), hits);
            } else {
                // Trimming cut at ASCII bytes or whole `’`s: still UTF-8.
                let word = std::str::from_utf8(word).unwrap_or("");
                lower.clear();
                for c in word.chars() {
                    if c.is_ascii() || c == '’' {
                        // Their own lowercase, without the case tables.
                        lower.push(c.to_ascii_lowercase());
                    } else {
                        lower.extend(c.to_lowercase());
                    }
                }
                let base = lower
                    .strip_suffix("’s")
                    .or_else(|| lower.strip_suffix("'s"))
                    .unwrap_or(&lower);
                self.walk(base.bytes(), hits);
            }
        }
    }

    /// Follows one lowercase word down the trie: every prefix keyword on
    /// the way matches, and the keyword where the word ends.
    fn walk(&self, word: impl Iterator<Item = u8>, hits: &mut [bool]) {
        let mut node = 0;
        for b in word {
            let column = usize::from(self.column[usize::from(b)]);
            if column == 0 {
                return;
            }
            let next = self.next.get(node * self.columns + column).copied();
            node = match next {
                Some(next) if next != 0 => next as usize,
                _ => return,
            };
            if self.flags.get(node).is_some_and(|f| f & 2 != 0) {
                set(hits, self.prefix.get(node));
            }
        }
        if self.flags.get(node).is_some_and(|f| f & 1 != 0) {
            set(hits, self.exact.get(node));
        }
    }
}

fn set(hits: &mut [bool], themes: Option<&Vec<usize>>) {
    for &t in themes.map_or(&[][..], Vec::as_slice) {
        if let Some(hit) = hits.get_mut(t) {
            *hit = true;
        }
    }
}

/// Strips leading and trailing `-`, `'` and `’`.
fn trim(mut word: &[u8]) -> &[u8] {
    loop {
        word = match word {
            [b'-' | b'\'', rest @ ..] => rest,
            [rest @ .., b'-' | b'\''] => rest,
            _ if word.starts_with(RIGHT_QUOTE) => &word[RIGHT_QUOTE.len()..],
            _ if word.ends_with(RIGHT_QUOTE) => &word[..word.len() - RIGHT_QUOTE.len()],
            _ => return word,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let lexicon = Lexicon::built_in();
        let got: Vec<&str> = lexicon
            .matches(input)
            .into_iter()
            .map(|i| lexicon.themes[i].id.as_str())
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn words_and_prefixes_match() {
        check(
            "She cried on the ride home to her mother.",
            &["emotion", "family"],
        );
        check("an emotional, numbing night", &["emotion"]);
        check(
            "The film’s Cannes premiere",
            &["fame-and-awards", "industry"],
        );
        check("", &[]);
    }

    #[test]
    fn sidecar_can_replace_and_add() {
        let mut lexicon = Lexicon::built_in();
        lexicon.upsert("Emotion", &["tears".into()]);
        lexicon.upsert("Russia", &["russian*".into()]);
        let got: Vec<&str> = lexicon
            .matches("Russian tears, crying")
            .into_iter()
            .map(|i| lexicon.themes[i].id.as_str())
            .collect();
        assert_eq!(got, ["emotion", "russia"]);
    }
}
