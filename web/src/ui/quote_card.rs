//! One quote as a card: the words, who said them, its themes, a permalink
//! and the paragraph it came from. Reported speech is shown as a paraphrase,
//! never in quotation marks.

use leptos::prelude::*;
use quotes::view_state::{Facet, ViewState};
use quotes::{Kind, Quote};

use crate::explorer::{use_explorer, Explorer};
use crate::ui::highlight::marked;
use crate::ui::link::AppLink;

/// The card of `article.quotes[at]`.
#[component]
pub fn QuoteCard(
    /// Position of the quote in the article.
    at: usize,
) -> impl IntoView {
    let ex = use_explorer();
    let quote: &'static Quote = &ex.article.quotes[at];
    let id = quote.id.as_str();
    let focused = move || ex.state.with(|s| s.quote.as_deref() == Some(id));
    let words = move || ex.terms.with(|t| marked(&quote.text, t));
    let body = if quote.kind == Kind::Reported {
        view! {
            <p class="quote-card__badge">"Paraphrase · reported speech"</p>
            <p class="quote-card__paraphrase">{words}</p>
        }
        .into_any()
    } else {
        view! {
            <blockquote class="quote-card__quote">
                <p>{words}</p>
            </blockquote>
        }
        .into_any()
    };
    let permalink = ViewState {
        quote: Some(quote.id.clone()),
        ..ViewState::default()
    };
    view! {
        <figure
            class="quote-card"
            class:quote-card--reported=quote.kind == Kind::Reported
            class:quote-card--focused=focused
            id=format!("quote-{id}")
            tabindex="-1"
        >
            {body}
            <figcaption class="quote-card__caption">{caption(ex, quote)}</figcaption>
            <ThemeChips quote />
            <div class="quote-card__actions">
                <AppLink to=permalink class="quote-card__permalink">
                    "Permalink"
                    <span class="visually-hidden">" to this quote"</span>
                </AppLink>
                <details class="context">
                    <summary class="context__toggle">"In context"</summary>
                    <Context quote />
                </details>
            </div>
        </figure>
    }
}

/// "— Mikey Madison, actress · she said", with search matches marked.
fn caption(ex: Explorer, quote: &'static Quote) -> impl IntoView {
    let speaker = quote
        .speaker
        .as_deref()
        .and_then(|id| ex.article.speaker(id));
    let name = match (speaker, quote.kind) {
        (Some(s), _) => s.name.as_str(),
        (None, Kind::Phrase) => "Unattributed phrase",
        (None, _) => "Speaker not identified",
    };
    let role = speaker.and_then(|s| s.role.clone());
    view! {
        <span class="quote-card__speaker">{move || ex.terms.with(|t| marked(name, t))}</span>
        {role.map(|r| view! { <span class="quote-card__role">{format!(", {r}")}</span> })}
        {quote
            .cue
            .as_deref()
            .map(|cue| {
                view! {
                    <span class="quote-card__cue">
                        " · " {move || ex.terms.with(|t| marked(cue, t))}
                    </span>
                }
            })}
    }
}

/// The quote's themes as toggle buttons that filter by that theme.
#[component]
fn ThemeChips(quote: &'static Quote) -> impl IntoView {
    let ex = use_explorer();
    let chips = quote
        .themes
        .iter()
        .filter_map(|id| ex.article.theme(id))
        .map(|theme| {
            let id = theme.id.as_str();
            let pressed = move || {
                ex.state
                    .with(|s| s.is_selected(Facet::Theme, id))
                    .to_string()
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="theme-chip"
                        aria-pressed=pressed
                        on:click=move |_| ex.toggle(Facet::Theme, id)
                    >
                        {theme.label.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="quote-card__themes" aria-label="Themes">
            {chips}
        </ul>
    }
}

/// The paragraph(s) the quote stands in, the quote itself set off.
#[component]
fn Context(quote: &'static Quote) -> impl IntoView {
    let ex = use_explorer();
    let mut paragraphs: Vec<usize> = quote.segments.iter().map(|s| s.paragraph).collect();
    paragraphs.dedup();
    paragraphs
        .into_iter()
        .filter_map(|p| Some((p, ex.article.paragraphs.get(p)?)))
        .map(|(p, text)| {
            let mut pieces = Vec::new();
            let mut at = 0;
            for segment in quote.segments.iter().filter(|s| s.paragraph == p) {
                if segment.start < at || segment.end > text.len() {
                    continue;
                }
                pieces.push(text[at..segment.start].to_owned().into_any());
                let words = text[segment.start..segment.end].to_owned();
                pieces.push(view! { <span class="context__quote">{words}</span> }.into_any());
                at = segment.end;
            }
            pieces.push(text[at..].to_owned().into_any());
            view! { <p class="context__paragraph">{pieces}</p> }
        })
        .collect_view()
}
