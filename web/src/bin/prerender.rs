//! Prerenders the default view into a built `index.html`, from the same
//! components the browser runs (Leptos server-side rendering), so the page
//! is readable and indexable without JavaScript and paints before the wasm
//! arrives; and gives the page the article's own title, description and
//! link-preview tags (`head`). Run by the Trunk hook `tools/prerender.sh`
//! on release builds.
//!
//! Usage: `prerender PATH/TO/index.html` (rewritten in place).

// Server-side rendering nests view types deeper than the default limit.
#![recursion_limit = "256"]

use std::{env, fs, process};

use leptos::prelude::*;

// A crate root's modules sit next to it; beside this file, cargo would take
// `head.rs` for a binary of its own.
#[path = "prerender/head.rs"]
mod head;

fn main() {
    let Some(path) = env::args().nth(1) else {
        fail("usage: prerender PATH/TO/index.html");
    };
    let html = fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    // The prerendered page lowercases as the live page does.
    quotes::case::set_host(|c, out| out.extend(c.to_lowercase()));
    let owner = Owner::new();
    let body = owner.with(|| view! { <quotes_web::App /> }.to_html());
    let article = quotes_web::content::article().unwrap_or_else(|e| fail(&e));
    let Some(html) = head::replace(&html, &head::tags(&article)) else {
        fail(&format!("{path}: no <title> and description to replace"));
    };
    let Some(done) = inject(&html, &body) else {
        fail(&format!("{path}: no <body></body> to fill"));
    };
    fs::write(&path, done).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    #[cfg(sharded)]
    copy_shards(std::path::Path::new(&path));
}

/// A big collection's files (written by `build.rs`), into `shards/` beside
/// the page.
#[cfg(sharded)]
fn copy_shards(page: &std::path::Path) {
    let from = std::path::Path::new(env!("OUT_DIR")).join("shards");
    let to = page
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join("shards");
    let copy = || -> std::io::Result<()> {
        fs::create_dir_all(&to)?;
        for entry in fs::read_dir(&from)? {
            let entry = entry?;
            fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
        Ok(())
    };
    copy().unwrap_or_else(|e| fail(&format!("{}: {e}", from.display())));
}

/// `html` with `body` inside `<div id="app">`, in place of the empty body.
fn inject(html: &str, body: &str) -> Option<String> {
    let empty = "<body></body>";
    html.contains(empty).then(|| {
        html.replacen(
            empty,
            &format!("<body><div id=\"app\">{body}</div></body>"),
            1,
        )
    })
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
