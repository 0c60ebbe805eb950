//! `quotes`: the editors' command line.
//!
//! ```text
//! quotes ARTICLE.txt [--meta ARTICLE.toml] [--format FORMAT] [--base-url URL] [--check]
//! quotes FOLDER [--format FORMAT] [--base-url URL] [--check]
//! quotes eval DIR [-v] [--fragments] [--reported]
//! quotes themes PATH... [-v]
//! ```
//!
//! Reads the article (and its sidecar: the `--meta` file, or `ARTICLE.toml`
//! next to the article when present), parses it and prints its quotes: an
//! aligned table (`table`, the default), JSON lines, one quote a line
//! (`jsonl`), or the files the page downloads (`quotes::export`): `csv`,
//! `json` (the quotes with the article's metadata), `csl-json` or
//! `markdown`; `--base-url` is the explorer's address, for each quote's
//! permalink. Every failure is one line on stderr naming the file, and a
//! non-zero exit; diagnostics go to stderr as warnings so what is printed
//! on stdout stays clean.
//!
//! A folder is a collection (`quotes::collection`): every `NAME.txt` in
//! it, with its `NAME.toml`, parsed and merged (`collection.toml` is the
//! whole's). Its table has a line per article, newest first, before the
//! merged quotes; its files name each quote's article.
//!
//! `--check` is what `./run build` runs before building a site: it prints
//! only the diagnostics and a one-line summary, and also fails when the
//! article has no quotations (the site would be empty).
//!
//! `eval` scores the parser against a labelled corpus (`./run accuracy`):
//! every `NAME.gold.json` in DIR with its `NAME.txt` (and `NAME.toml` when
//! present), scored by `quotes::eval` as the corpus's `score.py` scores the
//! `--format json` or `jsonl` output. It prints a line per file, a line per subset
//! (the name before its first `_`) and the overall line; `-v` lists wrong
//! speakers, misses and false quotes with their paragraph. Its failures
//! (no folder, no gold file, a gold file it cannot read) exit with 2. An
//! article file named `eval` is read as `quotes ./eval`.
//!
//! `themes` reports the themes of each article given, or of every `.txt`
//! in a folder given (`quotes::theme_report`): a line per article with its
//! quotes, the share under a theme, its themes and how many quotes each
//! covers, then the totals against the themes goal; `-v` lists the quotes
//! with no theme.

use quotes::view_state::ViewState;
use quotes::{export, parse, Article, Sidecar};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: quotes ARTICLE.txt [--meta ARTICLE.toml] [--check]
         [--format table|jsonl|csv|json|csl-json|markdown] [--base-url URL]
       quotes FOLDER [--format FORMAT] [--base-url URL] [--check]
       quotes eval DIR [-v] [--fragments] [--reported]
       quotes themes PATH... [-v]";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    /// JSON lines, one quote a line.
    Lines,
    /// A file the page downloads too.
    File(export::Format),
}

struct Args {
    article: PathBuf,
    meta: Option<PathBuf>,
    format: Format,
    /// The explorer's address, for permalinks.
    base_url: Option<String>,
    check: bool,
}

/// `quotes eval DIR ...`.
#[cfg_attr(not(feature = "eval"), allow(dead_code))]
struct EvalArgs {
    dir: PathBuf,
    verbose: bool,
    fragments: bool,
    reported: bool,
}

/// `quotes themes PATH... [-v]`.
struct ThemesArgs {
    paths: Vec<PathBuf>,
    verbose: bool,
}

enum Command {
    Article(Args),
    Eval(EvalArgs),
    Themes(ThemesArgs),
}

fn main() -> ExitCode {
    let command = match parse_command(std::env::args().skip(1)) {
        Ok(Some(command)) => command,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (result, failure) = match &command {
        Command::Article(args) => (run(args), ExitCode::FAILURE),
        Command::Eval(args) => (eval(args), ExitCode::from(2)),
        Command::Themes(args) => (themes(args), ExitCode::FAILURE),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            failure
        }
    }
}

/// `eval` as the first argument is the scorer, `themes` the theme report;
/// anything else an article.
fn parse_command(raw: impl Iterator<Item = String>) -> Result<Option<Command>, String> {
    let mut raw = raw.peekable();
    if raw.peek().map(String::as_str) == Some("eval") {
        raw.next();
        return Ok(parse_eval_args(raw)?.map(Command::Eval));
    }
    if raw.peek().map(String::as_str) == Some("themes") {
        raw.next();
        return Ok(parse_themes_args(raw)?.map(Command::Themes));
    }
    Ok(parse_args(raw)?.map(Command::Article))
}

fn parse_eval_args(raw: impl Iterator<Item = String>) -> Result<Option<EvalArgs>, String> {
    let mut dir = None;
    let (mut verbose, mut fragments, mut reported) = (false, false, false);
    for arg in raw {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "-v" | "--verbose" => verbose = true,
            "--fragments" => fragments = true,
            "--reported" => reported = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument {extra:?}")),
        }
    }
    let dir = dir.ok_or("eval needs a folder of NAME.txt and NAME.gold.json")?;
    Ok(Some(EvalArgs {
        dir,
        verbose,
        fragments,
        reported,
    }))
}

fn parse_themes_args(raw: impl Iterator<Item = String>) -> Result<Option<ThemesArgs>, String> {
    let mut paths = Vec::new();
    let mut verbose = false;
    for arg in raw {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "-v" | "--verbose" => verbose = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        return Err("themes needs an article or a folder of them".into());
    }
    Ok(Some(ThemesArgs { paths, verbose }))
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut article = None;
    let mut meta = None;
    let mut format = Format::Table;
    let mut base_url = None;
    let mut check = false;
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--check" => check = true,
            "--meta" => meta = Some(PathBuf::from(raw.next().ok_or("--meta needs a file")?)),
            "--format" => {
                format = match raw.next().as_deref() {
                    Some("table") => Format::Table,
                    Some("jsonl") => Format::Lines,
                    Some(name) => Format::File(
                        export::Format::from_name(name)
                            .ok_or_else(|| format!("unknown format {name:?}"))?,
                    ),
                    None => return Err("--format needs a format".into()),
                }
            }
            "--base-url" => base_url = Some(raw.next().ok_or("--base-url needs an address")?),
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
        base_url,
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

/// Writes the output. A reader that stops early (`quotes a.txt | head`)
/// closes the pipe: that ends the output, it is no error.
fn emit(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("stdout: {}", io_reason(&e)))
        }
        _ => Ok(()),
    }
}

fn run(args: &Args) -> Result<(), String> {
    if args.article.is_dir() {
        return run_collection(args);
    }
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
    print(args, &article)
}

/// The article's quotes in the format asked for, on stdout.
fn print(args: &Args, article: &Article) -> Result<(), String> {
    let permalink = |q: &quotes::Quote| {
        args.base_url
            .as_deref()
            .map(|base| export::permalink(base, article, q, None))
    };
    let out = match args.format {
        Format::Lines => json_lines(article, &permalink)?,
        Format::File(format) => export::write(
            article,
            &ViewState::default(),
            &article.quotes,
            &permalink,
            format,
        ),
        Format::Table => table(article),
    };
    emit(&out)
}

/// A folder: every `NAME.txt` in it (with `NAME.toml`) as one collection
/// (`quotes::collection`). `--check` says how it merged; otherwise its
/// quotes are printed as for one article (each file format naming each
/// quote's article), a table after a line per article.
#[cfg(feature = "toml")]
fn run_collection(args: &Args) -> Result<(), String> {
    if args.meta.is_some() {
        return Err(format!(
            "{}: a folder is a collection: each article's sidecar is next to it, \
             and collection.toml is the whole's",
            args.article.display()
        ));
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&args.article)
        .map_err(|e| format!("{}: {e}", args.article.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    for path in &paths {
        let sidecar = path.with_extension("toml");
        files.push(quotes::collection::File {
            name: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            text: read_text(path)?,
            sidecar: sidecar.is_file().then(|| read_text(&sidecar)).transpose()?,
        });
    }
    let where_ = args.article.display();
    if files.is_empty() {
        return Err(format!("{where_}: no NAME.txt articles in this folder"));
    }
    // The whole's sidecar, as the page's build reads it.
    let whole = args.article.join("collection.toml");
    let meta = match whole.is_file() {
        true => load_sidecar(&whole)?.meta(),
        false => quotes::Meta::default(),
    };
    let collection = quotes::collection::build(files, meta).map_err(|e| format!("{where_}/{e}"))?;
    for d in &collection.diagnostics {
        eprintln!("warning: {where_}/{d}");
    }
    if args.check {
        summary(&args.article, &collection)?;
        eprintln!(
            "{where_}: {} articles, {} speakers quoted in more than one",
            collection.stories.len(),
            quotes::collection::shared_speakers(&collection)
        );
        return Ok(());
    }
    if args.format != Format::Table {
        return print(args, &collection);
    }
    let mut out = String::new();
    for (at, story) in collection.stories.iter().enumerate() {
        let title = story.meta.title.as_deref().unwrap_or("(no title)");
        let date = story.meta.date.as_deref().unwrap_or("no date");
        let quotes = collection.story_quotes(at).len();
        out.push_str(&format!(
            "{}: {title} ({date}), {quotes} quotes\n",
            story.slug
        ));
    }
    out.push('\n');
    out.push_str(&table(&collection));
    emit(&out)
}

#[cfg(not(feature = "toml"))]
fn run_collection(args: &Args) -> Result<(), String> {
    Err(format!(
        "{}: a collection needs TOML support (feature `toml`)",
        args.article.display()
    ))
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

/// Scores every `NAME.gold.json` in the folder against the parser's quotes
/// for `NAME.txt`; every gold file is read before anything is printed.
#[cfg(feature = "eval")]
fn eval(args: &EvalArgs) -> Result<(), String> {
    use quotes::eval::{predictions, Gold, Options, Report};

    let dir = &args.dir;
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: {}", dir.display(), io_reason(&e)))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".gold.json").map(str::to_string))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("no NAME.gold.json files in {}", dir.display()));
    }
    let golds = names
        .iter()
        .map(|name| {
            let path = dir.join(format!("{name}.gold.json"));
            Gold::from_json(&read_text(&path)?).map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut report = Report::new(Options {
        fragments: args.fragments,
        reported: args.reported,
    });
    for (name, gold) in names.iter().zip(&golds) {
        let txt = dir.join(format!("{name}.txt"));
        if !txt.is_file() {
            report.add(name, gold, &[], &[], " (no text file)");
            continue;
        }
        let text = read_text(&txt)?;
        let toml = txt.with_extension("toml");
        let sidecar = if toml.is_file() {
            Some(load_sidecar(&toml)?)
        } else {
            None
        };
        // The parser never panics (ARCHITECTURE.md); if it ever did, the
        // file is scored as no quotes, as score.py scores an empty output.
        let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            parse(&text, sidecar.as_ref())
        }));
        match parsed {
            Ok(article) => {
                report.add(name, gold, &predictions(&article), &article.paragraphs, "");
            }
            Err(_) => {
                report.add(name, gold, &[], &[], " (the parser panicked)");
            }
        }
    }
    emit(&report.render(args.verbose))
}

#[cfg(not(feature = "eval"))]
fn eval(_: &EvalArgs) -> Result<(), String> {
    Err("this build has no scorer (feature `eval`)".into())
}

/// The theme report for the articles given and the `.txt` files of the
/// folders given, each with its sidecar when one sits next to it.
fn themes(args: &ThemesArgs) -> Result<(), String> {
    use quotes::theme_report::{render, ArticleThemes};

    let mut files = Vec::new();
    for path in &args.paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {}", path.display(), io_reason(&e)))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    let mut report = Vec::with_capacity(files.len());
    for file in &files {
        let text = read_text(file)?;
        let toml = file.with_extension("toml");
        let sidecar = if toml.is_file() {
            Some(load_sidecar(&toml)?)
        } else {
            None
        };
        let article = parse(&text, sidecar.as_ref());
        let name = file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        report.push(ArticleThemes::of(&name, &article));
    }
    emit(&render(&report, args.verbose))
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

/// One JSON line per quote: the rows of `--format json`, without the file
/// around them.
fn json_lines(
    article: &Article,
    permalink: &dyn Fn(&quotes::Quote) -> Option<String>,
) -> Result<String, String> {
    let mut out = String::new();
    for q in &article.quotes {
        let row = export::Row::new(article, q, permalink(q));
        out.push_str(&serde_json::to_string(&row).map_err(|e| e.to_string())?);
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
