//! The explorer at scale: 1k, 10k and 100k quotes of `quotes::synth`.
//!
//! For each size: parsing the article, building the `Index`, one filter
//! change (`Index::select` with one speaker and one theme ticked) and one
//! search keystroke (`Index::select` as "tea" becomes "tear"). Run with
//! `cargo bench --bench scale`; criterion prints the median of each. Sample
//! counts are small so the whole run stays within a few minutes. Then a
//! collection's build at 100 and 1,000 articles (`collection/`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotes::index::Index;
use quotes::view_state::ViewState;
use quotes::Article;
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// One speaker (the most quoted) and one theme ticked.
fn filtered(article: &Article) -> ViewState {
    let mut counts = std::collections::HashMap::<&str, usize>::new();
    for speaker in article.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
        *counts.entry(speaker).or_default() += 1;
    }
    let speaker = counts
        .into_iter()
        .max_by_key(|&(id, n)| (n, std::cmp::Reverse(id)))
        .map(|(id, _)| id.to_owned());
    let theme = article.themes.first().map(|t| t.id.clone());
    ViewState {
        speakers: speaker.into_iter().collect(),
        themes: theme.into_iter().collect(),
        ..ViewState::default()
    }
}

fn searching(query: &str) -> ViewState {
    ViewState {
        query: query.to_owned(),
        ..ViewState::default()
    }
}

fn bench(c: &mut Criterion) {
    for n in SIZES {
        let text = quotes::synth::article(n, 1);
        let article = quotes::parse(&text, None);
        let index = Index::new(&article);
        let filter = filtered(&article);
        let (before, after) = (searching("tea"), searching("tear"));
        // The states differ from the one before them, as in the page.
        black_box(index.select(&ViewState::default()));
        black_box(index.select(&before));

        let mut group = c.benchmark_group("scale");
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(if n >= 100_000 { 5 } else { 2 }));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", n), &text, |b, text| {
            b.iter(|| quotes::parse(black_box(text), None))
        });
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("index-build", n),
            &article,
            |b, article| b.iter(|| Index::new(black_box(article))),
        );
        group.bench_with_input(BenchmarkId::new("filter-change", n), &filter, |b, state| {
            b.iter(|| index.select(black_box(state)))
        });
        group.bench_with_input(
            BenchmarkId::new("search-keystroke", n),
            &after,
            |b, state| b.iter(|| index.select(black_box(state))),
        );
        group.finish();
    }
}

/// A synthetic collection of `articles` articles, as `./run build DIR`
/// would read it.
fn collection_files(articles: usize) -> Vec<quotes::collection::File> {
    quotes::synth::collection(articles, 50, 1)
        .into_iter()
        .map(|m| quotes::collection::File {
            name: m.name,
            text: m.text,
            sidecar: Some(m.sidecar),
        })
        .collect()
}

/// A collection's build: parsing and merging its articles, then cutting it
/// into its static files (`quotes::shards`), for 100 and 1,000 articles of
/// 50 quotes (`QUOTES_COLLECTIONS=100,1000,10000` for others).
fn collections(c: &mut Criterion) {
    let sizes = std::env::var("QUOTES_COLLECTIONS").unwrap_or_else(|_| "100,1000".to_owned());
    for articles in sizes
        .split(',')
        .filter_map(|n| n.trim().parse::<usize>().ok())
    {
        let files = collection_files(articles);
        let merged =
            quotes::collection::build(files.clone(), quotes::Meta::default()).unwrap_or_default();
        let mut group = c.benchmark_group("collection");
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.throughput(Throughput::Elements(articles as u64));
        group.bench_with_input(BenchmarkId::new("build", articles), &files, |b, files| {
            b.iter(|| quotes::collection::build(black_box(files.clone()), quotes::Meta::default()))
        });
        group.bench_with_input(BenchmarkId::new("split", articles), &merged, |b, merged| {
            b.iter(|| quotes::shards::split(black_box(merged)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench, collections);
criterion_main!(benches);
