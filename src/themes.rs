//! Themes: a small built-in lexicon matched against each quote and its
//! sentence, which the sidecar can extend or replace.
//!
//! Keywords are whole words, or prefixes when they end in `*` ("emotion*"
//! matches "emotional"), compared case-insensitively. A lexicon keeps the
//! result explainable to editors ("this quote is about money because it
//! says 'salary'") and costs a few kilobytes in the wasm bundle.

use crate::id::slug;
use crate::id::FastMap;

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
        let mut matcher = Matcher {
            themes: self.themes.len(),
            ..Matcher::default()
        };
        for (t, theme) in self.themes.iter().enumerate() {
            for k in &theme.keywords {
                match k.strip_suffix('*') {
                    Some(prefix) if !prefix.is_empty() => {
                        if matcher.prefixes.is_empty() {
                            matcher.prefixes = vec![Vec::new(); 256];
                        }
                        let bucket = usize::from(prefix.as_bytes()[0]);
                        if let Some(list) = matcher.prefixes.get_mut(bucket) {
                            list.push((prefix.to_string(), t));
                        }
                    }
                    Some(_) => {}
                    None => matcher.exact.entry(k.clone()).or_default().push(t),
                }
            }
        }
        matcher
    }

    /// Indices of the themes whose keywords occur in `text`, in lexicon order.
    pub fn matches(&self, text: &str) -> Vec<usize> {
        self.matcher().matches(text)
    }
}

/// Keyword index: whole words in a map, prefixes in a short list.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    themes: usize,
    exact: FastMap<String, Vec<usize>>,
    /// Prefix keywords bucketed by their first byte, so a word is only
    /// compared with the few prefixes that can match it.
    prefixes: Vec<Vec<(String, usize)>>,
}

impl Matcher {
    /// Indices of the themes whose keywords occur in `text`, in lexicon order.
    pub fn matches(&self, text: &str) -> Vec<usize> {
        let mut hits = vec![false; self.themes];
        let mut lower = String::new();
        let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '’' || c == '\'';
        for word in text.split(|c: char| !is_word(c)) {
            let word = word.trim_matches(|c| c == '-' || c == '’' || c == '\'');
            if word.is_empty() {
                continue;
            }
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            // "Baker’s" counts as "baker".
            let base = lower
                .strip_suffix("’s")
                .or_else(|| lower.strip_suffix("'s"))
                .unwrap_or(&lower);
            if let Some(themes) = self.exact.get(base) {
                for &t in themes {
                    if let Some(hit) = hits.get_mut(t) {
                        *hit = true;
                    }
                }
            }
            let bucket = base.as_bytes().first().map_or(0, |&b| usize::from(b));
            for (prefix, t) in self.prefixes.get(bucket).map_or(&[][..], Vec::as_slice) {
                if base.starts_with(prefix.as_str()) {
                    if let Some(hit) = hits.get_mut(*t) {
                        *hit = true;
                    }
                }
            }
        }
        hits.iter()
            .enumerate()
            .filter_map(|(i, &hit)| hit.then_some(i))
            .collect()
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
