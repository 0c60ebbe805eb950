//! An article a reader brings to the page, by pasting it, choosing a file or
//! following a link that carries it: checked, parsed and packed for its
//! links, or refused with a sentence the page can show as it is.
//!
//! The page does this work in a Web Worker (the `quotes-worker` crate), so
//! the parser stays out of the page's first load and off its main thread;
//! [`Request`] and [`Reply`] are the messages between them, sent as
//! postcard bytes (a `Uint8Array`), so the page carries no serde-to-JS
//! glue and none of the float formatting its error messages pull in.

use serde::{Deserialize, Serialize};

use crate::model::Article;
use crate::share::packed;

/// The version of the messages between the page and its worker:
/// [`Request`], [`Reply`] and the [`Article`] a reply carries, in postcard
/// bytes. Bump it when any of their shapes changes (the tests pin the
/// bytes). The worker says it when it is ready ([`ready_message`]); a page
/// that finds another (a cached worker from an older deploy, say) tells
/// the reader to reload rather than misread its replies.
pub const PROTOCOL: u32 = 1;

/// The worker's first message, once it listens: "ready:" and its
/// [`PROTOCOL`].
pub fn ready_message() -> String {
    format!("ready:{PROTOCOL}")
}

/// The protocol a worker's first message announces: `None` if the message
/// is no "ready" at all, `Some(0)` from a worker older than versions (its
/// "ready" says none).
pub fn ready_protocol(message: &str) -> Option<u32> {
    match message.strip_prefix("ready") {
        Some("") => Some(0),
        Some(rest) => rest.strip_prefix(':')?.parse().ok(),
        None => None,
    }
}

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

impl Request {
    /// The message's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The message the bytes hold, or why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Request, String> {
        postcard::from_bytes(bytes).map_err(|_| "not a request".to_owned())
    }
}

impl Reply {
    /// The message's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The message the bytes hold, or why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Reply, String> {
        postcard::from_bytes(bytes).map_err(|_| "not a reply".to_owned())
    }

    /// The id of the reply in `bytes`, read without decoding the rest: the
    /// page finds the request a reply answers before it reads the article.
    pub fn id_of(bytes: &[u8]) -> Option<u32> {
        postcard::take_from_bytes::<u32>(bytes)
            .ok()
            .map(|(id, _)| id)
    }
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

    /// The messages' bytes are pinned: the page and the worker are built
    /// apart, and a change here must change both.
    #[test]
    fn messages_cross_as_pinned_postcard_bytes() {
        let request = Request {
            id: 7,
            source: Source::Text("hi".to_owned()),
        };
        assert_eq!(request.to_bytes(), [7, 0, 2, b'h', b'i']);
        assert_eq!(Request::from_bytes(&request.to_bytes()), Ok(request));
        let link = Request {
            id: 300,
            source: Source::Link("AB".to_owned()),
        };
        assert_eq!(link.to_bytes(), [0xac, 0x02, 1, 2, b'A', b'B']);

        let ready = Reply {
            id: 300,
            result: Ok(Ready {
                packed: "p".to_owned(),
                article: vec![1, 2],
            }),
        };
        assert_eq!(ready.to_bytes(), [0xac, 0x02, 0, 1, b'p', 2, 1, 2]);
        assert_eq!(Reply::id_of(&ready.to_bytes()), Some(300));
        assert_eq!(Reply::from_bytes(&ready.to_bytes()), Ok(ready));
        let refused = Reply {
            id: 1,
            result: Err("no".to_owned()),
        };
        assert_eq!(refused.to_bytes(), [1, 1, 2, b'n', b'o']);
        assert_eq!(Reply::from_bytes(&refused.to_bytes()), Ok(refused));
    }

    #[test]
    fn the_protocol_is_pinned_with_the_articles_bytes() {
        // An article's postcard bytes change with the model's shape: then
        // bump PROTOCOL and pin the new bytes here. (A parser change that
        // reads this text otherwise changes them too: re-pin, no bump.)
        let article = read("“Yes,” Ann Lee said.\n“No,” Bo Kay said.").expect("opens");
        let bytes = postcard::to_allocvec(&article).expect("encodes");
        let fnv = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        assert_eq!(
            (PROTOCOL, bytes.len(), fnv),
            (1, 182, 0xaf2d_d345_a43f_6105)
        );
    }

    #[test]
    fn the_ready_message_says_the_protocol() {
        assert_eq!(ready_protocol(&ready_message()), Some(PROTOCOL));
        assert_eq!(ready_protocol("ready"), Some(0));
        assert_eq!(ready_protocol("ready:7"), Some(7));
        for other in ["failed", "ready:", "ready:x", "readyish", ""] {
            assert_eq!(ready_protocol(other), None, "{other:?}");
        }
    }

    #[test]
    fn broken_messages_are_refused_not_a_panic() {
        assert!(Request::from_bytes(&[]).is_err());
        assert!(Request::from_bytes(&[1, 9]).is_err());
        assert!(Reply::from_bytes(&[1, 0, 200]).is_err());
        assert_eq!(Reply::id_of(&[]), None);
    }
}
