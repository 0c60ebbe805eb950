//! The article itself, paragraph by paragraph.

use leptos::prelude::*;

/// The article's paragraphs, in order.
#[component]
pub fn ArticleText(
    /// Paragraph texts, one per element.
    paragraphs: Vec<String>,
) -> impl IntoView {
    view! {
        <article class="article">
            {paragraphs
                .into_iter()
                .map(|text| view! { <p class="article__paragraph">{text}</p> })
                .collect_view()}
        </article>
    }
}
