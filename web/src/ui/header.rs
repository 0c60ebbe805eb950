//! The article's header: its title and the metadata the sidecar gives
//! (never guessed), and how many quotes and speakers it holds.

use leptos::prelude::*;

use crate::explorer::{too_long, use_explorer};
use crate::extra::{Extra, Part};
use crate::ui::button::QuietButton;

/// Title, byline and counts.
#[component]
pub fn ArticleHeader() -> impl IntoView {
    let ex = use_explorer();
    let doc = ex.doc();
    let meta = &doc.article.meta;
    // A collection's (a reader may open a single article in its page too).
    let collection = cfg!(collection) && !doc.article.stories.is_empty();
    let title = meta.title.clone().unwrap_or_else(|| {
        if collection {
            "Who said what in these articles"
        } else {
            "Who said what in this article"
        }
        .to_owned()
    });
    let byline = meta.byline();
    let source = meta.url.clone().map(|url| {
        view! {
            <a class="header__source" href=url rel="noopener">
                "Read the original"
            </a>
        }
        .into_any()
    });
    #[cfg_attr(not(sharded), allow(unused_mut))]
    let (mut quotes, mut speakers, mut articles) = (
        doc.article.quotes.len(),
        doc.article.speakers.len(),
        doc.article.stories.len(),
    );
    #[cfg(sharded)]
    if let Some(counts) = crate::shelf::counts(&doc) {
        (quotes, speakers, articles) = counts;
    }
    let mut counts = format!(
        "{quotes} {} from {speakers} {}",
        plural(quotes, "quote", "quotes"),
        plural(speakers, "speaker", "speakers")
    );
    if collection {
        counts += &format!(" in {articles} {}", plural(articles, "article", "articles"));
    }
    view! {
        <header class="header">
            <h1 class="header__title">{title}</h1>
            <p class="header__meta">
                {byline.map(|byline| view! { <span>{byline}</span> }.into_any())}
                <span class="header__counts">{counts}</span>
                {source}
            </p>
            {doc.packed.is_some().then(|| view! { <Extra part=Part::Opened /> }.into_any())}
        </header>
    }
}

/// For an article the reader opened: where it came from, whether its link
/// can be shared, and the way back to the page's own article. Drawn by
/// the second bundle, which read the article ([`Part::Opened`]).
#[component]
pub fn OpenedNote() -> impl IntoView {
    let ex = use_explorer();
    let doc = ex.doc();
    doc.packed.as_deref().map(|value| {
        let unshareable = (!doc.shareable()).then(|| too_long(value));
        view! {
            <div class="header__opened">
                <p>
                    "You opened this article in your browser; nothing was uploaded. "
                    {if unshareable.is_some() {
                        ""
                    } else {
                        "Its links carry the text, so anyone you share them with sees it too."
                    }}
                </p>
                {unshareable.map(|message| view! { <p class="header__warning">{message}</p> }.into_any())}
                <QuietButton
                    label="Back to the featured article"
                    on_click=Box::new(move || ex.location.open(None))
                />
            </div>
        }.into_any()
    })
}

/// `one` or `many`, by `n`.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}
