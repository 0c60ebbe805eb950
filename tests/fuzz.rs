//! Fuzzing without nightly: property tests over the readers of outside
//! input: the article parser, the sidecar reader, the URL decoder and the
//! article a link carries in its fragment. Each runs proptest's default number of cases (256) in a plain
//! `cargo test`; for a long run set `PROPTEST_CASES`, e.g.
//! `PROPTEST_CASES=1000000 cargo test --release --test fuzz`.

use proptest::prelude::*;
use quotes::model::{Article, Quote, Speaker, Theme};
use quotes::url::{decode, encode};

/// Text biased toward what the parser reads: every kind of quote mark and
/// apostrophe, line ends, cue words, names, titles, punctuation.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z]{1,8}",
        3 => Just(" ".to_string()),
        2 => prop::sample::select(vec![
            "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", ",", ".", "?", "!", "—", "–",
            "-", "…", ":", ";", "\n", "\r\n", "\n\n", "\u{feff}", "\t", " said", " said ", " she said",
            " he said", "He ", "She ", "Mr. ", "Dr. ", "Sen. ", "U.S. ", "Sean Baker",
            "Mikey Madison", "Baker", "’s", "'s", "s’", "n’t", " according to ", "According to ",
            " told ", " reporters", "the ", "a producer", " that ", ", 45, ", "(", ")", "[", "]",
            "'90s", "’em", "rock 'n' roll", "é", "ß", "İ", "日本", "🙂", "\u{301}", "\u{200b}",
        ])
        .prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..160).prop_map(|v| v.concat())
}

/// A valid sidecar to mutate.
const SIDECAR: &str = r#"title = "Mikey Madison on tears"
author = "A. Writer"
replace_themes = false

[[people]]
name = "Sean Baker"
aliases = ["Baker"]
role = "director"

[[themes]]
name = "Russia"
keywords = ["russian*", "oligarch*"]

[[overrides]]
quote = "I need to work with"
speaker = "a producer"
kind = "statement"
themes = ["career"]
"#;

/// Edits that break TOML in the ways hands do.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, String),
    Delete(usize, usize),
    DuplicateLine(usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let text = prop_oneof![
        prop::sample::select(vec![
            "\"", "'", "[", "]", "[[", "]]", "=", "\n", "#", ",", "{", "}", ".", "\\", "\"\"\"",
            "'''", "true", "1e", "0x", "-", "+", "nan", " ", "\t", "é", "\u{0}", "\r",
        ])
        .prop_map(str::to_string),
        "\\PC{1,6}",
    ];
    let edit = prop_oneof![
        (any::<usize>(), text).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), 1..12usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        any::<usize>().prop_map(Edit::DuplicateLine),
    ];
    prop::collection::vec(edit, 1..6)
}

/// The char boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(mut text: String, edits: &[Edit]) -> String {
    for edit in edits {
        match edit {
            Edit::Insert(at, s) => {
                let at = boundary(&text, *at);
                text.insert_str(at, s);
            }
            Edit::Delete(at, n) => {
                let from = boundary(&text, *at);
                let to = boundary(&text, from + n);
                if to > from {
                    text.replace_range(from..to, "");
                }
            }
            Edit::DuplicateLine(at) => {
                let lines: Vec<&str> = text.split_inclusive('\n').collect();
                if let Some(line) = lines.get(at % lines.len().max(1)) {
                    let mut out: String = lines.concat();
                    out.push_str(line);
                    text = out;
                }
            }
        }
    }
    text
}

/// The article the URL decoder checks ids against.
fn url_article() -> Article {
    let speaker = |id: &str| Speaker::new(id, id);
    let theme = |id: &str| Theme::new(id, id);
    let quote = |id: &str| Quote {
        id: id.into(),
        text: "I was holding it in".into(),
        speaker: Some("mikey-madison".into()),
        ..Quote::default()
    };
    Article {
        speakers: vec![speaker("mikey-madison"), speaker("producer"), speaker("é")],
        themes: vec![theme("career"), theme("emotion"), theme("dark")],
        quotes: vec![quote("i-was-holding-it-in-1a2b"), quote("a,b")],
        ..Article::default()
    }
}

/// Query strings made of the URL's own vocabulary and its special bytes.
fn query_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "speaker", "theme", "kind", "q", "quote", "view", "embed", "controls", "utm_source",
            "=", "&", ",", "+", "%", "%2", "%20", "%2C", "%26", "%3D", "%2B", "%25", "%E2%80%99",
            "%C3%A9", "%FF", "%zz", "%E2%80", "?", "#", " ", "mikey-madison", "producer", "career",
            "emotion", "light", "dark", "statement", "phrase", "reported", "article", "list",
            "1", "0", "i-was-holding-it-in-1a2b", "a,b", "é", "日本", "<", ">", "\u{7}",
        ])
        .prop_map(str::to_string),
        1 => "[a-z0-9]{1,6}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    /// The parser never panics, and every quote points at its own text.
    #[test]
    fn parser_spans_hold_whatever_the_text(text in article_text()) {
        let article = quotes::parse(&text, None);
        for q in &article.quotes {
            prop_assert!(!q.segments.is_empty(), "no segment in {:?}", text);
            let mut joined = Vec::new();
            for s in &q.segments {
                let par = article.paragraphs.get(s.paragraph);
                prop_assert!(par.is_some(), "paragraph out of range in {:?}", text);
                let par = par.map_or("", String::as_str);
                prop_assert!(s.start <= s.end && s.end <= par.len(), "{:?} in {:?}", s, text);
                prop_assert!(
                    par.is_char_boundary(s.start) && par.is_char_boundary(s.end),
                    "{:?} splits a character in {:?}", s, text
                );
                joined.push(&par[s.start..s.end]);
            }
            let pieces = q.segments.iter().map(|s| s.paragraph).zip(joined);
            prop_assert_eq!(quotes::model::quote_text(pieces), q.text.clone());
            let first = &q.segments[0];
            prop_assert_eq!((q.paragraph, q.start, q.end), (first.paragraph, first.start, first.end));
            if let Some(id) = &q.speaker {
                prop_assert!(article.speaker(id).is_some());
            }
        }
        for d in &article.diagnostics {
            let par = article.paragraphs.get(d.paragraph).map_or(0, String::len);
            prop_assert!(d.offset <= par || article.paragraphs.is_empty());
        }
    }

    /// The parser never panics on text with no bias at all either.
    #[test]
    fn parser_takes_any_unicode(text in any::<String>()) {
        let _ = quotes::parse(&text, None);
    }

    /// The sidecar reader never panics, and a syntax error names its line.
    #[cfg(feature = "toml")]
    #[test]
    fn sidecar_errors_name_their_line(
        text in prop_oneof![
            1 => "\\PC{0,200}",
            1 => prop::collection::vec(
                prop::sample::select(vec![
                    "title", "people", "name", "=", "\"", "[", "]", "[[", "]]", "\n", "#", ",",
                    "{", "}", "x", "1", "true", " ", "'", "\\", "é",
                ]),
                0..60,
            )
            .prop_map(|v| v.concat()),
            4 => edits().prop_map(|e| apply(SIDECAR.to_string(), &e)),
        ]
    ) {
        let result = quotes::Sidecar::from_toml(&text);
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let syntax_ok = toml::from_str::<toml::Table>(body).is_ok();
        if let Err(e) = &result {
            prop_assert!(!e.message.is_empty());
            if !syntax_ok {
                let lines = body.split('\n').count();
                prop_assert!(
                    e.line.is_some_and(|l| (1..=lines).contains(&l)),
                    "{:?} for {:?}", e, text
                );
            }
        } else {
            prop_assert!(syntax_ok, "accepted broken TOML {:?}", text);
        }
    }

    /// The URL decoder never panics, and what it keeps encodes canonically.
    #[test]
    fn url_decoding_is_total_and_canonical(query in prop_oneof![query_string(), "\\PC{0,60}"]) {
        let article = url_article();
        let once = encode(&decode(&query, &article).0);
        let twice = encode(&decode(&once, &article).0);
        prop_assert_eq!(&twice, &once, "from {:?}", query);
        // The canonical form decodes with nothing to report.
        let (_, notices) = decode(&once, &article);
        prop_assert!(notices.is_empty(), "{:?} from {:?}", notices, once);
    }

    /// A link's packed article is refused or read, never a panic, and what
    /// is read is within the cap. Damaged packings of real text included.
    #[test]
    fn packed_articles_unpack_or_say_why(
        value in prop_oneof![
            1 => "[A-Za-z0-9_-]{0,400}",
            1 => "\\PC{0,80}",
            2 => (article_text(), any::<prop::sample::Index>(), any::<u8>()).prop_map(|(text, at, byte)| {
                let mut packed = quotes::packed::pack(&text).into_bytes();
                if !packed.is_empty() {
                    let at = at.index(packed.len());
                    packed[at] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[byte as usize % 64];
                }
                String::from_utf8(packed).unwrap_or_default()
            }),
        ]
    ) {
        if let Ok(text) = quotes::packed::unpack(&value) {
            prop_assert!(text.len() <= quotes::packed::MAX_TEXT_BYTES);
            prop_assert!(!text.trim().is_empty());
        }
    }

    /// Whatever text packs, it unpacks to itself.
    #[test]
    fn packing_round_trips(text in article_text()) {
        let packed = quotes::packed::pack(&text);
        match quotes::packed::unpack(&packed) {
            Ok(back) => prop_assert_eq!(back, text),
            Err(e) => prop_assert!(text.trim().is_empty(), "{:?} for {:?}", e, text),
        }
    }
}
