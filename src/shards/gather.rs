//! The quotes a view shows of a big collection, gathered from their
//! chunks into one article of their own, so a download is written as for
//! any article (by the article reader worker): each quote with its
//! speaker, its themes and its article, its paragraph counted through the
//! whole collection.

use std::collections::{BTreeMap, BTreeSet};

use crate::explore::index::Index;
use crate::explore::view_state::{Facet, ViewState};
use crate::model::{Article, Meta, Speaker, Story, Theme};
use crate::shards::files::Chunk;

/// An article being gathered, chunk by chunk, in the collection's order.
#[derive(Debug, Clone, Default)]
pub struct Gathering {
    article: Article,
    speakers: BTreeSet<String>,
    /// Each theme's place in the article's list, by id.
    themes: BTreeMap<String, usize>,
    /// The view's ticked speakers, themes and articles, named in the end
    /// if no quote gathered carries them.
    ticked: (Vec<Speaker>, Vec<Theme>, Vec<String>),
}

impl Gathering {
    /// An article of the collection `meta`, with no quote yet.
    pub fn new(meta: Meta) -> Gathering {
        Gathering {
            article: Article {
                meta,
                ..Article::default()
            },
            ..Gathering::default()
        }
    }

    /// Names the speakers and themes `view` ticks (by `index`'s labels)
    /// though its quotes may not carry them all, so the file says the view
    /// as the whole collection's would.
    pub fn name_ticked(&mut self, index: &Index, view: &ViewState) {
        let label = |facet: Facet, id: &str| {
            let options = index.options(facet);
            Some(options.labels.get(index.option(facet, id)?)?.clone())
        };
        for id in &view.speakers {
            if let Some(name) = label(Facet::Speaker, id) {
                self.ticked.0.push(Speaker::new(id, &name));
            }
        }
        for id in &view.themes {
            if let Some(name) = label(Facet::Theme, id) {
                self.ticked.1.push(Theme::new(id, &name));
            }
        }
        let articles = view.articles.iter();
        let known = articles.filter(|slug| index.option(Facet::Article, slug).is_some());
        self.ticked.2.extend(known.cloned());
    }

    /// Takes in the quotes at `shown` (positions in the collection,
    /// ascending) that `chunk` holds, after those taken in before.
    pub fn add(&mut self, chunk: &Chunk, shown: &[usize]) {
        let range = chunk.quotes();
        let from = shown.partition_point(|&at| at < range.start);
        let to = shown.partition_point(|&at| at < range.end);
        let shift = chunk.first_paragraph as usize;
        let mut story = None;
        for &at in &shown[from..to] {
            let local = at - range.start;
            let Some(quote) = chunk.article.quotes.get(local) else {
                continue;
            };
            let mut quote = quote.clone();
            quote.paragraph += shift;
            for segment in &mut quote.segments {
                segment.paragraph += shift;
            }
            // Its article, once, counted from here on.
            let of = chunk.stories.partition_point(|s| s.first_quote <= local);
            if let Some(n) = of.checked_sub(1).filter(|&n| story != Some(n)) {
                story = Some(n);
                self.article.stories.push(Story {
                    first_paragraph: chunk.stories[n].first_paragraph + shift,
                    first_quote: self.article.quotes.len(),
                    ..chunk.stories[n].clone()
                });
            }
            if let Some(id) = &quote.speaker {
                if self.speakers.insert(id.clone()) {
                    if let Some(speaker) = chunk.article.speaker(id) {
                        self.article.speakers.push(speaker.clone());
                    }
                }
            }
            for id in &quote.themes {
                let place = match self.themes.get(id) {
                    Some(&place) => place,
                    None => {
                        let Some(theme) = chunk.article.theme(id) else {
                            continue;
                        };
                        self.article.themes.push(Theme {
                            quotes: Vec::new(),
                            ..theme.clone()
                        });
                        self.themes
                            .insert(id.clone(), self.article.themes.len() - 1);
                        self.article.themes.len() - 1
                    }
                };
                self.article.themes[place].quotes.push(quote.id.clone());
            }
            self.article.quotes.push(quote);
        }
    }

    /// The article gathered.
    pub fn finish(mut self) -> Article {
        let (speakers, themes, articles) = std::mem::take(&mut self.ticked);
        // A ticked article none of whose quotes shows: named, quoteless,
        // after the others (both its positions keep the lists sorted).
        for slug in articles {
            if !self.article.stories.iter().any(|s| s.slug == slug) {
                self.article.stories.push(Story {
                    slug,
                    meta: Meta::default(),
                    first_paragraph: usize::MAX,
                    first_quote: self.article.quotes.len(),
                });
            }
        }
        for speaker in speakers {
            if self.speakers.insert(speaker.id.clone()) {
                self.article.speakers.push(speaker);
            }
        }
        for theme in themes {
            if !self.themes.contains_key(&theme.id) {
                self.article.themes.push(theme);
            }
        }
        self.article
    }
}
