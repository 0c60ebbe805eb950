//! The article's header: its title and the metadata the sidecar gives
//! (never guessed), and how many quotes and speakers it holds.

use leptos::prelude::*;

use crate::explorer::use_explorer;

/// Title, byline and counts.
#[component]
pub fn ArticleHeader() -> impl IntoView {
    let ex = use_explorer();
    let meta = &ex.article.meta;
    let title = meta
        .title
        .clone()
        .unwrap_or_else(|| "Who said what in this article".to_owned());
    let byline: Vec<String> = [&meta.author, &meta.publication, &meta.date]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let source = meta.url.clone().map(|url| {
        view! {
            <a class="header__source" href=url rel="noopener">
                "Read the original"
            </a>
        }
    });
    let quotes = ex.article.quotes.len();
    let speakers = ex.article.speakers.len();
    let counts = format!(
        "{quotes} {} from {speakers} {}",
        plural(quotes, "quote", "quotes"),
        plural(speakers, "speaker", "speakers")
    );
    view! {
        <header class="header">
            <h1 class="header__title">{title}</h1>
            <p class="header__meta">
                {(!byline.is_empty()).then(|| view! { <span>{byline.join(" · ")}</span> })}
                <span class="header__counts">{counts}</span>
                {source}
            </p>
        </header>
    }
}

/// `one` or `many`, by `n`.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}
