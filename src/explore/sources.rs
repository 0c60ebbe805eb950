//! Sources at a glance, for editors who watch whose voices their coverage
//! carries: over the quotes a view shows (its filters apply), who is
//! quoted, how much and in how many articles; the share of quotes by
//! gender where the text itself says it (a pronoun or a title, never a
//! first name); and by role where the text gives one.

use std::collections::HashMap;

use crate::explore::case::lowercase;
use crate::explore::sort::sort_by;
use crate::html::escape;
use crate::model::{Article, Gender, Speaker};

/// Who the quotes shown come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// The speakers quoted, most quotes first, then most words.
    pub speakers: Vec<Source>,
    /// Quotes by their speaker's gender as the text states it.
    pub genders: Genders,
    /// Quotes by their speaker's role (told apart regardless of case, as
    /// first written), most first; speakers with no role given are in
    /// `no_role`.
    pub roles: Vec<(String, usize)>,
    /// Quotes whose speaker has no role the text gives.
    pub no_role: usize,
    /// Quotes with no speaker (phrases, unattributed statements).
    pub unattributed: usize,
}

/// Speakers the table lists at most: a big collection quotes thousands,
/// and a table of them all would take the page seconds to draw.
pub const MAX_ROWS: usize = 250;

/// One speaker's share of the quotes shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// Their id, for a link to their quotes.
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    /// Quotes shown.
    pub quotes: usize,
    /// Words in those quotes.
    pub words: usize,
    /// Articles of a collection those quotes are from (0 for a single
    /// article, which has no list of articles).
    pub articles: usize,
}

/// Quotes by gender, as the text states it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Genders {
    /// Said by someone the text calls "she" (or Mrs., Ms.).
    pub female: usize,
    /// Said by someone the text calls "he" (or Mr.).
    pub male: usize,
    /// Said by someone the text does not say either of.
    pub not_stated: usize,
}

/// One quote as the sources count it.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    /// Who said it, if the text names them.
    pub speaker: Option<Voice<'a>>,
    /// Its words.
    pub words: usize,
    /// Which article of a collection it is in: any number that tells
    /// them apart (`None` for a single article).
    pub story: Option<usize>,
}

/// A speaker as the sources count them.
#[derive(Debug, Clone, Copy)]
pub struct Voice<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub role: Option<&'a str>,
    pub gender: Option<Gender>,
}

impl<'a> Voice<'a> {
    pub fn of(speaker: &'a Speaker) -> Voice<'a> {
        Voice {
            id: &speaker.id,
            name: &speaker.name,
            role: speaker.role.as_deref(),
            gender: speaker.gender,
        }
    }
}

/// Counts the sources of the quotes at positions `shown` in `article`.
pub fn count(article: &Article, shown: &[usize]) -> Sources {
    // `Article::speaker` scans the list: a collection has thousands.
    let mut speakers: HashMap<&str, Voice> = HashMap::with_capacity(article.speakers.len());
    for speaker in &article.speakers {
        speakers.entry(&speaker.id).or_insert(Voice::of(speaker));
    }
    tally(shown.iter().filter_map(|&at| {
        let quote = article.quotes.get(at)?;
        Some(Said {
            speaker: quote
                .speaker
                .as_deref()
                .and_then(|id| speakers.get(id).copied()),
            words: words(&quote.text),
            story: article.story_of(at),
        })
    }))
}

/// Counts the sources of the quotes `said`: an article's ([`count`]) or
/// a big collection's, from its files (`crate::shards::Catalog::sources`).
pub fn tally<'a>(said: impl IntoIterator<Item = Said<'a>>) -> Sources {
    let mut sources = Sources::default();
    // By speaker id: their row, and the stories they are quoted in.
    let mut rows: HashMap<&str, (Source, Vec<usize>)> = HashMap::new();
    // By lowercase role: its first spelling and its count.
    let mut roles: HashMap<String, (String, usize)> = HashMap::new();
    for quote in said {
        let Some(voice) = quote.speaker else {
            sources.unattributed += 1;
            continue;
        };
        let (row, stories) = rows.entry(voice.id).or_insert_with(|| {
            let source = Source {
                id: voice.id.to_owned(),
                name: voice.name.to_owned(),
                role: voice.role.map(str::to_owned),
                ..Source::default()
            };
            (source, Vec::new())
        });
        row.quotes += 1;
        row.words += quote.words;
        if let Some(story) = quote.story {
            if !stories.contains(&story) {
                stories.push(story);
                row.articles += 1;
            }
        }
        match voice.gender {
            Some(Gender::Female) => sources.genders.female += 1,
            Some(Gender::Male) => sources.genders.male += 1,
            None => sources.genders.not_stated += 1,
        }
        match voice.role {
            Some(role) => {
                // The host's lowercasing: std's brings its case tables
                // into the page's wasm (26 KB).
                let entry = roles.entry(lowercase(role));
                entry.or_insert_with(|| (role.to_owned(), 0)).1 += 1;
            }
            None => sources.no_role += 1,
        }
    }
    sources.speakers = rows.into_values().map(|(row, _)| row).collect();
    sort_by(&mut sources.speakers, |a, b| {
        (b.quotes, b.words)
            .cmp(&(a.quotes, a.words))
            .then_with(|| a.name.cmp(&b.name))
    });
    sources.roles = roles.into_values().collect();
    sort_by(&mut sources.roles, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    sources
}

impl Sources {
    /// The view as HTML (one string: far less page code than a component
    /// per cell, as for the matrix): the speakers' table, each name a
    /// link to `href(id)` marked `data-speaker` for the page's listener;
    /// the shares by gender and by role. `collection` adds the articles
    /// column.
    pub fn html(&self, collection: bool, href: &dyn Fn(&str) -> String) -> String {
        let attributed: usize = self.speakers.iter().map(|s| s.quotes).sum();
        let shown = attributed + self.unattributed;
        let mut out = format!(
            "<h2 class=\"sources__title\" id=\"sources-title\">Who is quoted</h2>\
             <p class=\"sources__note\">Over the {shown} {} shown: change the filters \
             to count others.</p>",
            if shown == 1 { "quote" } else { "quotes" }
        );
        if self.speakers.is_empty() {
            out += "<p class=\"sources__empty\">No speaker is named in the quotes shown.</p>";
        } else {
            out += "<div class=\"sources__scroll\"><table class=\"sources__table\"><thead><tr>\
                    <th scope=\"col\">Speaker</th><th scope=\"col\">Role</th>\
                    <th scope=\"col\" class=\"sources__number\">Quotes</th>\
                    <th scope=\"col\" class=\"sources__number\">Words quoted</th>";
            if collection {
                out += "<th scope=\"col\" class=\"sources__number\">Articles</th>";
            }
            out += "</tr></thead><tbody>";
            for source in self.speakers.iter().take(MAX_ROWS) {
                out += &format!(
                    "<tr><th scope=\"row\"><a class=\"sources__name\" href=\"{}\" \
                     data-speaker=\"{}\">{}</a></th><td>{}</td>\
                     <td class=\"sources__number\">{}</td><td class=\"sources__number\">{}</td>",
                    escape(&href(&source.id)),
                    escape(&source.id),
                    escape(&source.name),
                    escape(source.role.as_deref().unwrap_or("")),
                    source.quotes,
                    source.words,
                );
                if collection {
                    out += &format!("<td class=\"sources__number\">{}</td>", source.articles);
                }
                out += "</tr>";
            }
            out += "</tbody></table></div>";
            if self.speakers.len() > MAX_ROWS {
                out += &format!(
                    "<p class=\"sources__note\">The {MAX_ROWS} most quoted of {} speakers \
                     are listed; the shares below count them all.</p>",
                    self.speakers.len()
                );
            }
        }
        let g = self.genders;
        let genders = [
            ("She (her, Ms., Mrs.)".to_owned(), g.female),
            ("He (him, Mr.)".to_owned(), g.male),
            ("Not stated".to_owned(), g.not_stated),
        ];
        let unattributed = match self.unattributed {
            0 => String::new(),
            1 => " 1 quote with no speaker is not counted.".to_owned(),
            n => format!(" {n} quotes with no speaker are not counted."),
        };
        let roles = self
            .roles
            .iter()
            .cloned()
            .chain((self.no_role > 0).then(|| ("no role given".to_owned(), self.no_role)));
        out += "<div class=\"sources__shares\">";
        out += &shares("By gender, where the text says it", &genders);
        out += &format!(
            "<p class=\"sources__note\">From the pronouns and titles the article uses for \
             each speaker; never from a first name.{unattributed}</p></div>"
        );
        out += &shares(
            "By role, where the text gives one",
            &roles.collect::<Vec<_>>(),
        );
        out += "</div></div>";
        out
    }
}

/// A titled list of labels with their counts and shares, its `<div>`
/// left open.
fn shares(title: &str, lines: &[(String, usize)]) -> String {
    let whole: usize = lines.iter().map(|(_, n)| n).sum();
    let mut out = format!(
        "<div class=\"sources__share-group\"><h3 class=\"sources__subtitle\">{title}</h3>\
         <ul class=\"sources__list\">"
    );
    for (label, n) in lines {
        out += &format!(
            "<li><span class=\"sources__label\">{}</span>\
             <span class=\"sources__share\">{n} ({}%)</span></li>",
            escape(label),
            percent(*n, whole)
        );
    }
    out + "</ul>"
}

/// The words of a quote's text, without the " … " that joins its pieces.
pub fn words(text: &str) -> usize {
    text.split_whitespace().filter(|w| *w != "…").count()
}

/// `part` of `whole` as a whole percentage, for display.
pub fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_speakers_and_counts_what_the_text_states() {
        let text = "“A star is born” was the headline.\n\n\
                    “We will build,” said Ann Lee, the mayor. She added: “Soon.”\n\n\
                    “No,” said Tom Reyes.\n\n“Never,” said a shopkeeper.";
        let article = crate::parse(text, None);
        let all: Vec<usize> = (0..article.quotes.len()).collect();
        let sources = count(&article, &all);
        let names: Vec<&str> = sources.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names[0], "Ann Lee", "{names:?}");
        let ann = &sources.speakers[0];
        assert_eq!((ann.quotes, ann.words, ann.articles), (2, 4, 0));
        // "She added" says Ann Lee is a woman; nothing says it of the others.
        assert_eq!(sources.genders.female, 2);
        assert_eq!(sources.genders.male, 0);
        assert_eq!(sources.genders.not_stated, 2);
        assert_eq!(sources.roles, [("mayor".to_owned(), 2)]);
        assert_eq!(sources.no_role, 2);
        assert_eq!(sources.unattributed, 1);
        // The view's filters apply: only the quotes shown count.
        let one = count(&article, &[3]);
        assert_eq!(one.speakers.len(), 1);
        assert_eq!(one.genders.not_stated, 1);
    }

    #[test]
    fn the_table_lists_the_most_quoted_only() {
        let said = |n: usize| Said {
            speaker: None,
            words: n,
            story: None,
        };
        let ids: Vec<String> = (0..MAX_ROWS + 5).map(|n| format!("p{n}")).collect();
        let sources = tally(ids.iter().enumerate().map(|(n, id)| Said {
            speaker: Some(Voice {
                id,
                name: id,
                role: None,
                gender: None,
            }),
            ..said(n)
        }));
        let html = sources.html(false, &|id| format!("?speaker={id}"));
        assert_eq!(html.matches("<tr><th scope=\"row\">").count(), MAX_ROWS);
        assert!(html.contains(&format!(
            "The {MAX_ROWS} most quoted of {} speakers",
            MAX_ROWS + 5
        )));
        // The most words first among equals: the last ones listed.
        assert!(html.contains(&format!("?speaker=p{}", MAX_ROWS + 4)));
        assert!(!html.contains("?speaker=p0\""));
        assert_eq!(sources.genders.not_stated, MAX_ROWS + 5);
        assert_eq!(tally([said(3)]).unattributed, 1);
    }

    #[test]
    fn percentages_round_and_never_divide_by_zero() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }
}
