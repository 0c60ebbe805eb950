//! A newsroom's collection: many articles explored as one. Each article is
//! parsed alone ([`crate::parse`]), then [`merge`]d into one [`Article`]
//! holding them all, with the [`Story`] of each, which says which
//! paragraphs and quotes are its own. The articles follow one
//! another, newest first; the same person quoted in several of them is one
//! speaker; themes of the same name are one theme.
//!
//! Who is the same person: named speakers whose full names have the same
//! slug, or whose sidecar aliases of two words or more name each other
//! ("Bob Smith" for "Robert Smith"). A sidecar person's `id` overrules the
//! name: people of one name with different ids stay apart, and people of
//! different names with one id are one. A described speaker ("a producer")
//! is never the same as another article's.

use std::collections::{HashMap, HashSet};

use crate::id::{slug, Ids};
use crate::model::{Article, Meta, Speaker, Story, Theme};
use crate::Sidecar;

/// How many speakers of a collection are quoted in more than one of its
/// articles.
pub fn shared_speakers(article: &Article) -> usize {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut shared: HashSet<&str> = HashSet::new();
    for (at, quote) in article.quotes.iter().enumerate() {
        if let (Some(speaker), Some(story)) = (quote.speaker.as_deref(), article.story_of(at)) {
            if *first.entry(speaker).or_insert(story) != story {
                shared.insert(speaker);
            }
        }
    }
    shared.len()
}

/// One article of a collection, parsed, as the build found it.
#[derive(Debug, Clone)]
pub struct Member {
    /// The slug of its file's name: its id in links.
    pub slug: String,
    /// What the parser made of it.
    pub article: Article,
    /// Its sidecar, whose people say who is whom across articles.
    pub sidecar: Option<Sidecar>,
}

/// An article file of a collection, as read: `NAME.txt` and its optional
/// `NAME.toml`.
#[cfg(feature = "toml")]
#[derive(Debug, Clone)]
pub struct File {
    /// `NAME`: the slug of it is the article's id in links.
    pub name: String,
    /// The article's text.
    pub text: String,
    /// Its sidecar's text, if it has one.
    pub sidecar: Option<String>,
}

/// Parses each file and merges them ([`merge`]), with `meta` for the
/// whole. Fails on a sidecar that cannot be read, naming it; two files
/// of one slug are one article too many.
#[cfg(feature = "toml")]
pub fn build(files: Vec<File>, meta: Meta) -> Result<Article, String> {
    let mut members: Vec<Member> = Vec::with_capacity(files.len());
    for file in files {
        let sidecar = match &file.sidecar {
            Some(text) => Some(
                Sidecar::from_toml(text).map_err(|error| format!("{}.toml: {error}", file.name))?,
            ),
            None => None,
        };
        let slug = slug(&file.name);
        if members.iter().any(|m| m.slug == slug) {
            return Err(format!(
                "{}: another article's name has the same slug, {slug}",
                file.name
            ));
        }
        members.push(Member {
            article: crate::parse(&file.text, sidecar.as_ref()),
            slug,
            sidecar,
        });
    }
    Ok(merge(members, meta))
}

/// The articles of `members` as one, newest first (by their sidecars'
/// dates; undated ones last, in the order given), with `meta` for the
/// whole. Ids stay those of each article where they are unique, and get
/// a suffix (`-2`) where two articles' differ in what they name.
pub fn merge(mut members: Vec<Member>, meta: Meta) -> Article {
    // A stable sort: equal dates keep the order given.
    members.sort_by_key(|m| std::cmp::Reverse(m.article.meta.date.as_deref().and_then(date_key)));
    let people = People::new(&members);
    let mut merged = Article {
        meta,
        ..Article::default()
    };
    let mut stories = Vec::with_capacity(members.len());
    // Quote ids, handed out oldest article first: a newer quote with an
    // older one's words takes its article's slug too, so adding an
    // article never moves an older quote's permalink.
    let mut taken = Ids::default();
    let mut quote_ids: Vec<Vec<String>> = vec![Vec::new(); members.len()];
    for (m, member) in members.iter().enumerate().rev() {
        for quote in &member.article.quotes {
            let id = match taken.contains(&quote.id) {
                true => taken.unique(format!("{}-{}", quote.id, member.slug)),
                false => taken.unique(quote.id.clone()),
            };
            quote_ids[m].push(id);
        }
    }
    let mut speaker_ids = Ids::default();
    let mut theme_ids = Ids::default();
    // Merged speaker and theme positions, by key.
    let mut speakers: HashMap<SpeakerKey, usize> = HashMap::new();
    let mut themes: HashMap<String, usize> = HashMap::new();
    for (m, member) in members.into_iter().enumerate() {
        let article = member.article;
        let paragraphs = merged.paragraphs.len();
        let first_quote = merged.quotes.len();
        // This article's ids to the merged ones.
        let mut speaker_of: HashMap<&str, String> = HashMap::new();
        for (s, speaker) in article.speakers.iter().enumerate() {
            let key = people.key(m, s, speaker);
            let at = *speakers.entry(key).or_insert_with(|| {
                merged.speakers.push(Speaker {
                    id: speaker_ids.unique(speaker.id.clone()),
                    aliases: Vec::new(),
                    ..speaker.clone()
                });
                merged.speakers.len() - 1
            });
            let into = &mut merged.speakers[at];
            for name in std::iter::once(&speaker.name).chain(&speaker.aliases) {
                if *name != into.name && !into.aliases.contains(name) {
                    into.aliases.push(name.clone());
                }
            }
            if into.role.is_none() {
                into.role.clone_from(&speaker.role);
            }
            into.gender = into.gender.or(speaker.gender);
            speaker_of.insert(&speaker.id, into.id.clone());
        }
        let mut theme_of: HashMap<&str, usize> = HashMap::new();
        for theme in &article.themes {
            let at = *themes.entry(slug(&theme.label)).or_insert_with(|| {
                merged.themes.push(Theme {
                    id: theme_ids.unique(theme.id.clone()),
                    label: theme.label.clone(),
                    quotes: Vec::new(),
                });
                merged.themes.len() - 1
            });
            theme_of.insert(&theme.id, at);
        }
        for (quote, id) in article.quotes.iter().zip(std::mem::take(&mut quote_ids[m])) {
            let mut quote = quote.clone();
            quote.id = id;
            quote.paragraph += paragraphs;
            for segment in &mut quote.segments {
                segment.paragraph += paragraphs;
            }
            quote.speaker = quote
                .speaker
                .as_deref()
                .and_then(|id| speaker_of.get(id).cloned());
            let mut ids = Vec::with_capacity(quote.themes.len());
            for id in &quote.themes {
                if let Some(&at) = theme_of.get(id.as_str()) {
                    let theme = &mut merged.themes[at];
                    if !ids.contains(&theme.id) {
                        theme.quotes.push(quote.id.clone());
                        ids.push(theme.id.clone());
                    }
                }
            }
            quote.themes = ids;
            merged.quotes.push(quote);
        }
        // Each about its own file: its paragraph as that file counts it.
        for mut diagnostic in article.diagnostics {
            diagnostic.message = format!("{}: {}", member.slug, diagnostic.message);
            merged.diagnostics.push(diagnostic);
        }
        merged.paragraphs.extend(article.paragraphs);
        stories.push(Story {
            slug: member.slug,
            meta: article.meta,
            first_paragraph: paragraphs,
            first_quote,
        });
    }
    merged.stories = stories;
    merged
}

/// Who a speaker is across the collection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum SpeakerKey {
    /// A named person: the id of their group of names.
    Person(usize),
    /// A described speaker, of one article only: the article and its id.
    Described(usize, String),
}

/// A named speaker: (member, speaker) positions; the id a sidecar gives
/// them; the names (slugs) they go by in full.
type Named = ((usize, usize), Option<String>, Vec<String>);

/// The named speakers of every member, grouped into people.
struct People {
    /// The group of each (member, speaker) that is named.
    groups: HashMap<(usize, usize), usize>,
}

impl People {
    fn new(members: &[Member]) -> People {
        let mut named: Vec<Named> = Vec::new();
        for (m, member) in members.iter().enumerate() {
            for (s, speaker) in member.article.speakers.iter().enumerate() {
                if speaker.described {
                    continue;
                }
                let entry = member.sidecar.as_ref().and_then(|sidecar| {
                    sidecar.people.iter().find(|p| {
                        std::iter::once(&p.name)
                            .chain(&p.aliases)
                            .any(|name| slug(name) == slug(&speaker.name))
                    })
                });
                let mut names = vec![slug(&speaker.name)];
                let aliases = entry.map(|p| &p.aliases).into_iter().flatten();
                for alias in speaker.aliases.iter().chain(aliases) {
                    if alias.split_whitespace().count() > 1 && !names.contains(&slug(alias)) {
                        names.push(slug(alias));
                    }
                }
                named.push(((m, s), entry.and_then(|p| p.id.clone()), names));
            }
        }
        // Union by shared id, or by a shared full name where neither has
        // an id of its own.
        let mut parent: Vec<usize> = (0..named.len()).collect();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        for (at, (_, id, names)) in named.iter().enumerate() {
            match id {
                Some(id) => {
                    let first = *by_id.entry(id).or_insert(at);
                    union(&mut parent, first, at);
                }
                None => {
                    for name in names {
                        let first = *by_name.entry(name).or_insert(at);
                        union(&mut parent, first, at);
                    }
                }
            }
        }
        let groups = (0..named.len())
            .map(|at| (named[at].0, find(&mut parent, at)))
            .collect();
        People { groups }
    }

    fn key(&self, member: usize, position: usize, speaker: &Speaker) -> SpeakerKey {
        match self.groups.get(&(member, position)) {
            Some(&group) => SpeakerKey::Person(group),
            None => SpeakerKey::Described(member, speaker.id.clone()),
        }
    }
}

fn find(parent: &mut [usize], mut at: usize) -> usize {
    while parent[at] != at {
        parent[at] = parent[parent[at]];
        at = parent[at];
    }
    at
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(parent, a), find(parent, b));
    // The earlier speaker's group stays the group's name.
    parent[a.max(b)] = a.min(b);
}

/// A date as the editor wrote it, as (year, month, day) for ordering:
/// `2025-03-14`, `14 March 2025`, `March 14, 2025`, `Mar 2025`, `2025`.
/// Missing parts count as 0, so a month sorts before its days. `None`
/// when no year can be read.
pub fn date_key(date: &str) -> Option<(u32, u32, u32)> {
    let words: Vec<&str> = date
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '/' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))?
        .parse()
        .ok()?;
    let month = words.iter().find_map(|w| month(w));
    let numbers: Vec<u32> = words
        .iter()
        // "4th" too.
        .map(|w| w.trim_end_matches(char::is_alphabetic))
        .filter(|w| w.len() <= 2)
        .filter_map(|w| w.parse().ok())
        .collect();
    let (month, day) = match (month, numbers.as_slice()) {
        (Some(month), [day, ..]) => (month, *day),
        (Some(month), []) => (month, 0),
        // ISO: the year first, then month and day.
        (None, [month, day, ..]) => (*month, *day),
        (None, [month]) => (*month, 0),
        (None, []) => (0, 0),
    };
    Some((year, month.min(12), day.min(31)))
}

/// The month a word names ("March", "Mar", "mar."), 1–12.
fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let at = MONTHS.iter().position(|m| m.starts_with(&word))?;
    Some(at as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(slug: &str, text: &str, sidecar: &str) -> Member {
        let sidecar = Sidecar::from_toml(sidecar).expect("sidecar");
        Member {
            slug: slug.to_owned(),
            article: crate::parse(text, Some(&sidecar)),
            sidecar: Some(sidecar),
        }
    }

    fn speaker_names(merged: &Article) -> Vec<&str> {
        merged.speakers.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn reads_the_dates_editors_write() {
        assert_eq!(date_key("2025-03-14"), Some((2025, 3, 14)));
        assert_eq!(date_key("14 March 2025"), Some((2025, 3, 14)));
        assert_eq!(date_key("March 14, 2025"), Some((2025, 3, 14)));
        assert_eq!(date_key("Mar. 4th, 2025"), Some((2025, 3, 4)));
        assert_eq!(date_key("October 2024"), Some((2024, 10, 0)));
        assert_eq!(date_key("2024"), Some((2024, 0, 0)));
        assert_eq!(date_key("last Tuesday"), None);
        assert!(date_key("1 May 2025") > date_key("30 April 2025"));
    }

    #[test]
    fn articles_follow_one_another_newest_first_and_keep_their_own_quotes() {
        let older = member(
            "older",
            "“The bridge will open in May,” said Ann Lee.\n\nNothing else happened.",
            "date = \"2 May 2024\"",
        );
        let newer = member(
            "newer",
            "“We are ready,” said Tom Reyes.",
            "date = \"2025-01-10\"\ntitle = \"Ready\"",
        );
        let merged = merge(vec![older, newer], Meta::default());
        let slugs: Vec<&str> = merged.stories.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["newer", "older"]);
        assert_eq!(merged.stories[0].meta.title.as_deref(), Some("Ready"));
        assert_eq!(merged.paragraphs.len(), 3);
        assert_eq!(merged.story_paragraphs(1), 1..3);
        assert_eq!(merged.story_quotes(0), 0..1);
        assert_eq!(merged.quotes.len(), 2);
        let bridge = &merged.quotes[1];
        assert_eq!(merged.story_of(1), Some(1));
        assert_eq!(merged.story_of(2), None);
        // Its place points into its own article's paragraph.
        assert_eq!(
            merged.segment_text(&bridge.segments[0]),
            Some("The bridge will open in May,")
        );
        assert_eq!(
            merged.speaker_of(bridge).map(|s| s.name.as_str()),
            Some("Ann Lee")
        );
    }

    #[test]
    fn a_person_quoted_in_two_articles_is_one_speaker() {
        let a = member("a", "“Yes,” said Ann Lee.", "");
        let b = member(
            "b",
            "“No,” said Ann Lee, the mayor. She added: “Not yet.”\n\n“Maybe,” said a shopkeeper.",
            "",
        );
        let c = member("c", "“Later,” said a shopkeeper.", "");
        let merged = merge(vec![a, b, c], Meta::default());
        assert_eq!(
            speaker_names(&merged),
            ["Ann Lee", "a shopkeeper", "a shopkeeper"]
        );
        let ids: Vec<&str> = merged.speakers.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["ann-lee", "shopkeeper", "shopkeeper-2"]);
        let ann = merged.quotes.iter();
        let ann = ann.filter(|q| q.speaker.as_deref() == Some("ann-lee"));
        assert_eq!(ann.count(), 3);
        assert_eq!(shared_speakers(&merged), 1);
        // What one article says of her holds for all: her role, and the
        // "she" the first article never used.
        assert_eq!(merged.speakers[0].role.as_deref(), Some("mayor"));
        assert_eq!(
            merged.speakers[0].gender,
            Some(crate::model::Gender::Female)
        );
    }

    #[test]
    fn sidecars_merge_people_by_alias_and_split_them_by_id() {
        let a = member(
            "a",
            "“Yes,” said Robert Smith.",
            "[[people]]\nname = \"Robert Smith\"\naliases = [\"Bob Smith\"]",
        );
        let b = member("b", "“No,” said Bob Smith.", "");
        let merged = merge(vec![a, b], Meta::default());
        assert_eq!(speaker_names(&merged), ["Robert Smith"]);
        assert!(merged.speakers[0].aliases.contains(&"Bob Smith".to_owned()));

        let plumber = "[[people]]\nname = \"John Smith\"\nid = \"john-smith-plumber\"";
        let a = member("a", "“Pipes,” said John Smith.", plumber);
        let b = member("b", "“Votes,” said John Smith.", "");
        let merged = merge(vec![a, b], Meta::default());
        assert_eq!(speaker_names(&merged), ["John Smith", "John Smith"]);
        assert_ne!(merged.speakers[0].id, merged.speakers[1].id);
    }

    #[test]
    fn themes_of_one_name_are_one_theme_and_ids_stay_unique() {
        let sidecar = "replace_themes = true\n[[themes]]\nname = \"Ferry\"\nkeywords = [\"ferry\"]";
        let a = member("a", "“The ferry stays,” said Ann Lee.", sidecar);
        let b = member("b", "“The ferry stays,” said Ann Lee.", sidecar);
        let merged = merge(vec![a, b], Meta::default());
        assert_eq!(merged.themes.len(), 1);
        assert_eq!(merged.themes[0].quotes.len(), 2);
        // The same words in two articles are two quotes, with two ids:
        // the older article's keeps its own (undated: the order given, so
        // `b` counts as the older), the newer one's takes its slug too.
        let own = crate::parse("“The ferry stays,” said Ann Lee.", None);
        assert_eq!(merged.quotes[1].id, own.quotes[0].id);
        assert_eq!(merged.quotes[0].id, format!("{}-a", own.quotes[0].id));
        assert_eq!(merged.themes[0].quotes[1], merged.quotes[1].id);
    }
}
