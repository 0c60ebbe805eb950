//! The root component: page chrome around the article.

use leptos::prelude::*;

use crate::content;
use crate::ui::article::ArticleText;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let paragraphs: Vec<String> = quotes::text::paragraphs(content::ARTICLE)
        .into_iter()
        .map(str::to_owned)
        .collect();
    view! {
        <header class="masthead">
            <p class="masthead__brand">"Quote Explorer"</p>
        </header>
        <main class="page">
            <ArticleText paragraphs />
        </main>
    }
}
