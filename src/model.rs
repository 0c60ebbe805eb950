//! The parsed article: the one value every front end (CLI, web UI) reads.
//!
//! These are plain serde types with no browser or file-system knowledge, so
//! the same `Article` can be printed as JSON by the CLI, shipped to the
//! browser, or compared in tests.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Publication metadata. Every field is optional and only ever comes from the
/// sidecar: the parser never guesses a title or an author from the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// Headline of the article.
    pub title: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Outlet name, e.g. "The Times".
    pub publication: Option<String>,
    /// Canonical address of the article.
    pub url: Option<String>,
    /// Publication date as written by the editor (not parsed).
    pub date: Option<String>,
}

impl Meta {
    /// "Author · Publication · Date", of what it gives; `None` if nothing.
    pub fn byline(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.author, &self.publication, &self.date]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// A whole parsed article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Metadata from the sidecar (empty without one).
    pub meta: Meta,
    /// The paragraphs, in order; every span indexes into these.
    pub paragraphs: Vec<String>,
    /// Quotes in reading order.
    pub quotes: Vec<Quote>,
    /// People (named or described) who carry at least one quote, in order of
    /// their first quote.
    pub speakers: Vec<Speaker>,
    /// Themes that carry at least one quote, in lexicon order.
    pub themes: Vec<Theme>,
    /// What the parser was unsure of; never fatal.
    pub diagnostics: Vec<Diagnostic>,
    /// The articles of a collection (`crate::collection`), newest first;
    /// empty for a single article. Not in the article's bytes: a
    /// collection's build ships them apart, so a single article's page
    /// carries no code to read them.
    #[serde(skip)]
    pub stories: Vec<Story>,
}

/// One article of a collection: its metadata, and where its paragraphs
/// and quotes start in the collection's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Its id in links (`article=`): the slug of its file's name.
    pub slug: String,
    /// What its sidecar says of it.
    pub meta: Meta,
    /// Its first paragraph's position; it runs to the next story's.
    pub first_paragraph: usize,
    /// Its first quote's position; it runs to the next story's.
    pub first_quote: usize,
}

impl Story {
    /// Its title, or its slug where its sidecar gives none.
    pub fn title(&self) -> &str {
        self.meta.title.as_deref().unwrap_or(&self.slug)
    }
}

/// What sort of quotation a quote is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Direct speech: words a person said, inside quotation marks. The
    /// default, as most quotes are.
    #[default]
    Statement,
    /// A short quoted phrase or buzz term with no speaker ("a star is born").
    Phrase,
    /// Indirect speech without marks ("admits she's no stranger to tears").
    Reported,
}

impl Kind {
    /// Every kind, in the order filters list them.
    pub const ALL: [Kind; 3] = [Kind::Statement, Kind::Phrase, Kind::Reported];

    /// The kind named by its lowercase slug ("statement"), if any.
    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == slug)
    }

    /// The lowercase name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Statement => "statement",
            Kind::Phrase => "phrase",
            Kind::Reported => "reported",
        }
    }
}

/// A byte span inside one paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Index into `Article::paragraphs`.
    pub paragraph: usize,
    /// Byte offset of the first byte of the text (after the opening mark).
    pub start: usize,
    /// Byte offset one past the last byte of the text (before the closing mark).
    pub end: usize,
}

/// One quotation.
///
/// `text` is always the segments' paragraph slices joined by [`quote_text`],
/// each slice taken exactly as written between the marks. A plain quote has
/// one segment; an interrupted quote ("I was," she said, "sure") has one per
/// piece; a quote running over several paragraphs has one per paragraph. `paragraph`, `start` and `end` repeat the first segment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Stable id: slug of the first words plus a short hash of the text.
    pub id: String,
    /// The quoted words without the marks (see the join rule above).
    pub text: String,
    /// Statement, phrase or reported speech.
    pub kind: Kind,
    /// Id of the speaker in `Article::speakers`, if one was found.
    pub speaker: Option<String>,
    /// The attribution words as written, e.g. "she said".
    pub cue: Option<String>,
    /// Ids of the themes in `Article::themes`.
    pub themes: Vec<String>,
    /// Paragraph of the first segment.
    pub paragraph: usize,
    /// Start of the first segment.
    pub start: usize,
    /// End of the first segment.
    pub end: usize,
    /// Every piece of the quote, in reading order.
    pub segments: Vec<Segment>,
}

/// Put between two pieces of a quote in one paragraph, where the attribution
/// was cut out: "I was … sure".
pub const ELLIPSIS: &str = " … ";

/// A quote's text from its pieces, each with its paragraph: pieces of one
/// paragraph are joined by [`ELLIPSIS`], a quote that runs on into the next
/// paragraph by a space.
pub fn quote_text<'a>(pieces: impl IntoIterator<Item = (usize, &'a str)>) -> String {
    let mut text = String::new();
    let mut last = None;
    for (paragraph, piece) in pieces {
        if let Some(previous) = last {
            text.push_str(if previous == paragraph { ELLIPSIS } else { " " });
        }
        text.push_str(piece);
        last = Some(paragraph);
    }
    text
}

/// Someone who is quoted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Slug of the name ("mikey-madison", "producer").
    pub id: String,
    /// Full name as first written, or the description ("a producer").
    pub name: String,
    /// Other names the article uses for this person ("Madison").
    pub aliases: Vec<String>,
    /// Role when the article or sidecar gives one ("director").
    pub role: Option<String>,
    /// True for unnamed speakers kept as described ("a producer").
    pub described: bool,
    /// Their gender where the text says it, by a pronoun that refers to
    /// them or a title; never guessed from a first name.
    pub gender: Option<Gender>,
}

/// The grammatical gender a pronoun or title gives someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// she, her, Mrs., Ms.
    Female,
    /// he, him, Mr.
    Male,
}

impl Speaker {
    /// A named speaker with no other name and no role: what a test or a
    /// hand-made article needs.
    pub fn new(id: &str, name: &str) -> Speaker {
        Speaker {
            id: id.to_owned(),
            name: name.to_owned(),
            ..Speaker::default()
        }
    }
}

/// A theme and the quotes that carry it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Slug of the label ("emotion").
    pub id: String,
    /// Human label ("Emotion").
    pub label: String,
    /// Ids of the quotes carrying this theme, in reading order.
    pub quotes: Vec<String>,
}

impl Theme {
    /// A theme carried by no quote yet: what a test or a hand-made article
    /// needs (`Index` reads the quotes' own theme ids).
    pub fn new(id: &str, label: &str) -> Theme {
        Theme {
            id: id.to_owned(),
            label: label.to_owned(),
            ..Theme::default()
        }
    }
}

/// Something the parser was unsure of. Never fatal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Paragraph index the diagnostic points at.
    pub paragraph: usize,
    /// Byte offset inside that paragraph.
    pub offset: usize,
    /// Machine-readable category.
    pub kind: DiagnosticKind,
    /// Human-readable explanation.
    pub message: String,
}

/// Categories of diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiagnosticKind {
    /// An opening mark that never closes, or a closing mark with no opening.
    UnbalancedMark,
    /// A statement for which no speaker could be found.
    NoSpeaker,
    /// A pronoun cue ("she said") with nobody fitting before it.
    UnresolvedPronoun,
    /// A sidecar override that matched no quote or text.
    UnmatchedOverride,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "paragraph {}, byte {}: {}",
            self.paragraph + 1,
            self.offset,
            self.message
        )
    }
}

impl Article {
    /// The speaker with this id.
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    /// The speaker of a quote, if it has one.
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        self.speaker(quote.speaker.as_deref()?)
    }

    /// Each quote as one line, `kind | speaker | text` (`-` for no
    /// speaker): the compact form the parser's tests and fixture files
    /// compare.
    pub fn quote_lines(&self) -> Vec<String> {
        self.quotes
            .iter()
            .map(|q| {
                let speaker = self.speaker_of(q).map_or("-", |s| s.name.as_str());
                format!("{} | {} | {}", q.kind.as_str(), speaker, q.text)
            })
            .collect()
    }

    /// The position in `stories` of the story of the quote at `quote`.
    pub fn story_of(&self, quote: usize) -> Option<usize> {
        let after = self.stories.partition_point(|s| s.first_quote <= quote);
        (quote < self.quotes.len()).then_some(after.checked_sub(1)?)
    }

    /// The story (in a collection) that paragraph `paragraph` is part of:
    /// the last to start at or before it.
    pub fn story_at_paragraph(&self, paragraph: usize) -> Option<&Story> {
        let after = self
            .stories
            .partition_point(|s| s.first_paragraph <= paragraph);
        self.stories.get(after.checked_sub(1)?)
    }

    /// The story (in a collection) whose slug is `slug`.
    pub fn story(&self, slug: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.slug == slug)
    }

    /// The paragraphs of story `at`, as positions in `paragraphs`.
    pub fn story_paragraphs(&self, at: usize) -> Range<usize> {
        let next = self.stories.get(at + 1);
        let end = next.map_or(self.paragraphs.len(), |s| s.first_paragraph);
        self.stories
            .get(at)
            .map_or(0..0, |s| s.first_paragraph..end)
    }

    /// The quotes of story `at`, as positions in `quotes`.
    pub fn story_quotes(&self, at: usize) -> Range<usize> {
        let next = self.stories.get(at + 1);
        let end = next.map_or(self.quotes.len(), |s| s.first_quote);
        self.stories.get(at).map_or(0..0, |s| s.first_quote..end)
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The text a segment points at, or `None` if it is out of range.
    pub fn segment_text(&self, segment: &Segment) -> Option<&str> {
        self.paragraphs
            .get(segment.paragraph)?
            .get(segment.start..segment.end)
    }
}
