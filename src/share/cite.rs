//! A quote as text to paste elsewhere: plain, Markdown, or a Chicago-style
//! note. Built from the sidecar's metadata; a field the article does not
//! give is left out, never guessed.

use crate::model::{Article, Kind, Meta, Quote};

/// The shapes a copied quote can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Quote, speaker, source and link on plain lines.
    Plain,
    /// A Markdown blockquote with a linked source.
    Markdown,
    /// A Chicago-style note: "Speaker, quoted in Author, “Title,” …".
    Chicago,
}

impl Format {
    /// Every format, in the order the page offers them.
    pub const ALL: [Format; 3] = [Format::Plain, Format::Markdown, Format::Chicago];

    /// What the page calls it.
    pub fn label(self) -> &'static str {
        match self {
            Format::Plain => "Plain text",
            Format::Markdown => "Markdown",
            Format::Chicago => "Chicago citation",
        }
    }
}

/// `quote` of `article` in `format`; `permalink` is the quote's address in
/// the explorer, used where the article's own URL is unknown or as the link
/// (none for an article too long to go into a link).
pub fn cite(article: &Article, quote: &Quote, permalink: Option<&str>, format: Format) -> String {
    let speaker = quote
        .speaker
        .as_deref()
        .and_then(|id| article.speaker(id))
        .map(|s| s.name.as_str());
    let words = match quote.kind {
        Kind::Reported => quote.text.clone(),
        _ => format!("“{}”", quote.text.trim_end_matches([',', ' '])),
    };
    let said = match (speaker, quote.kind) {
        (Some(name), Kind::Reported) => format!("{name} (paraphrased)"),
        (Some(name), _) => name.to_owned(),
        (None, _) => String::new(),
    };
    let meta = work(article, quote);
    let source = source(meta);
    match format {
        Format::Plain => {
            let mut lines = vec![words];
            if !said.is_empty() {
                lines.push(format!("— {said}"));
            }
            lines.extend(source);
            lines.extend(permalink.map(str::to_owned));
            lines.join("\n")
        }
        Format::Markdown => {
            let mut lines = vec![format!("> {words}"), ">".to_owned()];
            let mut credit = Vec::new();
            if !said.is_empty() {
                credit.push(format!("**{said}**"));
            }
            credit.extend(source);
            credit.push(match permalink {
                Some(link) => format!("[Quote Explorer]({link})"),
                None => "Quote Explorer".to_owned(),
            });
            lines.push(format!("> — {}", credit.join(", ")));
            lines.join("\n")
        }
        Format::Chicago => chicago(meta, speaker, &words, permalink),
    }
}

/// A quote's cue as it reads after its speaker's name, without the name
/// again: "Okafor said" stays, "Gareth Lyle, the operations director,
/// told the meeting" becomes "the operations director, told the meeting",
/// "said Isobel Tranter" becomes "said". `None` when nothing is left.
pub fn cue_after_name<'a>(cue: &'a str, name: &str) -> Option<&'a str> {
    let trim = |s: &'a str| s.trim_matches(|c: char| c == ',' || c.is_whitespace());
    let cue = match cue
        .strip_prefix(name)
        .filter(|rest| !rest.starts_with(char::is_alphanumeric))
    {
        Some(rest) => trim(rest),
        None => cue
            .strip_suffix(name)
            .filter(|rest| rest.ends_with(' '))
            .map_or(cue, trim),
    };
    (!cue.is_empty()).then_some(cue)
}

/// The work a quote is cited from: in a collection, its own article.
fn work<'a>(article: &'a Article, quote: &Quote) -> &'a Meta {
    let story = article.story_at_paragraph(quote.paragraph);
    story.map_or(&article.meta, |story| &story.meta)
}

/// "Author, “Title,” Publication, Date", from what the sidecar gives.
fn source(meta: &Meta) -> Option<String> {
    let parts: Vec<String> = [
        meta.author.clone(),
        meta.title.as_ref().map(|t| format!("“{t}”")),
        meta.publication.clone(),
        meta.date.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// A note in the Chicago manner for a quote found in an article:
/// `“Words” Speaker, quoted in Author, “Title,” Publication, Date, URL.`
/// The title keeps its comma inside the marks, as Chicago wants.
fn chicago(meta: &Meta, speaker: Option<&str>, words: &str, permalink: Option<&str>) -> String {
    let mut source = String::new();
    if let Some(author) = &meta.author {
        source.push_str(&format!("{author}, "));
    }
    if let Some(title) = &meta.title {
        source.push_str(&format!("“{title},” "));
    }
    for part in [&meta.publication, &meta.date].into_iter().flatten() {
        source.push_str(&format!("{part}, "));
    }
    match meta.url.as_deref().or(permalink) {
        Some(url) => source.push_str(url),
        None => {
            source.truncate(source.trim_end_matches([',', ' ']).len());
            if let Some(title_end) = source.strip_suffix(",”") {
                source = format!("{title_end}”");
            }
        }
    }
    let mut note = format!("{words} ");
    match (speaker, source.is_empty()) {
        (Some(name), false) => note.push_str(&format!("{name}, quoted in {source}")),
        (Some(name), true) => note.push_str(name),
        (None, _) => note.push_str(&source),
    }
    note.truncate(note.trim_end().len());
    note.push('.');
    note
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Meta, Speaker};

    fn article(meta: Meta) -> Article {
        Article {
            meta,
            speakers: vec![Speaker {
                id: "mikey-madison".into(),
                name: "Mikey Madison".into(),
                role: Some("actress".into()),
                ..Speaker::default()
            }],
            ..Article::default()
        }
    }

    fn quote(kind: Kind, speaker: Option<&str>, text: &str) -> Quote {
        Quote {
            id: "q".into(),
            text: text.into(),
            kind,
            speaker: speaker.map(Into::into),
            ..Quote::default()
        }
    }

    const LINK: &str = "https://example.org/quotes/?quote=q";

    fn full() -> Meta {
        Meta {
            title: Some("Mikey Madison on Anora".into()),
            author: Some("Jane Doe".into()),
            publication: Some("The Magazine".into()),
            url: Some("https://magazine.example/anora".into()),
            date: Some("October 2024".into()),
        }
    }

    fn check(meta: Meta, quote: Quote, format: Format, expected: &str) {
        assert_eq!(cite(&article(meta), &quote, Some(LINK), format), expected);
    }

    #[test]
    fn plain_text_gives_quote_speaker_source_and_link() {
        check(
            full(),
            quote(Kind::Statement, Some("mikey-madison"), "I was holding it in,"),
            Format::Plain,
            "“I was holding it in”\n— Mikey Madison\nJane Doe, “Mikey Madison on Anora”, The Magazine, October 2024\nhttps://example.org/quotes/?quote=q",
        );
    }

    #[test]
    fn unknown_metadata_is_left_out_not_invented() {
        check(
            Meta::default(),
            quote(Kind::Phrase, None, "a star is born"),
            Format::Plain,
            "“a star is born”\nhttps://example.org/quotes/?quote=q",
        );
        check(
            Meta::default(),
            quote(
                Kind::Statement,
                Some("mikey-madison"),
                "I was holding it in,",
            ),
            Format::Chicago,
            "“I was holding it in” Mikey Madison, quoted in https://example.org/quotes/?quote=q.",
        );
    }

    #[test]
    fn markdown_is_a_blockquote_with_a_linked_credit() {
        check(
            Meta {
                publication: Some("The Magazine".into()),
                ..Meta::default()
            },
            quote(Kind::Statement, Some("mikey-madison"), "I need to work with Mikey Madison ASAP."),
            Format::Markdown,
            "> “I need to work with Mikey Madison ASAP.”\n>\n> — **Mikey Madison**, The Magazine, [Quote Explorer](https://example.org/quotes/?quote=q)",
        );
    }

    #[test]
    fn chicago_notes_say_quoted_in_and_prefer_the_article_url() {
        check(
            full(),
            quote(Kind::Statement, Some("mikey-madison"), "I was holding it in,"),
            Format::Chicago,
            "“I was holding it in” Mikey Madison, quoted in Jane Doe, “Mikey Madison on Anora,” The Magazine, October 2024, https://magazine.example/anora.",
        );
    }

    #[test]
    fn reported_speech_is_not_put_in_quotation_marks() {
        check(
            Meta::default(),
            quote(Kind::Reported, Some("mikey-madison"), "she’s no stranger to tears"),
            Format::Plain,
            "she’s no stranger to tears\n— Mikey Madison (paraphrased)\nhttps://example.org/quotes/?quote=q",
        );
    }

    #[test]
    fn without_a_link_the_formats_leave_it_out() {
        let said = quote(Kind::Statement, Some("mikey-madison"), "I cried");
        let bare = |format| cite(&article(Meta::default()), &said, None, format);
        assert_eq!(bare(Format::Plain), "“I cried”\n— Mikey Madison");
        assert_eq!(
            bare(Format::Markdown),
            "> “I cried”\n>\n> — **Mikey Madison**, Quote Explorer"
        );
        assert_eq!(bare(Format::Chicago), "“I cried” Mikey Madison.");
        let titled = Meta {
            title: Some("On Anora".into()),
            ..Meta::default()
        };
        assert_eq!(
            cite(&article(titled), &said, None, Format::Chicago),
            "“I cried” Mikey Madison, quoted in “On Anora”."
        );
    }

    #[test]
    fn cues_drop_the_name_they_repeat() {
        let after = |cue| cue_after_name(cue, "Gareth Lyle");
        assert_eq!(after("Lyle said"), Some("Lyle said"));
        assert_eq!(
            after("Gareth Lyle, the operations director, told the meeting"),
            Some("the operations director, told the meeting")
        );
        assert_eq!(after("Gareth Lyle admits"), Some("admits"));
        assert_eq!(after("said Gareth Lyle"), Some("said"));
        assert_eq!(after("Gareth Lyle"), None);
        // Only the whole name, at either end.
        assert_eq!(after("said Gareth Lyles"), Some("said Gareth Lyles"));
        assert_eq!(after("Gareth Lyles said"), Some("Gareth Lyles said"));
        assert_eq!(
            after("told Gareth Lyle's staff"),
            Some("told Gareth Lyle's staff")
        );
    }
}
