//! One quote as a card: the words, who said them, its themes, a permalink
//! and the paragraph it came from. Reported speech is shown as a paraphrase,
//! never in quotation marks.

use leptos::prelude::*;
use quotes::cite::{cite, Format};
use quotes::view_state::{Facet, View, ViewState};
use quotes::{Article, Kind, Quote};
use wasm_bindgen::JsCast;

use crate::explorer::{use_explorer, Explorer};
use crate::extra::{self, Extra, Part};
use crate::ui::disclosure::Disclosure;
use crate::ui::highlight::{cut, marked};
use crate::ui::link::AppLink;

/// The card of `article.quotes[at]`.
#[component]
pub fn QuoteCard(
    /// Position of the quote in the article.
    at: usize,
) -> impl IntoView {
    let ex = use_explorer();
    let doc = ex.doc();
    let quote = &doc.article.quotes[at];
    // Closures find the quote again by position: they hold no share of
    // the article, which goes with the view (`content::KEPT`).
    let focused = move || {
        ex.state
            .with(|s| s.quote.as_ref() == Some(&ex.doc().article.quotes[at].id))
    };
    let words = move || {
        ex.terms
            .with(|t| marked(&ex.doc().article.quotes[at].text, t))
    };
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
    let link = permalink(&doc.article, quote);
    view! {
        <figure
            class="quote-card"
            class:quote-card--reported=quote.kind == Kind::Reported
            class:quote-card--focused=focused
            id=format!("quote-{}", quote.id)
            tabindex="-1"
        >
            {body}
            <figcaption class="quote-card__caption">{caption(ex, quote, at)}</figcaption>
            <ThemeChips at />
            <div class="quote-card__actions">
                <AppLink to=link class="quote-card__permalink">
                    "Permalink"
                    <span class="visually-hidden">" to this quote"</span>
                </AppLink>
                {in_context(at)}
                <ShareQuote at />
            </div>
        </figure>
    }
}

/// The permalink of `quote` of `article`: in a collection, within its
/// article (`ViewState::quote_in`); a single article's build has none.
#[inline(always)]
fn permalink(article: &Article, quote: &Quote) -> ViewState {
    #[cfg(collection)]
    return ViewState::quote_in(article, quote);
    #[cfg(not(collection))]
    {
        let _ = article;
        ViewState::permalink(&quote.id)
    }
}

/// "— Mikey Madison, actress · she said", with search matches marked; in
/// a collection, then the article it is from.
fn caption(ex: Explorer, quote: &Quote, at: usize) -> impl IntoView {
    let doc = ex.doc();
    let speaker = quote
        .speaker
        .as_deref()
        .and_then(|id| doc.article.speaker(id));
    let name = match (speaker, quote.kind) {
        (Some(s), _) => s.name.as_str(),
        (None, Kind::Phrase) => "Unattributed phrase",
        (None, _) => "Speaker not identified",
    };
    let role = speaker.and_then(|s| s.role.clone());
    let cue = quote
        .cue
        .as_deref()
        // "Mikey Madison admits" after the name reads as "· admits".
        .and_then(|cue| quotes::cite::cue_after_name(cue, name))
        .map(str::to_owned);
    let name = name.to_owned();
    let end = cue.map(|cue| {
        view! {
            <span class="quote-card__cue">
                " · " {move || ex.terms.with(|t| marked(&cue, t))}
            </span>
        }
        .into_any()
    });
    // In the cue's place, so a single article's card has no more parts.
    let end = if cfg!(collection) {
        Some(view! { {end} {source(ex, at)} }.into_any())
    } else {
        end
    };
    view! {
        <span class="quote-card__speaker">{move || ex.terms.with(|t| marked(&name, t))}</span>
        {role.map(|r| view! { <span class="quote-card__role">{format!(", {r}")}</span> }.into_any())}
        {end}
    }
}

/// In a collection: the article the quote is from, linked to it in the
/// article view, and its date.
fn source(ex: Explorer, at: usize) -> Option<AnyView> {
    let doc = ex.doc();
    let story = &doc.article.stories[doc.article.story_of(at)?];
    // In an embed, it stays one.
    let to = ViewState {
        articles: [story.slug.clone()].into(),
        view: View::Article,
        ..ex.now().cleared()
    };
    let title = story.title().to_owned();
    let date = story.meta.date.clone().map(|date| format!(", {date}"));
    Some(
        view! {
            <span class="quote-card__source">
                "From "
                <AppLink to class="quote-card__source-link">{title}</AppLink>
                {date}
            </span>
        }
        .into_any(),
    )
}

/// The paragraphs the quote stands in, drawn by the second bundle.
#[inline(always)]
fn in_context(at: usize) -> impl IntoView {
    view! {
        <Disclosure class="context" summary_class="context__toggle" summary="In context">
            <Extra part=Part::Context quote=at />
        </Disclosure>
    }
}

/// Copy the quote's link, copy it with a citation, or download its card.
#[component]
fn ShareQuote(at: usize) -> impl IntoView {
    let ex = use_explorer();
    let permalink = move || {
        let doc = ex.doc();
        ex.link(&permalink(&doc.article, &doc.article.quotes[at]))
    };
    // Drawn in the article reader worker, asked by the second bundle:
    // their code is fetched on first use.
    let copy = move |_| {
        ex.copy(
            permalink(),
            "Link to the quote copied.",
            "The browser would not copy.",
        )
    };
    let download = move |_| extra::card(ex, at, ex.is_dark());
    view! {
        <button type="button" class="quote-card__action" on:click=copy>
            "Copy link"
        </button>
        <Disclosure class="menu" summary_class="quote-card__action" summary="Copy quote">
            <Extra part=Part::CopyQuote quote=at />
        </Disclosure>
        <button type="button" class="quote-card__action" on:click=download>
            "Download card"
        </button>
    }
}

/// The "Copy quote" menu: the quote with its citation, in each style.
#[component]
pub fn CopyMenu(at: usize) -> impl IntoView {
    let ex = use_explorer();
    let formats = move || {
        Format::ALL
            .into_iter()
            .map(|format| {
                let on_click = move |ev: leptos::ev::MouseEvent| {
                    close_menu(&ev);
                    let doc = ex.doc();
                    let quote = &doc.article.quotes[at];
                    let permalink = ex.link(&ViewState::quote_in(&doc.article, quote));
                    ex.copy(
                        Ok(cite(&doc.article, quote, permalink.ok().as_deref(), format)),
                        "Quote copied with its citation.",
                        "The browser would not copy.",
                    )
                };
                view! {
                    <li>
                        <button type="button" class="menu__item" on:click=on_click>
                            {format.label()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="menu__list" aria-label="Copy the quote as">
            {formats()}
        </ul>
    }
}

/// Folds the menu a choice was made in.
fn close_menu(ev: &leptos::ev::MouseEvent) {
    let menu = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("details").ok().flatten());
    if let Some(menu) = menu {
        let _ = menu.remove_attribute("open");
    }
}

/// The quote's themes as toggle buttons that filter by that theme.
#[component]
fn ThemeChips(at: usize) -> impl IntoView {
    let ex = use_explorer();
    let doc = ex.doc();
    let chips = doc.article.quotes[at]
        .themes
        .iter()
        .filter_map(|id| doc.article.theme(id))
        .map(|theme| {
            let id = theme.id.clone();
            if !ex.state.with_untracked(|s| s.shows_controls()) {
                // A fixed embed: themes are labels, not filters.
                return view! {
                    <li>
                        <span class="theme-chip theme-chip--static">{theme.label.clone()}</span>
                    </li>
                }
                .into_any();
            }
            let pressed = {
                let id = id.clone();
                move || {
                    ex.state
                        .with(|s| s.is_selected(Facet::Theme, &id))
                        .to_string()
                }
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="theme-chip"
                        aria-pressed=pressed
                        on:click=move |_| ex.toggle(Facet::Theme, &id)
                    >
                        {theme.label.clone()}
                    </button>
                </li>
            }
            .into_any()
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
pub fn Context(at: usize) -> impl IntoView {
    let doc = use_explorer().doc();
    let quote = &doc.article.quotes[at];
    let mut paragraphs: Vec<usize> = quote.segments.iter().map(|s| s.paragraph).collect();
    paragraphs.dedup();
    paragraphs
        .into_iter()
        .filter_map(|p| Some((p, doc.article.paragraphs.get(p)?)))
        .map(|(p, text)| {
            let segments = quote.segments.iter().filter(|s| s.paragraph == p);
            let pieces = cut(text, segments.map(|s| (s.start..s.end, ())), |words, ()| {
                view! { <span class="context__quote">{words}</span> }.into_any()
            });
            view! { <p class="context__paragraph">{pieces}</p> }
        })
        .collect_view()
}
