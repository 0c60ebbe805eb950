//! The sample collection in `content/riverside-housing/`, three articles
//! with people in common, merged as `./run build` merges a folder.

use quotes::collection::{self, File};
use quotes::{Article, Meta};
use std::path::Path;

fn sample() -> Article {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/riverside-housing");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the sample collection") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            files.push(File {
                name: path
                    .file_stem()
                    .expect("a name")
                    .to_string_lossy()
                    .into_owned(),
                text: std::fs::read_to_string(&path).expect("its text"),
                sidecar: std::fs::read_to_string(path.with_extension("toml")).ok(),
            });
        }
    }
    collection::build(files, Meta::default()).expect("it merges")
}

#[test]
fn the_sample_collection_merges_newest_first_with_its_people_once() {
    let merged = sample();
    let slugs: Vec<&str> = merged.stories.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "first-residents-move-in",
            "tenants-march-on-town-hall",
            "rail-yard-homes-approved"
        ]
    );
    let names: Vec<&str> = merged.speakers.iter().map(|s| s.name.as_str()).collect();
    for person in ["Priya Raman", "Owen Castell", "Delia Moss", "Hal Brenner"] {
        assert_eq!(
            names.iter().filter(|n| **n == person).count(),
            1,
            "{person}: {names:?}"
        );
    }
    assert_eq!(collection::shared_speakers(&merged), 4);
    // Each story's quotes point into its own paragraphs.
    for at in 0..merged.stories.len() {
        let paragraphs = merged.story_paragraphs(at);
        for quote in &merged.quotes[merged.story_quotes(at)] {
            assert!(paragraphs.contains(&quote.paragraph), "{}", quote.text);
            assert!(merged.segment_text(&quote.segments[0]).is_some());
        }
    }
    // A theme of the same name in two articles is one theme.
    let labels: Vec<&str> = merged.themes.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(
        labels.iter().filter(|l| **l == "Rent").count(),
        1,
        "{labels:?}"
    );
}

#[test]
fn a_broken_sidecar_is_named() {
    let files = vec![File {
        name: "bad".into(),
        text: "“Yes,” said Ann Lee.".into(),
        sidecar: Some("titel = \"x\"".into()),
    }];
    let error = collection::build(files, Meta::default()).unwrap_err();
    assert!(error.starts_with("bad.toml: "), "{error}");
}

#[test]
fn the_explorer_filters_a_collection_by_article_newest_first() {
    use quotes::index::Index;
    use quotes::view_state::{Facet, ViewState};
    let merged = sample();
    let index = Index::new(&merged);
    let all = index.select(&ViewState::default());
    let articles = all.options(Facet::Article);
    let ids: Vec<&str> = articles.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "first-residents-move-in",
            "tenants-march-on-town-hall",
            "rail-yard-homes-approved"
        ]
    );
    assert_eq!(
        articles[1].label,
        "Tenants march on town hall as rents climb again · 8 March 2025"
    );
    let counts: Vec<usize> = articles.iter().map(|o| o.count).collect();
    assert_eq!(counts, [8, 9, 9]);
    // One article: its quotes, and the speakers' counts within it.
    let march = ViewState::default().toggled(Facet::Article, "tenants-march-on-town-hall");
    let shown = index.select(&march);
    assert_eq!(shown.quotes, merged.story_quotes(1).collect::<Vec<_>>());
    let raman = shown
        .options(Facet::Speaker)
        .iter()
        .find(|o| o.id == "priya-raman");
    assert_eq!(raman.map(|o| o.count), Some(2));
    // The article group's own counts stay those of every article.
    let counts: Vec<usize> = shown
        .options(Facet::Article)
        .iter()
        .map(|o| o.count)
        .collect();
    assert_eq!(counts, [8, 9, 9]);
}

#[test]
fn a_collection_s_files_name_each_quote_s_article() {
    use quotes::export::{write, Format};
    use quotes::view_state::ViewState;
    let merged = sample();
    let none = |_: &quotes::Quote| None;
    let file = |format| {
        write(
            &merged,
            &ViewState::default(),
            &merged.quotes,
            &none,
            format,
        )
    };
    let json: serde_json::Value = serde_json::from_str(&file(Format::Json)).expect("JSON");
    let quotes = json["quotes"].as_array().expect("quotes");
    assert_eq!(quotes[0]["article"], "first-residents-move-in");
    assert_eq!(
        quotes[quotes.len() - 1]["article"],
        "rail-yard-homes-approved"
    );
    let csv = file(Format::Csv);
    let header = csv.lines().next().expect("a header");
    assert!(header.ends_with(",\"article\""), "{header}");
    // Each citation is of the quote's own article.
    let items: serde_json::Value = serde_json::from_str(&file(Format::CslJson)).expect("JSON");
    let last = &items[quotes.len() - 1];
    assert_eq!(
        last["title"],
        "Council approves 600 homes on the old Riverside rail yard"
    );
}

#[test]
fn a_permalink_names_its_quote_s_article() {
    use quotes::export::permalink;
    use quotes::url;
    let merged = sample();
    let last = merged.quotes.last().expect("quotes");
    let link = permalink("https://example.org/q/", &merged, last, None);
    assert_eq!(
        link,
        format!(
            "https://example.org/q/?article=rail-yard-homes-approved&quote={}",
            last.id
        )
    );
    // It reads back as that quote among its article's quotes.
    let (state, dropped) = url::decode(link.split_once('?').expect("a query").1, &merged);
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(state.quote.as_deref(), Some(last.id.as_str()));
    assert_eq!(
        state.articles.iter().collect::<Vec<_>>(),
        ["rail-yard-homes-approved"]
    );
    // A single article's permalink names the quote alone.
    let single = quotes::parse("“We will build,” said Ann Lee.", None);
    let link = permalink("/", &single, &single.quotes[0], None);
    assert_eq!(link, format!("/?quote={}", single.quotes[0].id));
}
