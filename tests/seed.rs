//! The default article's expectations (from the issue), checked through the
//! library and through the CLI's JSON lines.

use quotes::{parse, Kind, Sidecar};
use std::process::Command;

const ARTICLE: &str = include_str!("../content/mikey-madison-anora.txt");
const SIDECAR: &str = include_str!("../content/mikey-madison-anora.toml");

/// (kind, speaker name, quote text)
const EXPECTED: &[(&str, Option<&str>, &str)] = &[
    (
        "reported",
        Some("Mikey Madison"),
        "she’s no stranger to tears—whether she’s overjoyed or upset, crying is her natural way of expressing emotion",
    ),
    (
        "statement",
        Some("Mikey Madison"),
        "I was holding it in, which I had never done before,",
    ),
    (
        "statement",
        Some("Mikey Madison"),
        "I started questioning if I was becoming numb, like, ‘What’s going on?’",
    ),
    ("phrase", None, "a star is born"),
    (
        "statement",
        Some("a producer"),
        "I need to work with Mikey Madison ASAP.",
    ),
];

fn check(sidecar: Option<&Sidecar>) {
    let article = parse(ARTICLE, sidecar);
    let got: Vec<(&str, Option<&str>, &str)> = article
        .quotes
        .iter()
        .map(|q| {
            let speaker = article.speaker_of(q).map(|s| s.name.as_str());
            (q.kind.as_str(), speaker, q.text.as_str())
        })
        .collect();
    assert_eq!(got, EXPECTED);
    assert!(article
        .quotes
        .iter()
        .all(|q| !q.text.contains("Anora") || q.text.contains("ASAP")));
    assert!(article
        .quotes
        .iter()
        .filter(|q| q.kind != Kind::Phrase)
        .all(|q| !q.themes.is_empty()));
}

#[test]
fn default_article_without_sidecar() {
    check(None);
}

#[test]
fn default_article_with_sidecar() {
    let sidecar = Sidecar::from_toml(SIDECAR).ok();
    assert!(sidecar.is_some());
    check(sidecar.as_ref());
    let article = parse(ARTICLE, sidecar.as_ref());
    let madison = article.speaker("mikey-madison").map(|s| s.role.clone());
    assert_eq!(madison, Some(Some("actress".to_string())));
    let producer = article.speaker("producer").map(|s| s.described);
    assert_eq!(producer, Some(true));
    assert_eq!(article.meta, quotes::Meta::default());
}

#[test]
fn cli_json_lines_hold_the_expectations() {
    let output = Command::new(env!("CARGO_BIN_EXE_quotes"))
        .args(["content/mikey-madison-anora.txt", "--format", "jsonl"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .map_err(|e| e.to_string());
    let output = match output {
        Ok(o) => o,
        Err(e) => panic!("cannot run the CLI: {e}"),
    };
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(lines.len(), EXPECTED.len());
    for (line, (kind, speaker, quote)) in lines.iter().zip(EXPECTED) {
        assert_eq!(line["kind"], *kind);
        assert_eq!(line["quote"], *quote);
        assert_eq!(line["speaker"].as_str(), *speaker);
        for field in ["id", "cue", "themes", "paragraph", "start", "end"] {
            assert!(line.get(field).is_some(), "missing {field}");
        }
    }
}

#[test]
fn cli_errors_are_one_line_and_non_zero() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_quotes"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output();
        match out {
            Ok(o) => (
                o.status.success(),
                String::from_utf8_lossy(&o.stderr).to_string(),
            ),
            Err(e) => panic!("cannot run the CLI: {e}"),
        }
    };
    let dir = std::env::temp_dir().join(format!("quotes-cli-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let bad_utf8 = dir.join("bad.txt");
    let bad_toml = dir.join("bad.toml");
    let _ = std::fs::write(&bad_utf8, b"caf\xe9 \"hi,\" she said");
    let _ = std::fs::write(&bad_toml, "title = \"x\"\n[[people]]\nnam = \"A\"\n");
    let bad_utf8 = bad_utf8.display().to_string();
    let bad_toml = bad_toml.display().to_string();

    let (ok, err) = run(&["no/such/file.txt"]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("no/such/file.txt"),
        "{err}"
    );
    let (ok, err) = run(&[&bad_utf8]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("UTF-8"),
        "{err}"
    );
    let (ok, err) = run(&["content/mikey-madison-anora.txt", "--meta", &bad_toml]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("bad.toml:3:"),
        "{err}"
    );
    let empty = dir.join("empty.txt");
    let _ = std::fs::write(&empty, " \n\n ");
    let (ok, err) = run(&[&empty.display().to_string()]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("empty"),
        "{err}"
    );
    let quoteless = dir.join("quoteless.txt");
    let _ = std::fs::write(&quoteless, "No one said anything here.");
    let (ok, err) = run(&[&quoteless.display().to_string(), "--check"]);
    assert!(
        !ok && err.lines().count() == 1 && err.contains("no quotations"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cli_stops_quietly_when_its_reader_does() {
    // `quotes a.txt | head`: the pipe closes before the output ends (more
    // than a pipe's 64 KB buffer), which is no error and no panic.
    let path = std::env::temp_dir().join(format!("quotes-pipe-{}.txt", std::process::id()));
    let text: String = (0..2000)
        .map(|i| format!("“Line {i} of the night,” said Ana Ruiz.\n\n"))
        .collect();
    let _ = std::fs::write(&path, text);
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotes"))
        .arg(&path)
        .args(["--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("the CLI ends");
    let _ = std::fs::remove_file(&path);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn cli_check_prints_only_diagnostics_and_a_summary() {
    let out = Command::new(env!("CARGO_BIN_EXE_quotes"))
        .args(["content/mikey-madison-anora.txt", "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the CLI runs");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().unwrap_or_default();
    assert!(
        last.contains("quotes,") && last.contains("speakers"),
        "{err}"
    );
}
