//! Precomputed indexes over an article's quotes, and the one query the
//! explorer asks of them: given a [`ViewState`], which quotes are shown and
//! how many each filter option would give.
//!
//! Filters are OR within a group and AND across groups. Option counts are
//! disjunctive: an option's count is what the reader would get by ticking
//! it, given the other groups and the search, which is the selection
//! without its own group's constraint.

use std::collections::HashMap;

use fixedbitset::FixedBitSet;

use crate::explore::case::lowercase;
use crate::explore::search::{terms, WordIndex};
use crate::explore::sort::sort_by;
use crate::explore::view_state::{Facet, ViewState};
use crate::model::{Article, Kind, Story};

/// Indexes of one article, built once when the article is loaded.
#[derive(Debug, Clone)]
pub struct Index {
    len: usize,
    groups: [Group; 4],
    words: WordIndex,
    positions: HashMap<String, usize>,
}

/// One filter group: its options and, per option, the quotes carrying it.
#[derive(Debug, Clone, Default)]
struct Group {
    ids: Vec<String>,
    labels: Vec<String>,
    /// Labels in lowercase, the options' sort key after the count.
    sort_labels: Vec<String>,
    /// Option of each id (the first, should two share one).
    positions: HashMap<String, usize>,
    quotes: Vec<FixedBitSet>,
    /// Per quote, the options it carries (one speaker, several themes).
    of_quote: Vec<Vec<usize>>,
}

impl Group {
    fn new(len: usize, options: Vec<(String, String)>) -> Group {
        let (ids, labels) = options.into_iter().unzip::<_, _, Vec<_>, Vec<String>>();
        let mut positions = HashMap::with_capacity(ids.len());
        for (option, id) in ids.iter().enumerate() {
            positions.entry(id.clone()).or_insert(option);
        }
        Group {
            quotes: vec![FixedBitSet::with_capacity(len); ids.len()],
            sort_labels: labels.iter().map(|l| lowercase(l)).collect(),
            positions,
            ids,
            labels,
            of_quote: vec![Vec::new(); len],
        }
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }

    fn add(&mut self, quote: usize, id: &str) {
        if let Some(option) = self.position(id) {
            self.quotes[option].insert(quote);
            self.of_quote[quote].push(option);
        }
    }

    /// Quotes carrying any ticked option; `None` when nothing is ticked.
    fn constraint(&self, selected: &[String]) -> Option<FixedBitSet> {
        if selected.is_empty() {
            return None;
        }
        let mut set = FixedBitSet::with_capacity(self.of_quote.len());
        for id in selected {
            if let Some(option) = self.position(id) {
                set.union_with(&self.quotes[option]);
            }
        }
        Some(set)
    }
}

/// A filter option as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// Id used in the URL.
    pub id: String,
    /// What the checkbox says.
    pub label: String,
    /// Quotes shown if this option were ticked (disjunctive count).
    pub count: usize,
    /// Whether it is ticked.
    pub selected: bool,
}

/// The answer to one [`ViewState`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Positions (in `Article::quotes`) of the quotes shown, in reading order.
    pub quotes: Vec<usize>,
    /// Options of each group, in `Facet::ALL` order, sorted by count then
    /// label; a collection's articles newest first.
    pub options: [Vec<FacetOption>; 4],
}

impl Selection {
    /// The options of one group.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet_slot(facet)]
    }
}

/// Where `facet` is in `Facet::ALL`, and its group in `Index::groups`.
fn facet_slot(facet: Facet) -> usize {
    match facet {
        Facet::Article => 0,
        Facet::Speaker => 1,
        Facet::Theme => 2,
        Facet::Kind => 3,
    }
}

/// How the page names an article of a collection: its title (or its
/// slug) and its date.
pub fn story_label(story: &Story) -> String {
    let title = story.title();
    match &story.meta.date {
        Some(date) => format!("{title} · {date}"),
        None => title.to_owned(),
    }
}

/// How the page names a kind.
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Statement => "Statement",
        Kind::Phrase => "Phrase",
        Kind::Reported => "Reported speech",
    }
}

impl Index {
    /// Builds every index of `article`.
    pub fn new(article: &Article) -> Index {
        let len = article.quotes.len();
        let speakers = article
            .speakers
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect();
        let themes = article
            .themes
            .iter()
            .map(|t| (t.id.clone(), t.label.clone()))
            .collect();
        let kinds = Kind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), kind_label(*k).to_owned()))
            .collect();
        let stories = article
            .stories
            .iter()
            .map(|s| (s.slug.clone(), story_label(s)))
            .collect();
        let mut groups = [
            Group::new(len, stories),
            Group::new(len, speakers),
            Group::new(len, themes),
            Group::new(len, kinds),
        ];
        for (s, story) in article.stories.iter().enumerate() {
            for at in article.story_quotes(s) {
                groups[0].add(at, &story.slug);
            }
        }
        for (at, quote) in article.quotes.iter().enumerate() {
            if let Some(speaker) = &quote.speaker {
                groups[1].add(at, speaker);
            }
            for theme in &quote.themes {
                groups[2].add(at, theme);
            }
            groups[3].add(at, quote.kind.as_str());
        }
        // `Article::speaker` scans the list; thousands of speakers want a map.
        let mut names: HashMap<&str, &str> = HashMap::with_capacity(article.speakers.len());
        for speaker in &article.speakers {
            names
                .entry(speaker.id.as_str())
                .or_insert(speaker.name.as_str());
        }
        let words = WordIndex::new(article.quotes.iter().map(|quote| {
            let speaker = quote
                .speaker
                .as_deref()
                .and_then(|id| names.get(id).copied());
            [Some(quote.text.as_str()), speaker, quote.cue.as_deref()]
                .into_iter()
                .flatten()
        }));
        let positions = article
            .quotes
            .iter()
            .enumerate()
            .map(|(at, quote)| (quote.id.clone(), at))
            .collect();
        Index {
            len,
            groups,
            words,
            positions,
        }
    }

    /// Where the quote with this id is in `Article::quotes`.
    pub fn position(&self, quote_id: &str) -> Option<usize> {
        self.positions.get(quote_id).copied()
    }

    /// The quotes shown for `state` and the count of every option.
    pub fn select(&self, state: &ViewState) -> Selection {
        let search = self.words.matching(&terms(&state.query));
        let constraints: Vec<Option<FixedBitSet>> = Facet::ALL
            .iter()
            .map(|&facet| self.groups[facet_slot(facet)].constraint(&state.selected(facet)))
            .collect();
        let all = |skip: Option<usize>| {
            let mut set = FixedBitSet::with_capacity(self.len);
            set.insert_range(..);
            for (slot, constraint) in constraints.iter().enumerate() {
                if Some(slot) != skip {
                    if let Some(constraint) = constraint {
                        set.intersect_with(constraint);
                    }
                }
            }
            if let Some(search) = &search {
                set.intersect_with(search);
            }
            set
        };
        let options = [0, 1, 2, 3].map(|slot| {
            let group = &self.groups[slot];
            let facet = Facet::ALL[slot];
            let mut counts = vec![0; group.ids.len()];
            for quote in all(Some(slot)).ones() {
                for &option in &group.of_quote[quote] {
                    counts[option] += 1;
                }
            }
            let mut order: Vec<usize> = (0..group.ids.len())
                .filter(|&option| {
                    // Kinds the article never uses are noise; a ticked one stays.
                    facet != Facet::Kind
                        || group.quotes[option].count_ones(..) > 0
                        || state.is_selected(facet, &group.ids[option])
                })
                .collect();
            // Stable, so options with the same count and label keep their
            // order. A collection's articles keep theirs: newest first.
            if facet != Facet::Article {
                sort_by(&mut order, |&a, &b| {
                    counts[b]
                        .cmp(&counts[a])
                        .then_with(|| group.sort_labels[a].cmp(&group.sort_labels[b]))
                });
            }
            order
                .into_iter()
                .map(|option| FacetOption {
                    selected: state.is_selected(facet, &group.ids[option]),
                    id: group.ids[option].clone(),
                    label: group.labels[option].clone(),
                    count: counts[option],
                })
                .collect::<Vec<_>>()
        });
        Selection {
            quotes: all(None).ones().collect(),
            options,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::view_state::View;
    use crate::model::{Quote, Speaker, Theme};

    fn quote(id: &str, text: &str, speaker: Option<&str>, kind: Kind, themes: &[&str]) -> Quote {
        Quote {
            id: id.into(),
            text: text.into(),
            kind,
            speaker: speaker.map(Into::into),
            cue: speaker.map(|_| "said".into()),
            themes: themes.iter().map(|t| (*t).into()).collect(),
            ..Quote::default()
        }
    }

    fn article() -> Article {
        Article {
            quotes: vec![
                quote(
                    "a",
                    "I was holding it in",
                    Some("mikey"),
                    Kind::Statement,
                    &["emotion"],
                ),
                quote(
                    "b",
                    "becoming numb",
                    Some("mikey"),
                    Kind::Statement,
                    &["emotion", "craft"],
                ),
                quote("c", "a star is born", None, Kind::Phrase, &["fame"]),
                quote(
                    "d",
                    "work with Mikey ASAP",
                    Some("producer"),
                    Kind::Statement,
                    &["career"],
                ),
            ],
            speakers: vec![
                Speaker::new("mikey", "Mikey Madison"),
                Speaker::new("producer", "a producer"),
            ],
            themes: vec![
                Theme::new("emotion", "Emotion"),
                Theme::new("craft", "Craft"),
                Theme::new("fame", "Fame and awards"),
                Theme::new("career", "Career"),
            ],
            ..Article::default()
        }
    }

    /// Selects with `query` (a URL query string) and checks the ids shown.
    fn check(query: &str, shown: &[&str]) -> Selection {
        let article = article();
        let (state, notices) = crate::explore::url::decode(query, &article);
        assert!(notices.is_empty(), "{notices:?}");
        let selection = Index::new(&article).select(&state);
        let ids: Vec<&str> = selection
            .quotes
            .iter()
            .map(|&at| article.quotes[at].id.as_str())
            .collect();
        assert_eq!(ids, shown, "quotes for {query:?}");
        selection
    }

    fn counts(selection: &Selection, facet: Facet) -> Vec<(String, usize, bool)> {
        selection
            .options(facet)
            .iter()
            .map(|o| (o.id.clone(), o.count, o.selected))
            .collect()
    }

    #[test]
    fn no_filter_shows_everything_in_reading_order() {
        let selection = check("", &["a", "b", "c", "d"]);
        assert_eq!(
            counts(&selection, Facet::Speaker),
            [("mikey".into(), 2, false), ("producer".into(), 1, false)]
        );
        // Sorted by count, then label; unused kinds are left out.
        assert_eq!(
            counts(&selection, Facet::Theme),
            [
                ("emotion".into(), 2, false),
                ("career".into(), 1, false),
                ("craft".into(), 1, false),
                ("fame".into(), 1, false)
            ]
        );
        assert_eq!(
            counts(&selection, Facet::Kind),
            [("statement".into(), 3, false), ("phrase".into(), 1, false)]
        );
    }

    #[test]
    fn or_within_a_group_and_across_groups() {
        check("theme=craft,fame", &["b", "c"]);
        check("theme=emotion,career&speaker=producer", &["d"]);
        check("speaker=mikey&kind=phrase", &[]);
    }

    #[test]
    fn counts_are_disjunctive() {
        let selection = check("speaker=mikey", &["a", "b"]);
        // Speaker counts ignore the speaker group itself...
        assert_eq!(
            counts(&selection, Facet::Speaker),
            [("mikey".into(), 2, true), ("producer".into(), 1, false)]
        );
        // ...other groups count within Mikey's quotes; zero-count options stay.
        assert_eq!(
            counts(&selection, Facet::Theme),
            [
                ("emotion".into(), 2, false),
                ("craft".into(), 1, false),
                ("career".into(), 0, false),
                ("fame".into(), 0, false)
            ]
        );
    }

    #[test]
    fn search_covers_text_speaker_and_cue() {
        check("q=numb", &["b"]);
        check("q=madison", &["a", "b"]);
        check("q=mikey", &["a", "b", "d"]);
        check("q=produc+work", &["d"]);
        check("q=said+star", &[]);
    }

    #[test]
    fn view_and_permalink_do_not_filter() {
        check("view=article&quote=c", &["a", "b", "c", "d"]);
        let article = article();
        let index = Index::new(&article);
        assert_eq!(index.position("c"), Some(2));
        assert_eq!(index.position("zz"), None);
        assert_eq!(View::default(), View::List);
    }
}
