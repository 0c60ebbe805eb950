//! The sample collection in `content/riverside-housing/`, three articles
//! with people in common, merged as `./run build` merges a folder.

use quotes::collection::{self, Collection, File};
use quotes::Meta;
use std::path::Path;

fn sample() -> Collection {
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
    let names: Vec<&str> = merged
        .article
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    for person in ["Priya Raman", "Owen Castell", "Delia Moss", "Hal Brenner"] {
        assert_eq!(
            names.iter().filter(|n| **n == person).count(),
            1,
            "{person}: {names:?}"
        );
    }
    assert_eq!(merged.shared_speakers(), 4);
    // Each story's quotes point into its own paragraphs.
    for at in 0..merged.stories.len() {
        let paragraphs = merged.paragraphs(at);
        for quote in &merged.article.quotes[merged.quotes(at)] {
            assert!(paragraphs.contains(&quote.paragraph), "{}", quote.text);
            assert!(merged.article.segment_text(&quote.segments[0]).is_some());
        }
    }
    // A theme of the same name in two articles is one theme.
    let labels: Vec<&str> = merged
        .article
        .themes
        .iter()
        .map(|t| t.label.as_str())
        .collect();
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
