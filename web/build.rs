//! Parses the article at build time with the core parser, so the bundle
//! ships the parsed [`quotes::Article`] (as postcard bytes) instead of the
//! parser and a TOML reader: a smaller wasm, and nothing to compute before
//! first paint. A broken article or sidecar fails the build with a message
//! naming the file; the parser's doubts become cargo warnings.
//!
//! The article is `content/mikey-madison-anora.txt` unless `QUOTES_ARTICLE`
//! names another (relative to the repo root); its sidecar is the file of the
//! same name ending in `.toml`, if there is one.
//!
//! A folder is a collection (`quotes::collection`): every `NAME.txt` in it
//! with its `NAME.toml`, merged, and `collection.toml` for the whole
//! (its title, publication, address). Its articles' list is written apart
//! (`stories.postcard`) and the `collection` cfg set, so the page's code for
//! collections is only in a collection's build.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_ARTICLE: &str = "content/mikey-madison-anora.txt";

/// The sidecar of the whole collection, in its folder.
const COLLECTION_SIDECAR: &str = "collection.toml";

fn main() {
    println!("cargo:rerun-if-env-changed=QUOTES_ARTICLE");
    println!("cargo::rustc-check-cfg=cfg(collection)");
    println!("cargo::rustc-check-cfg=cfg(sharded)");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let article = env::var("QUOTES_ARTICLE").unwrap_or_else(|_| DEFAULT_ARTICLE.to_owned());
    let article = root.join(article);
    println!("cargo:rerun-if-changed={}", article.display());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")));
    let parsed = if article.is_dir() {
        let collection = collection(&article);
        println!("cargo:rustc-cfg=collection");
        write(&out.join("stories.postcard"), &collection.stories);
        let shards = out.join("shards");
        if shards.exists() {
            fs::remove_dir_all(&shards).unwrap_or_else(|e| fail(&format!("{e}")));
        }
        if encode(&collection).len() > SHARD_BYTES {
            // Too big for the first load: a manifest in it, and files the
            // page fetches (the prerender copies them into the site).
            println!("cargo:rustc-cfg=sharded");
            let site = quotes::shards::split(&collection);
            write(&out.join("manifest.postcard"), &site.manifest);
            fs::create_dir_all(&shards).unwrap_or_else(|e| fail(&format!("{e}")));
            for (name, bytes) in &site.files {
                fs::write(shards.join(name), bytes).unwrap_or_else(|e| fail(&format!("{e}")));
            }
            if !collection.diagnostics.is_empty() {
                println!(
                    "cargo:warning={}: {} doubts; `quotes {} --check` lists them",
                    article.display(),
                    collection.diagnostics.len(),
                    article.display()
                );
            }
            write(&out.join("article.postcard"), &quotes::Article::default());
            write(&out.join("stories.postcard"), &Vec::<quotes::Story>::new());
            return;
        }
        collection
    } else {
        let sidecar = article.with_extension("toml");
        println!("cargo:rerun-if-changed={}", sidecar.display());
        let text = read(&article);
        let meta = sidecar.exists().then(|| {
            quotes::Sidecar::from_toml(&read(&sidecar)).unwrap_or_else(|error| {
                fail(&format!("{}:{error}", sidecar.display()));
            })
        });
        quotes::parse(&text, meta.as_ref())
    };
    for diagnostic in &parsed.diagnostics {
        println!("cargo:warning={}: {diagnostic}", article.display());
    }
    write(&out.join("article.postcard"), &parsed);
}

/// Every `NAME.txt` of the folder `dir`, with its `NAME.toml`, merged.
fn collection(dir: &Path) -> quotes::Article {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|error| fail(&format!("{}: {error}", dir.display())));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        fail(&format!(
            "{}: no NAME.txt articles in this folder",
            dir.display()
        ));
    }
    let files = paths
        .iter()
        .map(|path| {
            let sidecar = path.with_extension("toml");
            quotes::collection::File {
                name: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                text: read(path),
                sidecar: sidecar.exists().then(|| read(&sidecar)),
            }
        })
        .collect();
    let whole = dir.join(COLLECTION_SIDECAR);
    let meta = whole.exists().then(|| {
        quotes::Sidecar::from_toml(&read(&whole))
            .unwrap_or_else(|error| fail(&format!("{}:{error}", whole.display())))
            .meta()
    });
    quotes::collection::build(files, meta.unwrap_or_default())
        .unwrap_or_else(|error| fail(&format!("{}/{error}", dir.display())))
}

/// A collection whose postcard bytes pass this is cut into files fetched
/// on need (`quotes::shards`): past it, the first load would grow by more
/// than the page's whole code for collections.
const SHARD_BYTES: usize = 256 * 1024;

fn encode<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value)
        .unwrap_or_else(|error| fail(&format!("could not encode the article: {error}")))
}

fn write<T: serde::Serialize + ?Sized>(path: &Path, value: &T) {
    let bytes = encode(value);
    fs::write(path, bytes)
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
