//! The core's parse and index build times in wasm, in headless Chromium: a
//! benchmark, not a test (it asserts nothing, and `test = false` keeps it
//! out of every plain `cargo test`). `./run bench-scale` runs it, built with
//! `wasm-release`, the profile the article reader ships with.
//!
//! It runs in a dedicated worker, where the article reader parses. For each
//! size it writes the same synthetic article as the native
//! `benches/scale.rs` (`quotes::synth`, seed 1; timed apart, so the parse
//! figure excludes it), then times `quotes::parse` and `Index::new`, each
//! after a warm-up, and logs their medians, one line each, for
//! `tools/parse-speed.mjs` to set beside criterion's native medians.
#![cfg(target_arch = "wasm32")]

use quotes::index::Index;
use std::hint::black_box;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance)]
    fn now() -> f64;
    #[wasm_bindgen(js_namespace = console)]
    fn log(line: &str);
}

/// Quotes per article: `QUOTES_SCALE_SIZES` at build time, which
/// `./run bench-scale 1000 10000` sets from its arguments.
const SIZES: &str = match option_env!("QUOTES_SCALE_SIZES") {
    Some(sizes) => sizes,
    None => "1000 10000 100000",
};

/// Time per figure. V8 first runs wasm from its baseline compiler and
/// optimises hot functions later: the warm-up (as in `benches/scale.rs`)
/// keeps those first runs out of the samples. Then at least 5 runs, more
/// while within `MEASURE_MS`, at most 51.
const WARM_UP_MS: f64 = 500.0;
const MEASURE_MS: f64 = 3000.0;
const RUNS: std::ops::RangeInclusive<usize> = 5..=51;

#[wasm_bindgen_test]
fn parse_speed() {
    for n in SIZES.split_whitespace().filter_map(|n| n.parse().ok()) {
        let start = now();
        let text = quotes::synth::article(n, 1);
        report(n, "generate", &[now() - start]);
        let parse = sample(|| quotes::parse(black_box(&text), None));
        report(n, "parse", &parse);
        let article = quotes::parse(&text, None);
        let index = sample(|| Index::new(black_box(&article)));
        report(n, "index-build", &index);
    }
}

/// Milliseconds per run of `work`, dropping its result inside the timing as
/// criterion's `iter` does.
fn sample<T>(mut work: impl FnMut() -> T) -> Vec<f64> {
    let start = now();
    while now() - start < WARM_UP_MS {
        drop(black_box(work()));
    }
    let (mut runs, start) = (Vec::new(), now());
    while runs.len() < *RUNS.start() || (runs.len() < *RUNS.end() && now() - start < MEASURE_MS) {
        let run = now();
        drop(black_box(work()));
        runs.push(now() - run);
    }
    runs
}

/// One line `wasm <n> <what>: <median> ms, median of <runs>`.
fn report(n: usize, what: &str, runs: &[f64]) {
    let mut sorted = runs.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    let median = if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    };
    log(&format!(
        "wasm {n} {what}: {median:.3} ms, median of {}",
        runs.len()
    ));
}
