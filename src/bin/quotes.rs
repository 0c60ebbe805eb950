//! `quotes`: the editors' command line.
//!
//! ```text
//! quotes ARTICLE.txt [--meta ARTICLE.toml] [--format table|json] [--check]
//! ```
//!
//! Reads the article (and its sidecar: the `--meta` file, or `ARTICLE.toml`
//! next to the article when present), parses it and prints either an
//! aligned table or JSON lines, one quote per line. Every failure is one
//! line on stderr naming the file, and a non-zero exit; diagnostics go to
//! stderr as warnings so the JSON on stdout stays clean.
//!
//! `--check` is what `./run build` runs before building a site: it prints
//! only the diagnostics and a one-line summary, and also fails when the
//! article has no quotations (the site would be empty).

use quotes::{parse, Article, Sidecar};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: quotes ARTICLE.txt [--meta ARTICLE.toml] [--format table|json] [--check]";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Json,
}

struct Args {
    article: PathBuf,
    meta: Option<PathBuf>,
    format: Format,
    check: bool,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut article = None;
    let mut meta = None;
    let mut format = Format::Table;
    let mut check = false;
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--check" => check = true,
            "--meta" => meta = Some(PathBuf::from(raw.next().ok_or("--meta needs a file")?)),
            "--format" => {
                format = match raw.next().as_deref() {
                    Some("table") => Format::Table,
                    Some("json") => Format::Json,
                    Some(other) => return Err(format!("unknown format {other:?}")),
                    None => return Err("--format needs table or json".into()),
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            path if article.is_none() => article = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument {extra:?}")),
        }
    }
    let article = article.ok_or("missing ARTICLE.txt")?;
    Ok(Some(Args {
        article,
        meta,
        format,
        check,
    }))
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("{}: {}", path.display(), io_reason(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not valid UTF-8 (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// The OS message without Rust's " (os error 2)" suffix.
fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn run(args: &Args) -> Result<(), String> {
    let text = read_text(&args.article)?;
    if text.trim().is_empty() {
        return Err(format!(
            "{}: empty, there is no text to read",
            args.article.display()
        ));
    }
    let meta_path = match &args.meta {
        Some(path) => Some(path.clone()),
        None => Some(args.article.with_extension("toml")).filter(|p| p.is_file()),
    };
    let sidecar = match &meta_path {
        Some(path) => Some(load_sidecar(path)?),
        None => None,
    };
    let article = parse(&text, sidecar.as_ref());
    for d in &article.diagnostics {
        eprintln!("warning: {}: {d}", args.article.display());
    }
    if args.check {
        return summary(&args.article, &article);
    }
    let out = match args.format {
        Format::Json => json_lines(&article)?,
        Format::Table => table(&article),
    };
    print!("{out}");
    Ok(())
}

#[cfg(feature = "toml")]
fn load_sidecar(path: &Path) -> Result<Sidecar, String> {
    let text = read_text(path)?;
    Sidecar::from_toml(&text).map_err(|e| match e.line {
        Some(line) => format!("{}:{line}: {}", path.display(), e.message),
        None => format!("{}: {}", path.display(), e.message),
    })
}

#[cfg(not(feature = "toml"))]
fn load_sidecar(path: &Path) -> Result<Sidecar, String> {
    Err(format!(
        "{}: this build has no TOML support (feature `toml`)",
        path.display()
    ))
}

/// What `--check` says: the counts, or an error if there is nothing to show.
fn summary(path: &Path, article: &Article) -> Result<(), String> {
    if article.quotes.is_empty() {
        return Err(format!(
            "{}: no quotations found, so the explorer would be empty",
            path.display()
        ));
    }
    eprintln!(
        "{}: {} quotes, {} speakers, {} themes",
        path.display(),
        article.quotes.len(),
        article.speakers.len(),
        article.themes.len()
    );
    Ok(())
}

/// One JSON line per quote.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    quote: &'a str,
    speaker: Option<&'a str>,
    speaker_id: Option<&'a str>,
    cue: Option<&'a str>,
    kind: quotes::Kind,
    themes: Vec<&'a str>,
    paragraph: usize,
    start: usize,
    end: usize,
    segments: &'a [quotes::Segment],
}

fn json_lines(article: &Article) -> Result<String, String> {
    let mut out = String::new();
    for q in &article.quotes {
        let speaker = q.speaker.as_deref().and_then(|id| article.speaker(id));
        let line = Line {
            id: &q.id,
            quote: &q.text,
            speaker: speaker.map(|s| s.name.as_str()),
            speaker_id: q.speaker.as_deref(),
            cue: q.cue.as_deref(),
            kind: q.kind,
            themes: q
                .themes
                .iter()
                .filter_map(|t| article.theme(t).map(|t| t.label.as_str()))
                .collect(),
            paragraph: q.paragraph,
            start: q.start,
            end: q.end,
            segments: &q.segments,
        };
        out.push_str(&serde_json::to_string(&line).map_err(|e| e.to_string())?);
        out.push('\n');
    }
    Ok(out)
}

/// An aligned table; the quote is the last column so it may run long.
fn table(article: &Article) -> String {
    let header = ["¶", "KIND", "SPEAKER", "CUE", "THEMES", "QUOTE"];
    let mut rows: Vec<[String; 6]> = Vec::new();
    for q in &article.quotes {
        let speaker = q
            .speaker
            .as_deref()
            .and_then(|id| article.speaker(id))
            .map_or("—".to_string(), |s| s.name.clone());
        let themes: Vec<&str> = q
            .themes
            .iter()
            .filter_map(|t| article.theme(t).map(|t| t.label.as_str()))
            .collect();
        rows.push([
            (q.paragraph + 1).to_string(),
            q.kind.as_str().to_string(),
            speaker,
            q.cue.clone().unwrap_or_else(|| "—".into()),
            if themes.is_empty() {
                "—".into()
            } else {
                themes.join(", ")
            },
            format!("“{}”", q.text),
        ]);
    }
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row.iter()) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                text.push_str(cell);
            } else {
                let pad = widths[i].saturating_sub(cell.chars().count());
                text.push_str(cell);
                text.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&header.map(String::from));
    for row in &rows {
        line(row);
    }
    out.push_str(&format!(
        "\n{} quotes, {} speakers, {} themes\n",
        article.quotes.len(),
        article.speakers.len(),
        article.themes.len()
    ));
    out
}
