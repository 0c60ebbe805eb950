//! Data-driven articles: every `tests/fixtures/NAME.txt` is parsed (with
//! `NAME.toml` when present) and compared with `NAME.expected`: its `#`
//! comment lines, then one quote per line as `kind | speaker | quote` (`-`
//! for no speaker). They are snapshots (expect-test):
//! `UPDATE_EXPECT=1 cargo test --test fixtures` rewrites each `.expected`
//! with what the parser produces, its comments kept.

use expect_test::expect_file;
use quotes::{parse, Sidecar};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn render(text: &str, sidecar: Option<&Sidecar>) -> String {
    let lines = parse(text, sidecar).quote_lines();
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// The `#` lines that open an expected file: what the fixture is about.
fn comments(expected: &str) -> String {
    expected
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn fixtures_match_their_expected_output() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    assert!(
        names.len() >= 6,
        "expected at least six fixtures, found {names:?}"
    );
    let mut failures = Vec::new();
    for name in &names {
        let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
        let text = read("txt").unwrap_or_default();
        let sidecar = read("toml").ok().and_then(|t| Sidecar::from_toml(&t).ok());
        let expected = expect_file![dir.join(format!("{name}.expected"))];
        let got = comments(&expected.data()) + &render(&text, sidecar.as_ref());
        // Every fixture is checked (and, with UPDATE_EXPECT, rewritten)
        // before the test fails; expect-test prints each one's diff.
        if catch_unwind(AssertUnwindSafe(|| expected.assert_eq(&got))).is_err() {
            failures.push(name);
        }
    }
    assert!(failures.is_empty(), "fixtures that differ: {failures:?}");
}
