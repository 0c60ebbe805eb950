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

use crate::explore::index::Index;
use crate::explore::url;
use crate::model::{Article, Quote};
use crate::share::{export, packed};

/// The version of the messages between the page and its worker:
/// [`Request`], [`Reply`] and the [`Article`] a reply carries, in postcard
/// bytes. Bump it when any of their shapes changes (the tests pin the
/// bytes). The worker says it when it is ready ([`ready_message`]); a page
/// that finds another (a cached worker from an older deploy, say) tells
/// the reader to reload rather than misread its replies.
pub const PROTOCOL: u32 = 4;

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

/// What the page asks of the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// Echoed in the reply, to match it to the request.
    pub id: u32,
    pub job: Job,
}

/// The worker's jobs: what the first view does not need is done there,
/// so its code is fetched only when a reader first asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Job {
    /// Open an article a reader brings.
    Open(Source),
    /// Write a view's quotes as a file to download.
    Export(ExportJob),
    /// Draw a quote's card as a PNG.
    Card(CardJob),
}

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// Pasted or chosen text.
    Text(String),
    /// A link's `a=` value.
    Link(String),
}

/// A view's quotes as a file: the page sends what it shows, the worker
/// (which carries the serialisers, so the page's first load does not)
/// finds the quotes and writes the file ([`export`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportJob {
    pub article: Held,
    /// The view's query string (`speaker=…&q=…`).
    pub query: String,
    /// The format's name ([`crate::export::Format::name`]).
    pub format: String,
    /// The explorer's address without its query, for permalinks.
    pub base: String,
}

/// A quote card to draw: the quote's id and the scheme the reader sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardJob {
    pub article: Held,
    pub quote: String,
    pub dark: bool,
}

/// The article of an export or a card, as the page holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Held {
    /// The built-in article's postcard bytes, as the page embeds them,
    /// and a collection's stories' (`Article::stories`, which the
    /// article's bytes leave out; empty for a single article).
    Built(
        #[serde(with = "serde_bytes")] Vec<u8>,
        #[serde(with = "serde_bytes")] Vec<u8>,
    ),
    /// An opened article's `a=` value: read again, it is the same article.
    Link(String),
}

/// The worker's answer, or why it cannot give one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub result: Result<Answer, String>,
}

/// What each job gives back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Opened(Ready),
    File(File),
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

/// A file to download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct File {
    pub name: String,
    pub media_type: String,
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
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

/// Writes the quotes an export job's view shows, all of them (not only
/// those on screen), as its file; permalinks carry an opened article, if
/// its link can.
pub fn export(job: &ExportJob) -> Result<File, String> {
    let format = export::Format::from_name(&job.format)
        .ok_or_else(|| format!("There is no {:?} format to download.", job.format))?;
    let (article, packed) = job.article.read()?;
    let (view, _) = url::decode(&job.query, &article);
    let shown = Index::new(&article).select(&view).quotes;
    let shareable = packed.is_none_or(packed::fits_in_link);
    let permalink =
        |quote: &Quote| shareable.then(|| export::permalink(&job.base, &article, quote, packed));
    let quotes = shown.iter().filter_map(|&i| article.quotes.get(i));
    Ok(File {
        name: export::file_name(&article, &view, format),
        media_type: format.media_type().to_owned(),
        bytes: export::write(&article, &view, quotes, &permalink, format).into_bytes(),
    })
}

impl Held {
    /// An article the page holds whole, as [`Held::read`] reads it back:
    /// a big collection's chunk, or a download's quotes gathered from
    /// their chunks.
    pub fn article(article: &Article) -> Held {
        Held::Built(
            postcard::to_allocvec(article).unwrap_or_default(),
            postcard::to_allocvec(&article.stories).unwrap_or_default(),
        )
    }

    /// The article, and its `a=` value if it was opened.
    pub fn read(&self) -> Result<(Article, Option<&str>), String> {
        match self {
            Held::Built(bytes, stories) => {
                let unread =
                    |error: postcard::Error| format!("The article could not be read ({error}).");
                let mut article: Article = postcard::from_bytes(bytes).map_err(unread)?;
                if !stories.is_empty() {
                    article.stories = postcard::from_bytes(stories).map_err(unread)?;
                }
                Ok((article, None))
            }
            Held::Link(value) => Ok((from_link(value)?.article, Some(value.as_str()))),
        }
    }
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
            job: Job::Open(Source::Text("hi".to_owned())),
        };
        assert_eq!(request.to_bytes(), [7, 0, 0, 2, b'h', b'i']);
        assert_eq!(Request::from_bytes(&request.to_bytes()), Ok(request));
        let link = Request {
            id: 300,
            job: Job::Open(Source::Link("AB".to_owned())),
        };
        assert_eq!(link.to_bytes(), [0xac, 0x02, 0, 1, 2, b'A', b'B']);
        let export = Request {
            id: 1,
            job: Job::Export(ExportJob {
                article: Held::Built(vec![9], Vec::new()),
                query: "q".to_owned(),
                format: "csv".to_owned(),
                base: "b".to_owned(),
            }),
        };
        // The article's bytes, then its stories' (none).
        let bytes = [1, 1, 0, 1, 9, 0, 1, b'q', 3, b'c', b's', b'v', 1, b'b'];
        assert_eq!(export.to_bytes(), bytes);
        assert_eq!(Request::from_bytes(&bytes), Ok(export));

        let card = Request {
            id: 1,
            job: Job::Card(CardJob {
                article: Held::Link("L".to_owned()),
                quote: "q".to_owned(),
                dark: true,
            }),
        };
        assert_eq!(card.to_bytes(), [1, 2, 1, 1, b'L', 1, b'q', 1]);
        assert_eq!(Request::from_bytes(&card.to_bytes()), Ok(card));

        let ready = Reply {
            id: 300,
            result: Ok(Answer::Opened(Ready {
                packed: "p".to_owned(),
                article: vec![1, 2],
            })),
        };
        assert_eq!(ready.to_bytes(), [0xac, 0x02, 0, 0, 1, b'p', 2, 1, 2]);
        assert_eq!(Reply::id_of(&ready.to_bytes()), Some(300));
        assert_eq!(Reply::from_bytes(&ready.to_bytes()), Ok(ready));
        let file = Reply {
            id: 2,
            result: Ok(Answer::File(File {
                name: "n".to_owned(),
                media_type: "t".to_owned(),
                bytes: vec![b'x'],
            })),
        };
        assert_eq!(file.to_bytes(), [2, 0, 1, 1, b'n', 1, b't', 1, b'x']);
        assert_eq!(Reply::from_bytes(&file.to_bytes()), Ok(file));
        let refused = Reply {
            id: 1,
            result: Err("no".to_owned()),
        };
        assert_eq!(refused.to_bytes(), [1, 1, 2, b'n', b'o']);
        assert_eq!(Reply::from_bytes(&refused.to_bytes()), Ok(refused));
    }

    /// An export job for `article` held as the page holds it.
    fn job(article: Held, query: &str, format: &str) -> ExportJob {
        ExportJob {
            article,
            query: query.to_owned(),
            format: format.to_owned(),
            base: "https://example.org/q/".to_owned(),
        }
    }

    #[test]
    fn an_export_writes_every_quote_the_view_shows() {
        let article = read(ARTICLE).expect("opens");
        let bytes = postcard::to_allocvec(&article).expect("encodes");
        let all = export(&job(
            Held::Built(bytes.clone(), Vec::new()),
            "",
            "jsonl-or-not",
        ));
        assert_eq!(
            all,
            Err("There is no \"jsonl-or-not\" format to download.".to_owned())
        );
        let speaker = article.quotes[1].speaker.clone().expect("a speaker");
        let file = export(&job(
            Held::Built(bytes, Vec::new()),
            &format!("speaker={speaker}"),
            "csv",
        ))
        .expect("a file");
        assert_eq!(file.name, format!("article-quotes-speaker-{speaker}.csv"));
        assert_eq!(file.media_type, "text/csv;charset=utf-8");
        let text = String::from_utf8(file.bytes).expect("UTF-8");
        assert_eq!(
            text.lines().count(),
            2,
            "the header and the one quote shown"
        );
        let permalink = format!("https://example.org/q/?quote={}", article.quotes[1].id);
        assert!(text.contains(&format!("\"{permalink}\"")), "{text}");
        // An opened article's permalinks carry it.
        let packed = packed::pack(ARTICLE);
        let file = export(&job(Held::Link(packed.clone()), "", "markdown")).expect("a file");
        let text = String::from_utf8(file.bytes).expect("UTF-8");
        assert!(text.contains(&format!("?quote={}#a={packed})", article.quotes[0].id)));
        assert_eq!(text.matches("> — ").count(), 2);
        let broken = export(&job(Held::Built(vec![1, 2, 3], Vec::new()), "", "csv")).unwrap_err();
        assert!(
            broken.starts_with("The article could not be read"),
            "{broken}"
        );
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
            (4, 184, 0xabbe_7877_b0ff_9cf7)
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
