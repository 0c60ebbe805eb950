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
use serde::{Deserialize, Serialize};

/// Indexes of one article, built once when the article is loaded.
#[derive(Debug, Clone)]
pub struct Index {
    len: usize,
    groups: [Group; 4],
    words: WordIndex,
    positions: HashMap<String, usize>,
}

/// A filter group's options, and per option the quotes carrying it: what
/// a collection's facet file holds (`quotes::shards`).
///
/// Sparse: a collection has thousands of speakers, and a bitset of every
/// quote per option took 62 MB for 1,000 articles (5,359 speakers).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// Ids used in the URL.
    pub ids: Vec<String>,
    /// What the checkboxes say.
    pub labels: Vec<String>,
    /// Per option, the positions of the quotes carrying it, ascending.
    #[serde(with = "crate::explore::postings")]
    pub quotes: Vec<Vec<u32>>,
}

impl Options {
    fn new(options: Vec<(String, String)>) -> Options {
        let (ids, labels): (Vec<String>, Vec<String>) = options.into_iter().unzip();
        Options {
            quotes: vec![Vec::new(); ids.len()],
            ids,
            labels,
        }
    }
}

/// One filter group: its options, and how to find and sort them.
#[derive(Debug, Clone, Default)]
struct Group {
    options: Options,
    /// Labels in lowercase, the options' sort key after the count.
    sort_labels: Vec<String>,
    /// Option of each id (the first, should two share one).
    positions: HashMap<String, usize>,
}

impl Group {
    fn new(options: Options) -> Group {
        let mut positions = HashMap::with_capacity(options.ids.len());
        for (option, id) in options.ids.iter().enumerate() {
            positions.entry(id.clone()).or_insert(option);
        }
        Group {
            sort_labels: options.labels.iter().map(|l| lowercase(l)).collect(),
            positions,
            options,
        }
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }

    /// Quotes carrying any ticked option; `None` when nothing is ticked.
    fn constraint(&self, len: usize, selected: &[String]) -> Option<FixedBitSet> {
        if selected.is_empty() {
            return None;
        }
        let mut set = FixedBitSet::with_capacity(len);
        for id in selected {
            if let Some(option) = self.position(id) {
                set.extend(self.options.quotes[option].iter().map(|&q| q as usize));
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

/// A quote's position as the lists hold it.
fn quote_number(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Each option's place among `ids`, by id (the first, should two share one).
fn option_numbers<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut numbers = HashMap::with_capacity(ids.len());
    for (option, id) in ids.enumerate() {
        numbers.entry(id).or_insert(option);
    }
    numbers
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
            Options::new(stories),
            Options::new(speakers),
            Options::new(themes),
            Options::new(kinds),
        ];
        for (s, quotes) in groups[0].quotes.iter_mut().enumerate() {
            quotes.extend(article.story_quotes(s).map(quote_number));
        }
        let speakers = option_numbers(article.speakers.iter().map(|s| s.id.as_str()));
        let themes = option_numbers(article.themes.iter().map(|t| t.id.as_str()));
        for (at, quote) in article.quotes.iter().enumerate() {
            let at = quote_number(at);
            let add = |group: &mut Options, option: Option<&usize>| {
                if let Some(&option) = option {
                    if group.quotes[option].last() != Some(&at) {
                        group.quotes[option].push(at);
                    }
                }
            };
            if let Some(speaker) = &quote.speaker {
                add(&mut groups[1], speakers.get(speaker.as_str()));
            }
            for theme in &quote.themes {
                add(&mut groups[2], themes.get(theme.as_str()));
            }
            let kind = Kind::ALL.iter().position(|&k| k == quote.kind);
            add(&mut groups[3], kind.as_ref());
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
            groups: groups.map(Group::new),
            words,
            positions,
        }
    }

    /// The index of a collection's facet files: filters, and search
    /// through [`Index::select_with`] (it holds no words, nor quote ids).
    pub fn from_options(len: usize, groups: [Options; 4]) -> Index {
        Index {
            len,
            groups: groups.map(Group::new),
            words: WordIndex::default(),
            positions: HashMap::new(),
        }
    }

    /// How many quotes it indexes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it indexes no quote.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether `facet` has an option `id`.
    pub fn has(&self, facet: Facet, id: &str) -> bool {
        self.groups[facet_slot(facet)].position(id).is_some()
    }

    /// Which of `facet`'s options is `id` (of the Article group: which
    /// article of the collection).
    pub fn option(&self, facet: Facet, id: &str) -> Option<usize> {
        self.groups[facet_slot(facet)].position(id)
    }

    /// The options of `facet` and their quotes.
    pub fn options(&self, facet: Facet) -> &Options {
        &self.groups[facet_slot(facet)].options
    }

    /// Its search index.
    pub fn words(&self) -> &WordIndex {
        &self.words
    }

    /// Where the quote with this id is in `Article::quotes`.
    pub fn position(&self, quote_id: &str) -> Option<usize> {
        self.positions.get(quote_id).copied()
    }

    /// The quotes shown for `state` and the count of every option.
    pub fn select(&self, state: &ViewState) -> Selection {
        self.select_with(state, self.words.matching(&terms(&state.query)))
    }

    /// [`Index::select`] with the quotes the search matched (`None`: no
    /// search) found elsewhere: in a collection's word files.
    pub fn select_with(&self, state: &ViewState, search: Option<FixedBitSet>) -> Selection {
        let constraints: Vec<Option<FixedBitSet>> = Facet::ALL
            .iter()
            .map(|&facet| {
                self.groups[facet_slot(facet)].constraint(self.len, &state.selected(facet))
            })
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
            let options = &group.options;
            let shown = all(Some(slot));
            let counts: Vec<usize> = options
                .quotes
                .iter()
                .map(|quotes| {
                    quotes
                        .iter()
                        .filter(|&&q| shown.contains(q as usize))
                        .count()
                })
                .collect();
            let mut order: Vec<usize> = (0..options.ids.len())
                .filter(|&option| {
                    // Kinds the article never uses are noise; a ticked one stays.
                    facet != Facet::Kind
                        || !options.quotes[option].is_empty()
                        || state.is_selected(facet, &options.ids[option])
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
                    selected: state.is_selected(facet, &options.ids[option]),
                    id: options.ids[option].clone(),
                    label: options.labels[option].clone(),
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
