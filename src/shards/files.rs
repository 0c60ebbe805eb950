//! The types of a collection's files (postcard).

use serde::{Deserialize, Serialize};

use crate::model::{Article, Gender, Meta, Story};

/// What the page's first load carries of a collection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The whole collection's title, publication and address.
    pub meta: Meta,
    /// How many quotes and articles it holds.
    pub quotes: u32,
    pub articles: u32,
    /// Per filter group, in `Facet::ALL` order: how many options it has,
    /// and its first options as the first view lists them.
    pub heads: [Head; 4],
    /// The newest articles: the first view's cards.
    pub first: Chunk,
    /// The name of the [`Directory`] file.
    pub directory: String,
}

/// A filter group as the first view shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// How many options the group has in all.
    pub options: u32,
    /// Its first options (id, label, quotes), in the order the filter
    /// panel lists them with nothing ticked.
    pub top: Vec<(String, String, u32)>,
}

/// The names of every file but the manifest, and what each covers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// The filter groups' files (`crate::index::Options`), in `Facet::ALL`
    /// order.
    pub facets: Vec<String>,
    /// The vocabulary's files (`Words`), each from its first word.
    pub words: Vec<Span>,
    /// The quote ids' files (`Ids`), each from its first id.
    pub ids: Vec<Span>,
    /// The chunks' files after the first (which the manifest holds), each
    /// from its first quote's position.
    pub chunks: Vec<(u32, String)>,
    /// Where each of those chunks starts in the collection's articles.
    pub stories: Vec<u32>,
    /// The [`Voices`] file.
    pub voices: String,
}

/// A file holding a run of sorted keys, from `first`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub first: String,
    pub file: String,
}

/// A run of the collection's sorted vocabulary, and each word's quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    pub words: Vec<String>,
    #[serde(with = "crate::explore::postings")]
    pub quotes: Vec<Vec<u32>>,
}

/// A run of the sorted quote ids, and each one's position.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ids {
    pub ids: Vec<String>,
    pub positions: Vec<u32>,
}

/// What Sources at a glance reads besides the filter groups: each
/// speaker's role and gender, in the Speaker group's order, and each
/// quote's words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voices {
    pub speakers: Vec<(Option<String>, Option<Gender>)>,
    pub words: Vec<u16>,
}

/// Whole articles of the collection, in order: an `Article` of their own
/// (paragraphs, quotes, and the speakers and themes those quotes name),
/// whose positions start at `first_quote` and `first_paragraph` in the
/// collection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chunk {
    pub first_quote: u32,
    pub first_paragraph: u32,
    /// Its articles, their positions counted in the chunk.
    pub stories: Vec<Story>,
    /// Their paragraphs and quotes, positions counted in the chunk; its
    /// `stories` are empty in the file (they are `stories` above).
    pub article: Article,
}

impl Chunk {
    /// Its quotes' positions in the collection.
    pub fn quotes(&self) -> std::ops::Range<usize> {
        let first = self.first_quote as usize;
        first..first + self.article.quotes.len()
    }
}
