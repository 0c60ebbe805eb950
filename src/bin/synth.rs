//! `synth`: writes a synthetic article, or a synthetic collection, for
//! scale tests.
//!
//! ```text
//! synth --quotes 10000 [--seed 1] > article.txt
//! synth --articles 1000 [--quotes 50] [--seed 1] --out DIR
//! ```
//!
//! The text comes from `quotes::synth`: the same numbers always give the
//! same text. A collection is a folder of `NAME.txt` files with their
//! `NAME.toml` sidecars, and a `collection.toml`, as `./run build DIR`
//! reads it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: synth --quotes N [--seed S]\n       \
                     synth --articles N [--quotes PER_ARTICLE] [--seed S] --out DIR";

/// Quotes of each article of a collection unless `--quotes` says.
const QUOTES_PER_ARTICLE: usize = 50;

#[derive(Debug, Default)]
struct Args {
    quotes: Option<usize>,
    articles: Option<usize>,
    seed: Option<u64>,
    out: Option<PathBuf>,
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
    let seed = args.seed.unwrap_or(1);
    let written = match (args.articles, args.out) {
        (Some(articles), Some(out)) => write_collection(
            articles,
            args.quotes.unwrap_or(QUOTES_PER_ARTICLE),
            seed,
            &out,
        )
        .map_err(|e| format!("writing {}: {e}", out.display())),
        (Some(_), None) => Err("--articles needs --out DIR".to_owned()),
        (None, _) => match args.quotes {
            Some(quotes) => write_article(quotes, seed),
            None => Err("--quotes or --articles is required".to_owned()),
        },
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_article(quotes: usize, seed: u64) -> Result<(), String> {
    let text = quotes::synth::article(quotes, seed);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`synth … | head`) is not worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("writing the article: {e}")),
    }
}

fn write_collection(
    articles: usize,
    quotes: usize,
    seed: u64,
    out: &PathBuf,
) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    std::fs::write(
        out.join("collection.toml"),
        format!(
            "title = \"A synthetic collection of {articles} articles\"\n\
             publication = \"The Synthetic Gazette\"\n"
        ),
    )?;
    for member in quotes::synth::collection(articles, quotes, seed) {
        std::fs::write(out.join(format!("{}.txt", member.name)), member.text)?;
        std::fs::write(out.join(format!("{}.toml", member.name)), member.sidecar)?;
    }
    Ok(())
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut args = Args::default();
    while let Some(arg) = raw.next() {
        let mut value = |name: &str| raw.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--quotes" => args.quotes = Some(number("--quotes", &value("--quotes")?)?),
            "--articles" => args.articles = Some(number("--articles", &value("--articles")?)?),
            "--seed" => args.seed = Some(number("--seed", &value("--seed")?)?),
            "--out" => args.out = Some(PathBuf::from(value("--out")?)),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Some(args))
}

fn number<T: std::str::FromStr>(name: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{name}: {value:?} is not a number"))
}
