//! A merged collection cut into its files (build time).

use std::collections::HashMap;
use std::hash::Hasher;

use serde::Serialize;

use crate::explore::index::Index;
use crate::explore::sources;
use crate::explore::view_state::{Facet, ViewState};
use crate::id::Fnv;
use crate::model::{Article, Story, Theme};
use crate::shards::files::{Chunk, Directory, Head, Ids, Manifest, Span, Voices, Words};

/// Quotes the first chunk holds at least (its whole articles): a first
/// screenful of cards.
const FIRST_QUOTES: usize = 20;
/// Quotes each later chunk holds at least, in whole articles: a few
/// screenfuls, about 40 KB of postcard (15 KB gzipped) of news prose.
const CHUNK_QUOTES: usize = 200;
/// Bytes of postcard a words or ids file holds at most (bar one word):
/// a search fetches little, and a one-letter one not the whole vocabulary.
const RUN_BYTES: usize = 64 * 1024;
/// Options of each filter group the manifest lists.
const HEAD_OPTIONS: usize = 20;

/// A collection's files: the manifest, and every other file by name.
#[derive(Debug, Clone, Default)]
pub struct Site {
    pub manifest: Manifest,
    pub files: Vec<(String, Vec<u8>)>,
}

impl Site {
    /// Adds `value` as a file named for `family`, `number` and its bytes'
    /// hash, and gives that name.
    fn add<T: Serialize>(&mut self, family: &str, number: usize, value: &T) -> String {
        let bytes = encode(value);
        let mut hash = Fnv::default();
        hash.write(&bytes);
        let name = format!("{family}-{number}-{:012x}.postcard", hash.finish() >> 16);
        self.files.push((name.clone(), bytes));
        name
    }
}

/// The postcard bytes of `value`; the types written here always encode.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).unwrap_or_default()
}

/// Cuts `article`, a merged collection (`crate::collection::merge`), into
/// its files.
pub fn split(article: &Article) -> Site {
    let index = Index::new(article);
    let mut site = Site::default();
    let facets = Facet::ALL
        .iter()
        .enumerate()
        .map(|(n, &facet)| site.add("facet", n, index.options(facet)))
        .collect();
    let words = words(&index)
        .iter()
        .enumerate()
        .map(|(n, run)| Span {
            first: run.words.first().cloned().unwrap_or_default(),
            file: site.add("words", n, run),
        })
        .collect();
    let ids = ids(article)
        .iter()
        .enumerate()
        .map(|(n, run)| Span {
            first: run.ids.first().cloned().unwrap_or_default(),
            file: site.add("ids", n, run),
        })
        .collect();
    let mut chunks = chunks(article).into_iter();
    let first = chunks.next().unwrap_or_default();
    let mut story = first.stories.len();
    let (chunks, stories) = chunks
        .enumerate()
        .map(|(n, chunk)| {
            let first_story = count(story);
            story += chunk.stories.len();
            let name = site.add("chunk", n + 1, &chunk);
            ((chunk.first_quote, name), first_story)
        })
        .unzip();
    let voices = site.add("voices", 0, &voices(article));
    let directory = Directory {
        facets,
        words,
        ids,
        chunks,
        stories,
        voices,
    };
    let directory = site.add("directory", 0, &directory);
    let shown = index.select(&ViewState::default());
    let heads = shown.options.map(|options| Head {
        options: count(options.len()),
        top: options
            .into_iter()
            .take(HEAD_OPTIONS)
            .map(|o| (o.id, o.label, count(o.count)))
            .collect(),
    });
    site.manifest = Manifest {
        meta: article.meta.clone(),
        quotes: count(article.quotes.len()),
        articles: count(article.stories.len()),
        heads,
        first,
        directory,
    };
    site
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The vocabulary in runs of at most [`RUN_BYTES`] (bar a word alone).
fn words(index: &Index) -> Vec<Words> {
    let (words, quotes) = index.words().parts();
    let mut runs = vec![Words::default()];
    let mut bytes = 0;
    for (word, quotes) in words.iter().zip(quotes) {
        // About what the word and its quotes' gaps take in postcard.
        let size = word.len() + 1 + quotes.len() * 2;
        if bytes + size > RUN_BYTES && bytes > 0 {
            runs.push(Words::default());
            bytes = 0;
        }
        bytes += size;
        if let Some(run) = runs.last_mut() {
            run.words.push(word.clone());
            run.quotes.push(quotes.clone());
        }
    }
    runs.retain(|run| !run.words.is_empty());
    runs
}

/// The quote ids, sorted, in runs of at most [`RUN_BYTES`].
fn ids(article: &Article) -> Vec<Ids> {
    let mut sorted: Vec<(&str, usize)> = article
        .quotes
        .iter()
        .enumerate()
        .map(|(at, q)| (q.id.as_str(), at))
        .collect();
    sorted.sort_unstable();
    let mut runs = vec![Ids::default()];
    let mut bytes = 0;
    for (id, at) in sorted {
        let size = id.len() + 4;
        if bytes + size > RUN_BYTES && bytes > 0 {
            runs.push(Ids::default());
            bytes = 0;
        }
        bytes += size;
        if let Some(run) = runs.last_mut() {
            run.ids.push(id.to_owned());
            run.positions.push(count(at));
        }
    }
    runs.retain(|run| !run.ids.is_empty());
    runs
}

/// The speakers' roles and genders and the quotes' words.
fn voices(article: &Article) -> Voices {
    Voices {
        speakers: (article.speakers.iter())
            .map(|s| (s.role.clone(), s.gender))
            .collect(),
        words: (article.quotes.iter())
            .map(|q| u16::try_from(sources::words(&q.text)).unwrap_or(u16::MAX))
            .collect(),
    }
}

/// The articles in chunks: the first of at least [`FIRST_QUOTES`] quotes,
/// the others of at least [`CHUNK_QUOTES`], each of whole articles.
fn chunks(article: &Article) -> Vec<Chunk> {
    let places = Places::of(article);
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut quotes = 0;
    for story in 0..article.stories.len() {
        quotes += article.story_quotes(story).len();
        let wanted = if chunks.is_empty() {
            FIRST_QUOTES
        } else {
            CHUNK_QUOTES
        };
        if quotes >= wanted || story + 1 == article.stories.len() {
            chunks.push(chunk(article, &places, start..story + 1));
            start = story + 1;
            quotes = 0;
        }
    }
    chunks
}

/// Where each speaker and theme is in the collection's lists, by id.
struct Places<'a> {
    speakers: HashMap<&'a str, usize>,
    themes: HashMap<&'a str, usize>,
}

impl<'a> Places<'a> {
    fn of(article: &'a Article) -> Places<'a> {
        fn places(ids: Vec<&str>) -> HashMap<&str, usize> {
            let mut map = HashMap::with_capacity(ids.len());
            for (at, id) in ids.into_iter().enumerate() {
                map.entry(id).or_insert(at);
            }
            map
        }
        Places {
            speakers: places(article.speakers.iter().map(|s| s.id.as_str()).collect()),
            themes: places(article.themes.iter().map(|t| t.id.as_str()).collect()),
        }
    }
}

/// The stories at `stories`, as a chunk.
fn chunk(article: &Article, places: &Places, stories: std::ops::Range<usize>) -> Chunk {
    let first = &article.stories[stories.start];
    let (first_quote, first_paragraph) = (first.first_quote, first.first_paragraph);
    let end = |at: usize| article.stories.get(at);
    let quote_end = end(stories.end).map_or(article.quotes.len(), |s| s.first_quote);
    let paragraph_end = end(stories.end).map_or(article.paragraphs.len(), |s| s.first_paragraph);
    let mut quotes = article.quotes[first_quote..quote_end].to_vec();
    for quote in &mut quotes {
        quote.paragraph -= first_paragraph;
        for segment in &mut quote.segments {
            segment.paragraph -= first_paragraph;
        }
    }
    // The speakers and themes its quotes name, in the collection's order;
    // each theme with its quotes in the chunk, not the collection's.
    let mut speakers: Vec<usize> = quotes
        .iter()
        .filter_map(|q| places.speakers.get(q.speaker.as_deref()?).copied())
        .collect();
    speakers.sort_unstable();
    speakers.dedup();
    let mut themes: Vec<(usize, &str)> = quotes
        .iter()
        .flat_map(|q| {
            q.themes
                .iter()
                .filter_map(|t| Some((*places.themes.get(t.as_str())?, q.id.as_str())))
        })
        .collect();
    // Stable: each theme's quotes stay in reading order.
    themes.sort_by_key(|&(theme, _)| theme);
    let mut chunk_themes: Vec<Theme> = Vec::new();
    for (theme, id) in themes {
        let Some(whole) = article.themes.get(theme) else {
            continue;
        };
        match chunk_themes.last_mut() {
            Some(last) if last.id == whole.id => last.quotes.push(id.to_owned()),
            _ => chunk_themes.push(Theme {
                quotes: vec![id.to_owned()],
                ..Theme::new(&whole.id, &whole.label)
            }),
        }
    }
    let part = Article {
        meta: article.meta.clone(),
        paragraphs: article.paragraphs[first_paragraph..paragraph_end].to_vec(),
        speakers: speakers
            .into_iter()
            .filter_map(|at| article.speakers.get(at).cloned())
            .collect(),
        themes: chunk_themes,
        quotes,
        diagnostics: Vec::new(),
        stories: Vec::new(),
    };
    Chunk {
        first_quote: count(first_quote),
        first_paragraph: count(first_paragraph),
        stories: article.stories[stories]
            .iter()
            .map(|s| Story {
                first_quote: s.first_quote - first_quote,
                first_paragraph: s.first_paragraph - first_paragraph,
                ..s.clone()
            })
            .collect(),
        article: part,
    }
}
