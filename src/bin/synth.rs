//! `synth`: writes a synthetic article for scale tests.
//!
//! ```text
//! synth --quotes 10000 [--seed 1] > article.txt
//! ```
//!
//! The article comes from `quotes::synth::article`: the same numbers always
//! give the same text.

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: synth --quotes N [--seed S]";

fn main() -> ExitCode {
    let (quotes, seed) = match parse_args(std::env::args().skip(1)) {
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
    let text = quotes::synth::article(quotes, seed);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`synth … | head`) is not worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: writing the article: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut raw: impl Iterator<Item = String>) -> Result<Option<(usize, u64)>, String> {
    let mut quotes = None;
    let mut seed = 1;
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--quotes" => {
                let value = raw.next().ok_or("--quotes needs a number")?;
                quotes = Some(
                    value
                        .parse()
                        .map_err(|_| format!("--quotes: {value:?} is not a number"))?,
                );
            }
            "--seed" => {
                let value = raw.next().ok_or("--seed needs a number")?;
                seed = value
                    .parse()
                    .map_err(|_| format!("--seed: {value:?} is not a number"))?;
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let quotes = quotes.ok_or("--quotes is required")?;
    Ok(Some((quotes, seed)))
}
