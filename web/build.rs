//! Parses the article at build time with the core parser, so the bundle
//! ships the parsed [`quotes::Article`] (as postcard bytes) instead of the
//! parser and a TOML reader: a smaller wasm, and nothing to compute before
//! first paint. A broken article or sidecar fails the build with a message
//! naming the file; the parser's doubts become cargo warnings.
//!
//! The article is `content/mikey-madison-anora.txt` unless `QUOTES_ARTICLE`
//! names another (relative to the repo root); its sidecar is the file of the
//! same name ending in `.toml`, if there is one.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_ARTICLE: &str = "content/mikey-madison-anora.txt";

fn main() {
    println!("cargo:rerun-if-env-changed=QUOTES_ARTICLE");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let article = env::var("QUOTES_ARTICLE").unwrap_or_else(|_| DEFAULT_ARTICLE.to_owned());
    let article = root.join(article);
    let sidecar = article.with_extension("toml");
    println!("cargo:rerun-if-changed={}", article.display());
    println!("cargo:rerun-if-changed={}", sidecar.display());

    let text = read(&article);
    let meta = sidecar.exists().then(|| {
        quotes::Sidecar::from_toml(&read(&sidecar)).unwrap_or_else(|error| {
            fail(&format!("{}:{error}", sidecar.display()));
        })
    });
    let parsed = quotes::parse(&text, meta.as_ref());
    for diagnostic in &parsed.diagnostics {
        println!("cargo:warning={}: {diagnostic}", article.display());
    }
    let bytes = postcard::to_allocvec(&parsed)
        .unwrap_or_else(|error| fail(&format!("could not encode the article: {error}")));
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")));
    fs::write(out.join("article.postcard"), bytes)
        .unwrap_or_else(|error| fail(&format!("could not write the parsed article: {error}")));
}

fn read(path: &Path) -> String {
    let bytes =
        fs::read(path).unwrap_or_else(|error| fail(&format!("{}: {error}", path.display())));
    String::from_utf8(bytes)
        .unwrap_or_else(|_| fail(&format!("{}: not UTF-8 text", path.display())))
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
