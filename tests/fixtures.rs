//! Data-driven articles: every `tests/fixtures/NAME.txt` is parsed (with
//! `NAME.toml` when present) and compared with `NAME.expected`, one quote
//! per line as `kind | speaker | quote` (`-` for no speaker; `#` lines are
//! comments). Set `UPDATE_EXPECT=1` to print what the parser produces.

use quotes::{parse, Sidecar};
use std::path::Path;

fn render(text: &str, sidecar: Option<&Sidecar>) -> String {
    let article = parse(text, sidecar);
    let mut out = String::new();
    for q in &article.quotes {
        let speaker = article.speaker_of(q).map_or("-", |s| s.name.as_str());
        out.push_str(&format!("{} | {} | {}\n", q.kind.as_str(), speaker, q.text));
    }
    out
}

fn expected(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
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
        let got = render(&text, sidecar.as_ref());
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            println!("== {name}\n{got}");
        }
        let want = expected(&read("expected").unwrap_or_default());
        if got != want {
            failures.push(format!("== {name}\n-- expected\n{want}-- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
