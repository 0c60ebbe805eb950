//! The URL contract: [`ViewState`] to and from a query string.
//!
//! Keys, in their canonical order: `article` (a collection's), `speaker`,
//! `theme`, `kind` (comma-separated ids), `q` (search text), `quote` (one
//! quote id), `view=article` or `view=sources`, and for embeds `embed=1`,
//! `controls=0`. `theme` also carries `light` or `dark`
//! to force a colour scheme (an article theme with that id wins). Encoding
//! is canonical: that order, sorted values, defaults left out, so one view
//! has one URL. Decoding is lenient: anything unknown or malformed is dropped
//! and reported as a [`Notice`], never an error, since links are hand-edited.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::explore::sort::sort_by;
use crate::explore::view_state::{Facet, Scheme, View, ViewState};
use crate::model::{Article, Kind};

/// Longest search text a link may carry, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// Longest piece of a bad value quoted back in a notice, in characters.
const MAX_ECHO_CHARS: usize = 32;

/// Characters left as they are in a value: unreserved ones (RFC 3986).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Something in a link that was dropped, said in words a reader understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The query-string key it was found under.
    pub key: String,
    /// One short sentence, e.g. `Unknown speaker “bob” ignored.`
    pub message: String,
}

/// The canonical query string for `state`, without the leading `?`; empty
/// for the default view.
pub fn encode(state: &ViewState) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    for facet in Facet::ALL {
        let mut values = state.selected(facet);
        if facet == Facet::Theme {
            values.extend(state.scheme.map(|s| s.as_str().to_owned()));
            sort_by(&mut values, |a, b| a.cmp(b));
        }
        if !values.is_empty() {
            let joined = values
                .iter()
                .map(|v| encode_value(v))
                .collect::<Vec<_>>()
                .join(",");
            pairs.push((facet.key(), joined));
        }
    }
    if !state.query.is_empty() {
        pairs.push(("q", encode_value(&state.query)));
    }
    if let Some(quote) = &state.quote {
        pairs.push(("quote", encode_value(quote)));
    }
    match state.view {
        View::List => {}
        View::Article => pairs.push(("view", "article".to_owned())),
        View::Sources => pairs.push(("view", "sources".to_owned())),
    }
    if state.embed {
        pairs.push(("embed", "1".to_owned()));
        if !state.controls {
            pairs.push(("controls", "0".to_owned()));
        }
    }
    pairs
        .into_iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The ids a link may name: an article's, or a collection's as far as the
/// page has its files (`quotes::shards::Catalog`).
pub trait Names {
    fn has_story(&self, slug: &str) -> bool;
    fn has_speaker(&self, id: &str) -> bool;
    fn has_theme(&self, id: &str) -> bool;
    fn has_quote(&self, id: &str) -> bool;
}

impl Names for Article {
    fn has_story(&self, slug: &str) -> bool {
        self.story(slug).is_some()
    }

    fn has_speaker(&self, id: &str) -> bool {
        self.speaker(id).is_some()
    }

    fn has_theme(&self, id: &str) -> bool {
        self.theme(id).is_some()
    }

    fn has_quote(&self, id: &str) -> bool {
        self.quotes.iter().any(|q| q.id == id)
    }
}

/// Reads a query string (with or without its `?`) against the article whose
/// ids it may name. Unknown keys (tracking parameters) are ignored quietly,
/// and so are odd `embed` and `controls` values, which fall back to the
/// defaults: an embed attribute typo must not put a notice in a blog post.
pub fn decode(query: &str, article: &impl Names) -> (ViewState, Vec<Notice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Ok(key) = decode_component(raw_key) else {
            continue;
        };
        let mut note = |message: String| {
            notices.push(Notice {
                key: key.clone(),
                message,
            })
        };
        if !matches!(
            key.as_str(),
            "article"
                | "speaker"
                | "theme"
                | "kind"
                | "q"
                | "quote"
                | "view"
                | "embed"
                | "controls"
        ) {
            continue;
        }
        let Ok(value) = decode_component(raw_value) else {
            note(format!(
                "The link’s “{key}” value is not valid URL encoding and was ignored."
            ));
            continue;
        };
        match key.as_str() {
            "article" => {
                for slug in ids(&value) {
                    if article.has_story(slug) {
                        state.articles.insert(slug.to_owned());
                    } else {
                        note(format!("Unknown article “{}” ignored.", echo(slug)));
                    }
                }
            }
            "speaker" => {
                for id in ids(&value) {
                    if article.has_speaker(id) {
                        state.speakers.insert(id.to_owned());
                    } else {
                        note(format!("Unknown speaker “{}” ignored.", echo(id)));
                    }
                }
            }
            "theme" => {
                for id in ids(&value) {
                    if article.has_theme(id) {
                        state.themes.insert(id.to_owned());
                    } else if let Some(scheme) = Scheme::from_slug(id) {
                        state.scheme = Some(scheme);
                    } else {
                        note(format!("Unknown theme “{}” ignored.", echo(id)));
                    }
                }
            }
            "kind" => {
                for id in ids(&value) {
                    match Kind::from_slug(id) {
                        Some(kind) => {
                            state.kinds.insert(kind);
                        }
                        None => note(format!("Unknown kind “{}” ignored.", echo(id))),
                    }
                }
            }
            "q" => {
                if value.chars().count() > MAX_QUERY_CHARS {
                    note(format!(
                        "The search text was longer than {MAX_QUERY_CHARS} characters and was ignored."
                    ));
                } else if value.contains(['<', '>']) || value.chars().any(char::is_control) {
                    note(
                        "The search text held markup or control characters and was ignored.".into(),
                    );
                } else {
                    state.query = value;
                }
            }
            "quote" => {
                if article.has_quote(&value) {
                    state.quote = Some(value);
                } else if !value.is_empty() {
                    note(format!("No quote “{}” in this article.", echo(&value)));
                }
            }
            "embed" => state.embed = value == "1",
            "controls" => state.controls = value != "0",
            _ => match value.as_str() {
                "article" => state.view = View::Article,
                "sources" => state.view = View::Sources,
                "" | "list" => state.view = View::List,
                other => note(format!("Unknown view “{}” ignored.", echo(other))),
            },
        }
    }
    if !state.embed {
        state.controls = true;
    }
    (state, notices)
}

/// Typed search text made fit for a link: markup characters and control
/// characters removed, cut at [`MAX_QUERY_CHARS`]. What the search box
/// sends, so typing never produces a value the decoder would drop.
pub fn clean_query(text: &str) -> String {
    text.chars()
        .filter(|&c| !matches!(c, '<' | '>') && !c.is_control())
        .take(MAX_QUERY_CHARS)
        .collect()
}

/// Percent-encodes a value, spaces as `+` as forms do.
fn encode_value(value: &str) -> String {
    utf8_percent_encode(value, VALUE)
        .to_string()
        .replace("%20", "+")
}

/// Percent-decodes a key or value (`+` is a space). Fails on a `%` not
/// followed by two hex digits and on bytes that are not UTF-8.
fn decode_component(raw: &str) -> Result<String, ()> {
    let bytes = raw.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || (bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return Err(());
    }
    let spaced = raw.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .map(|text| text.into_owned())
        .map_err(|_| ())
}

/// The comma-separated ids of a list value, blanks skipped.
fn ids(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|id| !id.is_empty())
}

/// A bad value cut short for quoting back to the reader.
fn echo(value: &str) -> String {
    if value.chars().count() <= MAX_ECHO_CHARS {
        value.to_owned()
    } else {
        let cut: String = value.chars().take(MAX_ECHO_CHARS).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quote, Speaker, Story, Theme};
    use proptest::prelude::*;

    fn article() -> Article {
        let quote = Quote {
            id: "i-was-holding-it-in-1a2b".into(),
            text: "I was holding it in".into(),
            speaker: Some("mikey-madison".into()),
            ..Quote::default()
        };
        Article {
            speakers: ["mikey-madison", "producer"]
                .map(|id| Speaker::new(id, id))
                .into(),
            themes: ["career", "emotion"].map(|id| Theme::new(id, id)).into(),
            quotes: vec![quote],
            // As a collection's would be; a single article has none.
            stories: ["ferry-vote", "rail-yard"]
                .map(|slug| Story {
                    slug: slug.into(),
                    ..Story::default()
                })
                .into(),
            ..Article::default()
        }
    }

    #[test]
    fn a_collection_s_articles_come_first_and_unknown_ones_are_said() {
        check(
            "speaker=producer&article=rail-yard,nope,ferry-vote",
            "article=ferry-vote,rail-yard&speaker=producer",
            &["Unknown article “nope” ignored."],
        );
        let (_, notices) = decode("article=rail-yard", &Article::default());
        assert_eq!(notices[0].message, "Unknown article “rail-yard” ignored.");
    }

    /// Decodes `query` and checks the canonical re-encoding and the notices.
    fn check(query: &str, canonical: &str, notices: &[&str]) {
        let (state, found) = decode(query, &article());
        assert_eq!(encode(&state), canonical, "canonical form of {query:?}");
        let found: Vec<&str> = found.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(found, notices, "notices for {query:?}");
    }

    #[test]
    fn default_view_is_the_empty_query() {
        check("", "", &[]);
        check("?", "", &[]);
        check("view=list", "", &[]);
    }

    #[test]
    fn keys_come_out_in_fixed_order_with_sorted_values() {
        check(
            "?view=article&q=tears&theme=emotion,career&speaker=producer,mikey-madison&kind=reported,statement",
            "speaker=mikey-madison,producer&theme=career,emotion&kind=statement,reported&q=tears&view=article",
            &[],
        );
    }

    #[test]
    fn repeated_keys_merge_and_duplicates_collapse() {
        check(
            "theme=emotion&theme=career,emotion",
            "theme=career,emotion",
            &[],
        );
    }

    #[test]
    fn search_text_is_percent_encoded_with_plus_for_space() {
        check("q=star%20is+born", "q=star+is+born", &[]);
        check("q=d%E2%80%99Or%2C%20%26co", "q=d%E2%80%99Or%2C+%26co", &[]);
    }

    #[test]
    fn unknown_ids_are_dropped_with_a_notice() {
        check(
            "speaker=bob,producer&theme=war&kind=poem&view=grid",
            "speaker=producer",
            &[
                "Unknown speaker “bob” ignored.",
                "Unknown theme “war” ignored.",
                "Unknown kind “poem” ignored.",
                "Unknown view “grid” ignored.",
            ],
        );
    }

    #[test]
    fn malformed_encoding_markup_and_long_text_are_dropped() {
        check(
            "q=%E2%80&speaker=%zz",
            "",
            &[
                "The link’s “q” value is not valid URL encoding and was ignored.",
                "The link’s “speaker” value is not valid URL encoding and was ignored.",
            ],
        );
        check(
            "q=%3Cscript%3Ealert(1)%3C/script%3E",
            "",
            &["The search text held markup or control characters and was ignored."],
        );
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        check(
            &format!("q={long}"),
            "",
            &["The search text was longer than 200 characters and was ignored."],
        );
    }

    #[test]
    fn permalinks_must_name_a_quote_of_the_article() {
        check(
            "quote=i-was-holding-it-in-1a2b",
            "quote=i-was-holding-it-in-1a2b",
            &[],
        );
        check("quote=nope", "", &["No quote “nope” in this article."]);
    }

    #[test]
    fn embed_options_come_last_and_odd_values_fall_back_quietly() {
        check(
            "controls=0&embed=1&speaker=producer",
            "speaker=producer&embed=1&controls=0",
            &[],
        );
        check("embed=yes&controls=0", "", &[]);
        check("embed=1&controls=maybe", "embed=1", &[]);
    }

    #[test]
    fn theme_light_or_dark_forces_the_scheme() {
        check(
            "theme=dark,emotion&embed=1",
            "theme=dark,emotion&embed=1",
            &[],
        );
        let (state, _) = decode("theme=light", &article());
        assert_eq!(state.scheme, Some(Scheme::Light));
        assert!(state.themes.is_empty());
    }

    #[test]
    fn foreign_keys_are_ignored_quietly() {
        check(
            "utm_source=news&fbclid=1&speaker=producer",
            "speaker=producer",
            &[],
        );
    }

    #[test]
    fn long_bad_values_are_cut_short_in_notices() {
        let (_, notices) = decode(&format!("speaker={}", "x".repeat(500)), &article());
        assert_eq!(
            notices[0].message,
            format!("Unknown speaker “{}…” ignored.", "x".repeat(MAX_ECHO_CHARS))
        );
    }

    #[test]
    fn typed_text_is_cleaned_into_a_value_the_decoder_keeps() {
        assert_eq!(clean_query("a <b>star</b>\tis"), "a bstar/bis");
        let long = clean_query(&"é".repeat(MAX_QUERY_CHARS * 2));
        assert_eq!(long.chars().count(), MAX_QUERY_CHARS);
        let state = ViewState {
            query: long,
            ..ViewState::default()
        };
        assert_eq!(decode(&encode(&state), &article()), (state, vec![]));
    }

    fn arb_state() -> impl Strategy<Value = ViewState> {
        let speakers = proptest::sample::subsequence(vec!["mikey-madison", "producer"], 0..=2);
        let themes = proptest::sample::subsequence(vec!["career", "emotion"], 0..=2);
        let kinds = proptest::sample::subsequence(Kind::ALL.to_vec(), 0..=3);
        let query = "[^<>\\p{Cc}]{0,40}";
        let quote = proptest::option::of(Just("i-was-holding-it-in-1a2b".to_owned()));
        let view = prop_oneof![Just(View::List), Just(View::Article), Just(View::Sources)];
        let embed = (any::<bool>(), any::<bool>());
        let scheme = proptest::option::of(prop_oneof![Just(Scheme::Light), Just(Scheme::Dark)]);
        let articles = proptest::sample::subsequence(vec!["ferry-vote", "rail-yard"], 0..=2);
        let facets = (articles, speakers, themes, kinds);
        (facets, query, quote, view, embed, scheme).prop_map(
            |(
                (articles, speakers, themes, kinds),
                query,
                quote,
                view,
                (embed, controls),
                scheme,
            )| ViewState {
                articles: articles.into_iter().map(str::to_owned).collect(),
                speakers: speakers.into_iter().map(str::to_owned).collect(),
                themes: themes.into_iter().map(str::to_owned).collect(),
                kinds: kinds.into_iter().collect(),
                query,
                quote,
                view,
                embed,
                controls: controls || !embed,
                scheme,
            },
        )
    }

    proptest! {
        #[test]
        fn state_survives_the_round_trip_through_the_url(state in arb_state()) {
            let encoded = encode(&state);
            let (decoded, notices) = decode(&encoded, &article());
            prop_assert!(notices.is_empty(), "{notices:?}");
            prop_assert_eq!(&decoded, &state);
            prop_assert_eq!(encode(&decoded), encoded);
        }

        #[test]
        fn any_query_string_decodes_without_panicking(query in "\\PC{0,80}") {
            let (state, _) = decode(&query, &article());
            let canonical = encode(&state);
            prop_assert_eq!(encode(&decode(&canonical, &article()).0), canonical);
        }
    }
}
