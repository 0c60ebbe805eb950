//! The quotes of a view as a file to take away: CSV for a spreadsheet,
//! JSON for a program, CSL-JSON for a reference manager (Zotero reads it),
//! Markdown for a draft. One serialiser for the command line and the page,
//! so a file says the same whichever made it.
//!
//! Every format says the same of each quote ([`Row`]); each field the
//! article does not give is left out or empty, never guessed.

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::explore::url;
use crate::explore::view_state::ViewState;
use crate::id::slug;
use crate::model::{Article, Kind, Meta, Quote, Segment};

/// The file formats, in the order the page offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    CslJson,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::CslJson, Format::Markdown];

    /// Its name on the command line (`--format csl-json`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::CslJson => "csl-json",
            Format::Markdown => "markdown",
        }
    }

    /// The format a command-line name names.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// What the page calls it.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV (spreadsheet)",
            Format::Json => "JSON",
            Format::CslJson => "CSL-JSON (Zotero)",
            Format::Markdown => "Markdown",
        }
    }

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::CslJson => "csl.json",
            Format::Markdown => "md",
        }
    }

    /// The file's media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::CslJson => "application/vnd.citationstyles.csl+json",
            Format::Markdown => "text/markdown;charset=utf-8",
        }
    }
}

/// What a file says of one quote. In JSON, `paragraph`, `start` and `end`
/// are as in the model (the paragraph counted from 0, byte offsets);
/// CSV and Markdown count paragraphs from 1, as a reader does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row<'a> {
    pub id: &'a str,
    /// The words, a quote in pieces joined by " … " ([`crate::model::ELLIPSIS`]).
    pub quote: &'a str,
    pub speaker: Option<&'a str>,
    pub speaker_id: Option<&'a str>,
    pub role: Option<&'a str>,
    /// The attribution as written ("she said").
    pub cue: Option<&'a str>,
    pub kind: Kind,
    /// Theme labels.
    pub themes: Vec<&'a str>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub segments: &'a [Segment],
    /// The quote's address in the explorer, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permalink: Option<String>,
    /// In a collection, the slug of the quote's own article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<&'a str>,
    /// What the quote is cited from: its own article's metadata in a
    /// collection, else the article's.
    #[serde(skip)]
    pub work: &'a Meta,
}

impl<'a> Row<'a> {
    pub fn new(article: &'a Article, quote: &'a Quote, permalink: Option<String>) -> Row<'a> {
        let speaker = quote.speaker.as_deref().and_then(|id| article.speaker(id));
        let story = article.story_at_paragraph(quote.paragraph);
        Row {
            article: story.map(|s| s.slug.as_str()),
            work: story.map_or(&article.meta, |s| &s.meta),
            id: &quote.id,
            quote: &quote.text,
            speaker: speaker.map(|s| s.name.as_str()),
            speaker_id: quote.speaker.as_deref(),
            role: speaker.and_then(|s| s.role.as_deref()),
            cue: quote.cue.as_deref(),
            kind: quote.kind,
            themes: quote
                .themes
                .iter()
                .filter_map(|t| article.theme(t).map(|t| t.label.as_str()))
                .collect(),
            paragraph: quote.paragraph,
            start: quote.start,
            end: quote.end,
            segments: &quote.segments,
            permalink,
        }
    }
}

/// The address of `article`'s `quote` in the explorer at `base` (its
/// address without a query), carrying an opened article's `a=` value if
/// it has one.
pub fn permalink(base: &str, article: &Article, quote: &Quote, packed: Option<&str>) -> String {
    let at = ViewState::quote_in(article, quote);
    let fragment = packed.map(|p| format!("#a={p}")).unwrap_or_default();
    format!("{base}?{}{fragment}", url::encode(&at))
}

/// `quotes` of `article`, the ones `view` shows, as a file in `format`.
/// `permalink` gives a quote's address in the explorer, if it has one.
pub fn write<'a>(
    article: &'a Article,
    view: &ViewState,
    quotes: impl IntoIterator<Item = &'a Quote>,
    permalink: &dyn Fn(&Quote) -> Option<String>,
    format: Format,
) -> String {
    let rows: Vec<Row> = quotes
        .into_iter()
        .map(|q| Row::new(article, q, permalink(q)))
        .collect();
    match format {
        Format::Csv => csv(&rows),
        Format::Json => json_file(article, view, &rows),
        Format::CslJson => csl_json(&rows),
        Format::Markdown => markdown(article, view, &rows),
    }
}

/// The columns of the CSV file, in order.
pub const CSV_COLUMNS: [&str; 9] = [
    "id",
    "quote",
    "speaker",
    "role",
    "kind",
    "themes",
    "paragraph",
    "cue",
    "permalink",
];

/// RFC 4180: CRLF line ends, every field quoted, a quote mark doubled;
/// a byte-order mark first, so spreadsheet programs read UTF-8 accents.
fn csv(rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |fields: &[&str]| {
        let quoted: Vec<String> = fields
            .iter()
            .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
            .collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    // A collection's file names each quote's article, last.
    let collection = rows.iter().any(|row| row.article.is_some());
    let mut columns = CSV_COLUMNS.to_vec();
    columns.extend(collection.then_some("article"));
    line(&columns);
    for row in rows {
        let themes = row.themes.join("; ");
        let paragraph = (row.paragraph + 1).to_string();
        let mut fields = vec![
            row.id,
            row.quote,
            row.speaker.unwrap_or(""),
            row.role.unwrap_or(""),
            row.kind.as_str(),
            &themes,
            &paragraph,
            row.cue.unwrap_or(""),
            row.permalink.as_deref().unwrap_or(""),
        ];
        fields.extend(collection.then(|| row.article.unwrap_or("")));
        line(&fields);
    }
    out
}

/// The JSON file: the article's metadata (each field `null` where the
/// article does not give it), the view's query (`speaker=…`, empty for
/// every quote), and the rows. `schema/quotes.json` describes it.
#[derive(Serialize)]
struct JsonFile<'a> {
    article: &'a Meta,
    view: String,
    quotes: &'a [Row<'a>],
}

fn json_file(article: &Article, view: &ViewState, rows: &[Row]) -> String {
    let file = JsonFile {
        article: &article.meta,
        view: url::encode(view),
        quotes: rows,
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// One CSL-JSON item per quote: its article as the work cited (a
/// newspaper article; in a collection, the quote's own), the words in
/// `abstract`, who said them in `note`.
fn csl_json(rows: &[Row]) -> String {
    let items: Vec<Value> = rows
        .iter()
        .map(|row| {
            let meta = row.work;
            let mut item = Map::new();
            item.insert("id".into(), json!(row.id));
            item.insert("type".into(), json!("article-newspaper"));
            if let Some(title) = &meta.title {
                item.insert("title".into(), json!(title));
            }
            if let Some(publication) = &meta.publication {
                item.insert("container-title".into(), json!(publication));
            }
            if let Some(author) = &meta.author {
                item.insert("author".into(), json!([{ "literal": author }]));
            }
            if let Some(date) = &meta.date {
                item.insert("issued".into(), csl_date(date));
            }
            if let Some(link) = meta.url.as_deref().or(row.permalink.as_deref()) {
                item.insert("URL".into(), json!(link));
            }
            item.insert("abstract".into(), json!(row.quote));
            let said = match (row.speaker, row.role) {
                (Some(name), Some(role)) => format!("Quote by {name} ({role})"),
                (Some(name), None) => format!("Quote by {name}"),
                (None, _) => "Quote, speaker not named".to_owned(),
            };
            item.insert("note".into(), json!(said));
            Value::Object(item)
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_default();
    text.push('\n');
    text
}

/// A CSL date: its parts when the article's date is ISO (`2024-10-17`,
/// `2024-10`, `2024`), else the text as written, for the processor to read.
fn csl_date(date: &str) -> Value {
    let parts: Option<Vec<u32>> = date
        .split('-')
        .map(|p| {
            (p.len() >= 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    match parts {
        Some(parts) if (1..=3).contains(&parts.len()) && date.len() >= 4 => {
            json!({ "date-parts": [parts] })
        }
        _ => json!({ "raw": date }),
    }
}

/// A heading, the source and the view, then a blockquote per quote with
/// who said it and its permalink.
fn markdown(article: &Article, view: &ViewState, rows: &[Row]) -> String {
    let meta = &article.meta;
    let mut out = match &meta.title {
        Some(title) => format!("# Quotes from “{}”\n\n", escape(title)),
        None => "# Quotes\n\n".to_owned(),
    };
    let source: Vec<&str> = [&meta.author, &meta.publication, &meta.date]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !source.is_empty() || meta.url.is_some() {
        let mut line = escape(&source.join(", "));
        if let Some(link) = &meta.url {
            line = if line.is_empty() {
                format!("<{link}>")
            } else {
                format!("{line}, <{link}>")
            };
        }
        out.push_str(&format!("{line}\n\n"));
    }
    let filters = describe(article, view);
    if !filters.is_empty() {
        out.push_str(&format!("Shown: {}\n\n", escape(&filters)));
    }
    for row in rows {
        out.push_str(&format!("> {}\n>\n", escape(row.quote)));
        let mut credit = match (row.speaker, row.role) {
            (Some(name), Some(role)) => format!("**{}**, {}", escape(name), escape(role)),
            (Some(name), None) => format!("**{}**", escape(name)),
            (None, _) => "Speaker not named".to_owned(),
        };
        credit.push_str(&format!(", paragraph {}", row.paragraph + 1));
        if let Some(link) = &row.permalink {
            credit.push_str(&format!(" · [link]({link})"));
        }
        out.push_str(&format!("> — {credit}\n\n"));
    }
    out
}

/// Backslashes before the characters Markdown would read as markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The view's filters in words: "speaker Ann Lee; theme Ferry; search
/// “bridge”", empty when nothing narrows the quotes.
pub fn describe(article: &Article, view: &ViewState) -> String {
    let mut parts = Vec::new();
    let names = |ids: &mut dyn Iterator<Item = &String>, name: &dyn Fn(&str) -> Option<String>| {
        ids.map(|id| name(id).unwrap_or_else(|| id.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !view.speakers.is_empty() {
        let who = names(&mut view.speakers.iter(), &|id| {
            article.speaker(id).map(|s| s.name.clone())
        });
        parts.push(format!("speaker {who}"));
    }
    if !view.themes.is_empty() {
        let what = names(&mut view.themes.iter(), &|id| {
            article.theme(id).map(|t| t.label.clone())
        });
        parts.push(format!("theme {what}"));
    }
    if !view.kinds.is_empty() {
        let kinds: Vec<&str> = view.kinds.iter().map(|k| k.as_str()).collect();
        parts.push(format!("kind {}", kinds.join(", ")));
    }
    if !view.query.trim().is_empty() {
        parts.push(format!("search “{}”", view.query.trim()));
    }
    parts.join("; ")
}

/// Most characters of a file name before its extension.
const MAX_NAME: usize = 80;

/// Words of the title a file name keeps.
const NAME_WORDS: usize = 4;

/// A file name that says the article and the filter:
/// `night-ferry-quotes-speaker-ann-lee.csv`.
pub fn file_name(article: &Article, view: &ViewState, format: Format) -> String {
    let title = article.meta.title.as_deref().unwrap_or("");
    let short: Vec<&str> = title.split_whitespace().take(NAME_WORDS).collect();
    let mut name = slug(&short.join(" "));
    if name.is_empty() {
        name = "article".to_owned();
    }
    name.push_str("-quotes");
    for (facet, ids) in [("speaker", &view.speakers), ("theme", &view.themes)] {
        if !ids.is_empty() {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            name.push_str(&format!("-{facet}-{}", ids.join("-")));
        }
    }
    if !view.kinds.is_empty() {
        let kinds: Vec<&str> = view.kinds.iter().map(|k| k.as_str()).collect();
        name.push_str(&format!("-kind-{}", kinds.join("-")));
    }
    let search = slug(&view.query);
    if !search.is_empty() {
        name.push_str(&format!("-search-{search}"));
    }
    if name.len() > MAX_NAME {
        let mut end = MAX_NAME;
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        name.truncate(end);
        name.truncate(name.trim_end_matches('-').len());
    }
    format!("{name}.{}", format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_state::Facet;

    const TEXT: &str = "“The ferry, they say, is \"safe\",” said Ana Ruiz, the harbour master.\n“I was,” Tom Hale said, “sure of it.”\n“*Nobody* asked [us] <why>,” a passenger said.";

    fn article() -> Article {
        let mut article = crate::parse(TEXT, None);
        article.meta = Meta {
            title: Some("The Night Ferry, Again".into()),
            author: Some("Jo Park".into()),
            publication: Some("The Harbour News".into()),
            url: None,
            date: Some("2024-10-17".into()),
        };
        article
    }

    fn file(article: &Article, format: Format) -> String {
        let link = |q: &Quote| Some(format!("https://example.org/?quote={}", q.id));
        write(
            article,
            &ViewState::default(),
            &article.quotes,
            &link,
            format,
        )
    }

    /// A reader of RFC 4180, for the round trip: fields in quotes, a
    /// doubled quote mark for one, CRLF between records.
    fn read_csv(text: &str) -> Vec<Vec<String>> {
        let mut records = vec![vec![String::new()]];
        let mut chars = text
            .strip_prefix('\u{feff}')
            .unwrap_or(text)
            .chars()
            .peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            let field = records
                .last_mut()
                .and_then(|r| r.last_mut())
                .expect("a field");
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (_, '"') => quoted = !quoted,
                (false, ',') => records.last_mut().expect("a record").push(String::new()),
                (false, '\r') => {}
                (false, '\n') => records.push(vec![String::new()]),
                _ => field.push(c),
            }
        }
        records.pop();
        records
    }

    #[test]
    fn csv_reads_back_the_same_rows_commas_and_quote_marks_included() {
        let article = article();
        let text = file(&article, Format::Csv);
        assert!(text.starts_with('\u{feff}'), "a byte-order mark");
        assert!(text.ends_with("\r\n"));
        let records = read_csv(&text);
        assert_eq!(records[0], CSV_COLUMNS);
        assert_eq!(records.len(), article.quotes.len() + 1);
        for (record, quote) in records[1..].iter().zip(&article.quotes) {
            assert_eq!(record[0], quote.id);
            assert_eq!(record[1], quote.text);
            assert_eq!(record[6], (quote.paragraph + 1).to_string());
            assert_eq!(
                record[8],
                format!("https://example.org/?quote={}", quote.id)
            );
        }
        assert_eq!(records[1][1], "The ferry, they say, is \"safe\",");
        assert_eq!(records[1][2], "Ana Ruiz");
        assert_eq!(records[1][3], "harbour master");
        assert_eq!(records[2][1], "I was, … sure of it.");
    }

    #[test]
    fn json_is_the_rows_with_the_article_and_the_view() {
        let article = article();
        let view = ViewState {
            query: "ferry".into(),
            ..ViewState::default()
        };
        let link = |_: &Quote| None;
        let text = write(&article, &view, &article.quotes[..1], &link, Format::Json);
        let value: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(value["article"]["title"], "The Night Ferry, Again");
        assert_eq!(value["article"]["url"], Value::Null);
        assert_eq!(value["view"], "q=ferry");
        let quotes = value["quotes"].as_array().expect("quotes");
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0]["quote"], article.quotes[0].text);
        assert_eq!(quotes[0]["speaker"], "Ana Ruiz");
        assert_eq!(quotes[0]["kind"], "statement");
        assert!(quotes[0].get("permalink").is_none(), "no link, no field");
    }

    #[test]
    fn csl_json_cites_the_article_with_the_words_in_the_abstract() {
        let article = article();
        let items: Value = serde_json::from_str(&file(&article, Format::CslJson)).expect("JSON");
        let items = items.as_array().expect("items");
        assert_eq!(items.len(), article.quotes.len());
        for (item, quote) in items.iter().zip(&article.quotes) {
            assert_eq!(item["id"], quote.id.as_str());
            assert_eq!(item["abstract"], quote.text.as_str());
            assert_eq!(item["type"], "article-newspaper");
            assert_eq!(item["container-title"], "The Harbour News");
            assert_eq!(item["author"][0]["literal"], "Jo Park");
            assert_eq!(item["issued"]["date-parts"], json!([[2024, 10, 17]]));
        }
        assert_eq!(items[0]["note"], "Quote by Ana Ruiz (harbour master)");
        assert_eq!(
            items[0]["URL"],
            format!("https://example.org/?quote={}", article.quotes[0].id)
        );
        assert_eq!(
            csl_date("17 October 2024"),
            json!({ "raw": "17 October 2024" })
        );
        assert_eq!(csl_date("2024"), json!({ "date-parts": [[2024]] }));
        assert_eq!(csl_date("2024-1x"), json!({ "raw": "2024-1x" }));
    }

    #[test]
    fn markdown_quotes_read_back_from_their_blockquotes() {
        let article = article();
        let text = file(&article, Format::Markdown);
        assert!(text.starts_with(
            "# Quotes from “The Night Ferry, Again”\n\nJo Park, The Harbour News, 2024-10-17\n\n"
        ));
        let unescape = |line: &str| {
            let mut out = String::new();
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                out.push(if c == '\\' {
                    chars.next().unwrap_or(c)
                } else {
                    c
                });
            }
            out
        };
        let quoted: Vec<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("> "))
            .filter(|l| !l.starts_with("— "))
            .map(unescape)
            .collect();
        let texts: Vec<&str> = article.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(quoted, texts);
        assert!(text.contains("> \\*Nobody\\* asked \\[us\\] \\<why\\>,\n"));
        assert!(text.contains(
            "> — **Ana Ruiz**, harbour master, paragraph 1 · [link](https://example.org/?quote="
        ));
    }

    #[test]
    fn a_file_name_says_the_article_and_the_filter() {
        let article = article();
        let view = ViewState::default();
        assert_eq!(
            file_name(&article, &view, Format::Csv),
            "the-night-ferry-again-quotes.csv"
        );
        let speaker = article.speakers[0].id.clone();
        let view = view
            .toggled(Facet::Speaker, &speaker)
            .toggled(Facet::Kind, "phrase");
        let name = file_name(&article, &view, Format::CslJson);
        assert_eq!(
            name,
            format!("the-night-ferry-again-quotes-speaker-{speaker}-kind-phrase.csl.json")
        );
        assert_eq!(
            describe(&article, &view),
            format!("speaker {}; kind phrase", article.speakers[0].name)
        );
        let mut untitled = article.clone();
        untitled.meta.title = None;
        let long = ViewState {
            query: "word ".repeat(40),
            ..ViewState::default()
        };
        let name = file_name(&untitled, &long, Format::Markdown);
        assert!(
            name.starts_with("article-quotes-search-word-word"),
            "{name}"
        );
        assert!(
            name.len() <= MAX_NAME + ".md".len() && !name.contains("-.md"),
            "{name}"
        );
    }

    #[test]
    fn every_format_has_a_name_it_is_found_by() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("xml"), None);
    }
}
