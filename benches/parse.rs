//! Throughput of `quotes::parse` on a large generated article.
//!
//! The article is the default one plus every fixture, repeated with the
//! names varied so people and ids do not collapse, until it is about 4 MB.
//! Run with `cargo bench --bench parse`; criterion prints the median time
//! and the throughput in MiB/s (target: at least 20 MB/s on one core).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn article() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut sources =
        vec![
            std::fs::read_to_string(format!("{root}/content/mikey-madison-anora.txt"))
                .unwrap_or_default(),
        ];
    if let Ok(dir) = std::fs::read_dir(format!("{root}/tests/fixtures")) {
        let mut paths: Vec<_> = dir
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            sources.push(std::fs::read_to_string(path).unwrap_or_default());
        }
    }
    let names = ["Madison", "Baker", "Ortiz", "Reyes", "Okafor", "Lindqvist"];
    let mut out = String::new();
    let mut round = 0;
    while out.len() < 4 << 20 {
        for source in &sources {
            let other = names[round % names.len()];
            out.push_str(&source.replace("Madison", other));
            out.push('\n');
        }
        round += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = article();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("generated-4MB", |b| {
        b.iter(|| quotes::parse(black_box(&text), None))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
