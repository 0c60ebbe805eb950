//! The optional sidecar (`ARTICLE.toml`): what an editor knows that the text
//! does not say, or where the parser needs a correction.
//!
//! ```toml
//! title = "…"                     # title, author, publication, url, date
//! replace_themes = false          # true: only the themes below
//!
//! [[people]]
//! name = "Sean Baker"
//! aliases = ["Baker"]
//! role = "director"
//!
//! [[themes]]                      # first in the list; a found theme
//! name = "Russia"                 # these keywords name is merged in
//! keywords = ["russian*", "oligarch*"]
//!
//! [[themes]]
//! name = "Money"                  # a found or built-in theme to leave out
//! drop = true
//!
//! [[overrides]]
//! quote = "I need to work with"   # a quote id or a piece of its text
//! speaker = "a producer"          # or drop = true, force = true, kind, themes
//! ```
//!
//! The struct is plain serde so the web build can deserialise it from any
//! format; `from_toml` (feature `toml`, on by default) is for the CLI and
//! reports errors with their line number.

use crate::model::{Kind, Meta};
use serde::{Deserialize, Serialize};

/// Everything a sidecar may say. Unknown keys are errors, so a typo like
/// `autor` is reported instead of silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sidecar {
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Outlet.
    pub publication: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// Publication date, as written.
    pub date: Option<String>,
    /// Use only the sidecar's themes: none found in the text, none from
    /// the built-in lexicon.
    pub replace_themes: bool,
    /// People the article mentions.
    pub people: Vec<PersonEntry>,
    /// The editor's themes, shown first; each takes in the found themes
    /// its keywords name, or drops the theme it names.
    pub themes: Vec<ThemeEntry>,
    /// Corrections to the parser's output.
    pub overrides: Vec<Override>,
}

/// A person the editor names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PersonEntry {
    /// Full name ("Sean Baker").
    pub name: String,
    /// Who they are across a collection (`crate::collection`): people of
    /// one name in two articles are one person unless their ids differ,
    /// and people named differently are one if their ids are the same.
    pub id: Option<String>,
    /// Other names the article uses ("Baker").
    pub aliases: Vec<String>,
    /// Role ("director").
    pub role: Option<String>,
}

/// A theme the editor adds or redefines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeEntry {
    /// Label; its slug is the id, so "Emotion" redefines the built-in one.
    pub name: String,
    /// Words, or prefixes ending in `*`.
    pub keywords: Vec<String>,
    /// Drop the found or built-in theme of this name (or that these
    /// keywords name) instead of adding one.
    pub drop: bool,
}

/// A correction for one quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Override {
    /// Which quote: its id, or a piece of its text (first match wins). With
    /// `force`, the exact text to find in the article.
    pub quote: String,
    /// Remove the quote.
    pub drop: bool,
    /// Add the quote even though the parser did not find it.
    pub force: bool,
    /// Speaker name (a person's name or alias, or a description).
    pub speaker: Option<String>,
    /// Theme names or ids, replacing the found ones.
    pub themes: Option<Vec<String>>,
    /// Kind to set.
    pub kind: Option<Kind>,
}

impl Sidecar {
    /// The metadata part.
    pub fn meta(&self) -> Meta {
        Meta {
            title: self.title.clone(),
            author: self.author.clone(),
            publication: self.publication.clone(),
            url: self.url.clone(),
            date: self.date.clone(),
        }
    }
}

/// A sidecar that could not be read, with the 1-based line of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SidecarError {
    /// Line of the error, when known.
    pub line: Option<usize>,
    /// What is wrong, on one line.
    pub message: String,
}

impl std::fmt::Display for SidecarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for SidecarError {}

#[cfg(feature = "toml")]
impl Sidecar {
    /// Parses a TOML sidecar.
    pub fn from_toml(text: &str) -> Result<Sidecar, SidecarError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text.get(..span.start).unwrap_or(text).matches('\n').count() + 1);
            let message = e.message().trim().replace('\n', " ");
            SidecarError { line, message }
        })
    }
}

#[cfg(all(test, feature = "toml"))]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, &str>) {
        let got = Sidecar::from_toml(input);
        match (got, expected) {
            (Ok(sidecar), Ok(name)) => {
                let first = sidecar.people.first().map(|p| p.name.as_str());
                assert_eq!(first.unwrap_or(""), name);
            }
            (Err(e), Err(message)) => assert_eq!(e.to_string(), message),
            (got, expected) => panic!("{got:?} vs {expected:?}"),
        }
    }

    #[test]
    fn reads_people_themes_and_overrides() {
        check(
            "[[people]]\nname = \"Sean Baker\"\naliases = [\"Baker\"]\nrole = \"director\"\n\n[[themes]]\nname = \"Russia\"\nkeywords = [\"russian*\"]\n\n[[overrides]]\nquote = \"a star is born\"\nkind = \"phrase\"\n",
            Ok("Sean Baker"),
        );
        check("", Ok(""));
    }

    #[test]
    fn errors_name_the_line() {
        check(
            "title = \"A\"\n\nautor = \"B\"\n",
            Err("line 3: unknown field `autor`, expected one of `title`, `author`, `publication`, `url`, `date`, `replace_themes`, `people`, `themes`, `overrides`"),
        );
        let err = Sidecar::from_toml("title = \n").err();
        assert_eq!(err.and_then(|e| e.line), Some(1));
    }
}
