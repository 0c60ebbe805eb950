//! What the reader is looking at: the filters, the search text, the focused
//! quote and the view. This is the typed form of the URL's query string
//! (see [`crate::explore::url`]); nothing else holds view state.

use std::collections::BTreeSet;

use crate::model::{Article, Kind, Quote};

/// Which way the quotes are shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Quote cards (the default).
    #[default]
    List,
    /// The whole article with its quotes highlighted in place.
    Article,
    /// Who the quotes shown come from (`crate::sources`).
    Sources,
}

/// A colour scheme forced by the link (embeds use it to match their host).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scheme {
    /// Dark text on a light page.
    Light,
    /// Light text on a dark page.
    Dark,
}

impl Scheme {
    /// The value used in the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    /// The scheme named `value`, if any.
    pub fn from_slug(value: &str) -> Option<Scheme> {
        [Scheme::Light, Scheme::Dark]
            .into_iter()
            .find(|s| s.as_str() == value)
    }
}

/// One filter group of the explorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Which article of a collection (none for a single article).
    Article,
    /// Who said it.
    Speaker,
    /// What it is about.
    Theme,
    /// Statement, phrase or reported speech.
    Kind,
}

impl Facet {
    /// All groups, in the order the page shows them.
    pub const ALL: [Facet; 4] = [Facet::Article, Facet::Speaker, Facet::Theme, Facet::Kind];

    /// The query-string key and the group's label.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Article => "article",
            Facet::Speaker => "speaker",
            Facet::Theme => "theme",
            Facet::Kind => "kind",
        }
    }

    /// Human label of the group ("Speaker").
    pub fn label(self) -> &'static str {
        match self {
            Facet::Article => "Article",
            Facet::Speaker => "Speaker",
            Facet::Theme => "Theme",
            Facet::Kind => "Kind",
        }
    }
}

/// The full view state. Sets keep their values sorted, which is what makes
/// the URL encoding canonical.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// Ticked articles of a collection, by slug (OR within the group).
    pub articles: BTreeSet<String>,
    /// Ticked speaker ids (OR within the group).
    pub speakers: BTreeSet<String>,
    /// Ticked theme ids (OR within the group).
    pub themes: BTreeSet<String>,
    /// Ticked kinds (OR within the group).
    pub kinds: BTreeSet<Kind>,
    /// Free-text search, as typed.
    pub query: String,
    /// The quote a permalink points at.
    pub quote: Option<String>,
    /// Cards or article.
    pub view: View,
    /// The compact layout for an iframe (`embed=1`).
    pub embed: bool,
    /// Whether an embed shows its filters (`controls=0` fixes the slice).
    /// Always true outside an embed.
    pub controls: bool,
    /// A colour scheme forced by the link, instead of the reader's own.
    pub scheme: Option<Scheme>,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            articles: BTreeSet::new(),
            speakers: BTreeSet::new(),
            themes: BTreeSet::new(),
            kinds: BTreeSet::new(),
            query: String::new(),
            quote: None,
            view: View::List,
            embed: false,
            controls: true,
            scheme: None,
        }
    }
}

impl ViewState {
    /// A quote's permalink: that quote alone, every other key at its
    /// default.
    pub fn permalink(quote: &str) -> ViewState {
        ViewState {
            quote: Some(quote.to_owned()),
            ..ViewState::default()
        }
    }

    /// The permalink of `quote` of `article`: in a collection, within its
    /// article (`article=SLUG&quote=ID`), so the link names where the
    /// quote is from and opens among that article's quotes.
    pub fn quote_in(article: &Article, quote: &Quote) -> ViewState {
        let mut at = ViewState::permalink(&quote.id);
        // `insert`: collecting would bring a sort into the page's wasm.
        if let Some(story) = article.story_at_paragraph(quote.paragraph) {
            at.articles.insert(story.slug.clone());
        }
        at
    }

    /// The ticked values of one group, as ids.
    pub fn selected(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Article => self.articles.iter().cloned().collect(),
            Facet::Speaker => self.speakers.iter().cloned().collect(),
            Facet::Theme => self.themes.iter().cloned().collect(),
            Facet::Kind => self.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
        }
    }

    /// Whether `id` is ticked in `facet`.
    pub fn is_selected(&self, facet: Facet, id: &str) -> bool {
        match facet {
            Facet::Article => self.articles.contains(id),
            Facet::Speaker => self.speakers.contains(id),
            Facet::Theme => self.themes.contains(id),
            Facet::Kind => Kind::from_slug(id).is_some_and(|k| self.kinds.contains(&k)),
        }
    }

    /// The state with `id` ticked or unticked in `facet`. Unknown kinds are
    /// ignored; speaker and theme ids are checked by the URL decoder.
    pub fn toggled(&self, facet: Facet, id: &str) -> ViewState {
        let mut next = self.clone();
        match facet {
            Facet::Article => toggle(&mut next.articles, id.to_owned()),
            Facet::Speaker => toggle(&mut next.speakers, id.to_owned()),
            Facet::Theme => toggle(&mut next.themes, id.to_owned()),
            Facet::Kind => {
                if let Some(kind) = Kind::from_slug(id) {
                    toggle(&mut next.kinds, kind);
                }
            }
        }
        next
    }

    /// The state with every filter and the search cleared; the view and the
    /// presentation (embed, controls, scheme) stay.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            view: self.view,
            embed: self.embed,
            controls: self.controls,
            scheme: self.scheme,
            ..ViewState::default()
        }
    }

    /// The same view in the full explorer: no embed, the reader's own scheme.
    pub fn full(&self) -> ViewState {
        ViewState {
            embed: false,
            controls: true,
            scheme: None,
            ..self.clone()
        }
    }

    /// The same view as an embed with its filters shown or not.
    pub fn embedded(&self, controls: bool) -> ViewState {
        ViewState {
            embed: true,
            controls,
            quote: None,
            ..self.clone()
        }
    }

    /// Whether the filters are offered (everywhere but a `controls=0` embed).
    pub fn shows_controls(&self) -> bool {
        !self.embed || self.controls
    }

    /// True when any filter or search narrows the quotes.
    pub fn is_filtered(&self) -> bool {
        !(self.articles.is_empty()
            && self.speakers.is_empty()
            && self.themes.is_empty()
            && self.kinds.is_empty()
            && self.query.trim().is_empty())
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_twice_gives_the_state_back() {
        let state = ViewState::default();
        let on = state.toggled(Facet::Speaker, "mikey-madison");
        assert!(on.is_selected(Facet::Speaker, "mikey-madison"));
        assert_eq!(on.toggled(Facet::Speaker, "mikey-madison"), state);
    }

    #[test]
    fn kinds_toggle_by_slug_and_ignore_unknown_ones() {
        let state = ViewState::default().toggled(Facet::Kind, "phrase");
        assert_eq!(state.selected(Facet::Kind), ["phrase"]);
        assert_eq!(state.toggled(Facet::Kind, "poem"), state);
    }

    #[test]
    fn clearing_keeps_the_view_only() {
        let state = ViewState {
            query: "tears".into(),
            view: View::Article,
            quote: Some("q".into()),
            ..ViewState::default()
        }
        .toggled(Facet::Theme, "emotion");
        assert!(state.is_filtered());
        let cleared = state.cleared();
        assert!(!cleared.is_filtered());
        assert_eq!(cleared.view, View::Article);
        assert_eq!(cleared.quote, None);
    }

    #[test]
    fn an_embed_opens_in_full_with_the_same_filters() {
        let state = ViewState::default()
            .toggled(Facet::Speaker, "producer")
            .embedded(false);
        assert!(state.embed && !state.shows_controls());
        let cleared = state.cleared();
        assert!(
            cleared.embed && !cleared.controls,
            "clearing keeps the embed"
        );
        let full = ViewState {
            scheme: Some(Scheme::Dark),
            ..state
        }
        .full();
        assert!(!full.embed && full.shows_controls() && full.scheme.is_none());
        assert!(full.is_selected(Facet::Speaker, "producer"));
    }
}
