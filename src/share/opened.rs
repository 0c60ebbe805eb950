//! An article a reader brings to the page, by pasting it, choosing a file or
//! following a link that carries it: checked, parsed and packed for its
//! links, or refused with a sentence the page can show as it is.
//!
//! The page does this work in a Web Worker (the `quotes-worker` crate), so
//! the parser stays out of the page's first load and off its main thread;
//! [`Request`] and [`Reply`] are the messages between them.

use serde::{Deserialize, Serialize};

use crate::model::Article;
use crate::share::packed;

/// What the page asks the worker to open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Echoed in the reply, to match it to the request.
    pub id: u32,
    pub source: Source,
}

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// Pasted or chosen text.
    Text(String),
    /// A link's `a=` value.
    Link(String),
}

/// The worker's answer: the article, or why it cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub result: Result<Ready, String>,
}

/// An opened article as it crosses to the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ready {
    /// The `a=` value of its links.
    pub packed: String,
    /// The [`Article`] in postcard bytes: compact, and one copy across.
    #[serde(with = "serde_bytes")]
    pub article: Vec<u8>,
}

/// An article ready to explore, with the `a=` value of its links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub article: Article,
    pub packed: String,
}

/// Checks and parses pasted or chosen text. Its links then carry
/// [`packed::pack`] of the text: the worker does the two steps apart, to
/// time each.
pub fn read(text: &str) -> Result<Article, String> {
    packed::check(text).map_err(|error| error.to_string())?;
    let article = crate::parse(text, None);
    if article.quotes.is_empty() {
        return Err(
            "No quotations were found in this text. The explorer shows words \
             in quotation marks and who said them."
                .to_owned(),
        );
    }
    Ok(article)
}

/// Opens the article a link carries (its `a=` value).
pub fn from_link(value: &str) -> Result<Opened, String> {
    let text = packed::unpack(value).map_err(|error| error.to_string())?;
    let article = crate::parse(&text, None);
    if article.quotes.is_empty() {
        return Err("The article in this link has no quotations to show.".to_owned());
    }
    Ok(Opened {
        article,
        packed: value.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "“We will rebuild,” the mayor said.\n\n“Not soon enough,” Ann Lee said.";

    #[test]
    fn text_opens_and_its_link_opens_the_same_article() {
        let article = read(ARTICLE).expect("opens");
        assert_eq!(article.quotes.len(), 2);
        let packed = packed::pack(ARTICLE);
        let opened = Opened { article, packed };
        assert_eq!(from_link(&opened.packed), Ok(opened));
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(read("  "), Err("There is no text to read.".to_owned()));
        let none = read("Nobody said a thing.").unwrap_err();
        assert!(none.starts_with("No quotations were found"), "{none}");
        let forged = from_link("AAAA").unwrap_err();
        assert!(forged.contains("not deflate data"), "{forged}");
        let quiet = from_link(&packed::pack("Nobody said a thing.")).unwrap_err();
        assert_eq!(quiet, "The article in this link has no quotations to show.");
    }
}
