//! The speaker × theme matrix: how many of the shown quotes each speaker
//! has on each theme, the busiest speakers and themes first. Worked out
//! here, where it is tested natively, so the page's overview only renders
//! it.

use std::collections::HashMap;

use fixedbitset::FixedBitSet;

use crate::explore::index::Options;
use crate::explore::sort::sort_by;
use crate::html::escape;
use crate::model::{Article, Speaker, Theme};

/// At most this many rows and columns, the busiest first.
pub const MAX_AXIS: usize = 6;

/// Each quote's row (its speaker) and columns (its themes), looked up once
/// per article: the matrix is counted again on every filter change, over
/// every shown quote.
#[derive(Debug, Clone)]
pub struct Places {
    /// Per quote, in `Article::quotes` order: its speaker's position in
    /// `Article::speakers`, and its themes' positions in `Article::themes`.
    quotes: Vec<(Option<usize>, Vec<usize>)>,
    speakers: usize,
    themes: usize,
}

/// The matrix of one selection of quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// Positions in `Article::speakers` of the speakers with a shown quote
    /// on some theme: the most such quotes first, ties in the article's
    /// order, at most [`MAX_AXIS`].
    pub rows: Vec<usize>,
    /// Positions in `Article::themes`, chosen and ordered the same way.
    pub cols: Vec<usize>,
    /// `cells[speaker][theme]`, by position in the article's lists.
    cells: Vec<Vec<usize>>,
}

impl Places {
    /// Where each of the article's quotes falls.
    pub fn new(article: &Article) -> Places {
        let speaker_row = positions(article.speakers.iter().map(|s| s.id.as_str()));
        let theme_col = positions(article.themes.iter().map(|t| t.id.as_str()));
        let quotes = article
            .quotes
            .iter()
            .map(|q| {
                let row = q
                    .speaker
                    .as_deref()
                    .and_then(|id| speaker_row.get(id).copied());
                let cols = q
                    .themes
                    .iter()
                    .filter_map(|t| theme_col.get(t.as_str()).copied())
                    .collect();
                (row, cols)
            })
            .collect();
        Places {
            quotes,
            speakers: article.speakers.len(),
            themes: article.themes.len(),
        }
    }

    /// The matrix of the quotes at these positions in `Article::quotes`
    /// (a `Selection`'s); a quote with no speaker or no theme counts
    /// nowhere.
    pub fn count(&self, shown: &[usize]) -> Matrix {
        let mut speakers: Vec<(usize, usize)> = vec![(0, 0); self.speakers];
        let mut themes: Vec<(usize, usize)> = vec![(0, 0); self.themes];
        let mut cells = vec![vec![0usize; self.themes]; self.speakers];
        for &at in shown {
            let Some((Some(row), cols)) = self.quotes.get(at) else {
                continue;
            };
            for &col in cols {
                cells[*row][col] += 1;
                speakers[*row].0 += 1;
                themes[col].0 += 1;
            }
        }
        Matrix {
            rows: busiest(speakers),
            cols: busiest(themes),
            cells,
        }
    }
}

/// The matrix of the quotes at `shown` of a collection of `len` quotes,
/// from its Speaker and Theme groups (each option's quotes) rather than
/// its quotes, which a big collection's page does not hold: as
/// [`Places::count`] over the whole collection, with the article to draw
/// it against ([`Matrix::html`]), which holds the speakers and themes it
/// shows and nothing else.
pub fn from_groups(
    len: usize,
    speakers: &Options,
    themes: &Options,
    shown: &[usize],
) -> (Matrix, Article) {
    let mut on = FixedBitSet::with_capacity(len);
    for &at in shown.iter().filter(|&&at| at < len) {
        on.insert(at);
    }
    let shown = |q: &&u32| on.contains(**q as usize);
    // Per shown quote, its themes; and which have a speaker.
    let mut themed = vec![0u16; len];
    for &q in themes.quotes.iter().flatten().filter(shown) {
        themed[q as usize] = themed[q as usize].saturating_add(1);
    }
    let mut spoken = FixedBitSet::with_capacity(len);
    for &q in speakers.quotes.iter().flatten().filter(shown) {
        spoken.insert(q as usize);
    }
    // A quote counts once per theme on its speaker's row, and once on each
    // of its themes' columns if it has a speaker.
    let rows = busiest(
        (speakers.quotes.iter())
            .map(|quotes| {
                let pairs = quotes.iter().filter(shown);
                (pairs.map(|&q| usize::from(themed[q as usize])).sum(), 0)
            })
            .collect(),
    );
    let cols = busiest(
        (themes.quotes.iter())
            .map(|quotes| {
                let spoken = quotes.iter().filter(|&&q| spoken.contains(q as usize));
                (spoken.count(), 0)
            })
            .collect(),
    );
    let cells = (rows.iter())
        .map(|&row| {
            let theirs: Vec<u32> = speakers.quotes[row].iter().filter(shown).copied().collect();
            (cols.iter())
                .map(|&col| {
                    let on_theme = |q: &&u32| themes.quotes[col].binary_search(q).is_ok();
                    theirs.iter().filter(on_theme).count()
                })
                .collect()
        })
        .collect();
    let name = |group: &Options, at: usize| (group.ids[at].clone(), group.labels[at].clone());
    let article = Article {
        speakers: (rows.iter())
            .map(|&at| name(speakers, at))
            .map(|(id, label)| Speaker::new(&id, &label))
            .collect(),
        themes: (cols.iter())
            .map(|&at| name(themes, at))
            .map(|(id, label)| Theme::new(&id, &label))
            .collect(),
        ..Article::default()
    };
    let matrix = Matrix {
        rows: (0..rows.len()).collect(),
        cols: (0..cols.len()).collect(),
        cells,
    };
    (matrix, article)
}

/// Each id's position in its list.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// The positions of the busiest entries of an axis of `(count, _)`, most
/// first, ties in the axis's order, none empty, at most [`MAX_AXIS`].
fn busiest(mut axis: Vec<(usize, usize)>) -> Vec<usize> {
    for (i, entry) in axis.iter_mut().enumerate() {
        entry.1 = i;
    }
    axis.retain(|&(n, _)| n > 0);
    sort_by(&mut axis, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    axis.truncate(MAX_AXIS);
    axis.into_iter().map(|(_, i)| i).collect()
}

impl Matrix {
    /// True when no shown quote has both a speaker and a theme: there is
    /// nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty() || self.cols.is_empty()
    }

    /// How many shown quotes the speaker at `row` has on the theme at
    /// `col` (positions in the article's lists).
    pub fn count(&self, row: usize, col: usize) -> usize {
        self.cells
            .get(row)
            .and_then(|cells| cells.get(col))
            .copied()
            .unwrap_or(0)
    }

    /// The matrix as the page's table (`style/main.css`, `.overview`), or
    /// nothing when it is empty. Each cell is a button naming its pair in
    /// `data-speaker` and `data-theme`, for one listener on the table;
    /// its shade is a class, as the CSP allows no inline styles.
    pub fn html(&self, article: &Article) -> String {
        if self.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "<table class=\"overview__table\"><caption class=\"overview__caption\">\
             Who speaks on what</caption><thead><tr><td></td>",
        );
        for &c in &self.cols {
            out += &format!(
                "<th scope=\"col\">{}</th>",
                escape(&article.themes[c].label)
            );
        }
        out += "</tr></thead><tbody>";
        for &r in &self.rows {
            let speaker = &article.speakers[r];
            out += &format!("<tr><th scope=\"row\">{}</th>", escape(&speaker.name));
            for &c in &self.cols {
                let theme = &article.themes[c];
                let n = self.count(r, c);
                out += &format!(
                    "<td><button type=\"button\" class=\"overview__cell overview__cell--{}\" \
                     data-speaker=\"{}\" data-theme=\"{}\" aria-label=\"{}\"{}>{n}</button></td>",
                    n.min(9),
                    escape(&speaker.id),
                    escape(&theme.id),
                    escape(&format!("{} on {}: {n} shown", speaker.name, theme.label)),
                    if n == 0 { " disabled" } else { "" },
                );
            }
            out += "</tr>";
        }
        out + "</tbody></table>"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quote, Speaker, Theme};

    /// Each letter once, in alphabetical order.
    fn letters(text: impl Iterator<Item = char>) -> Vec<String> {
        let mut all: Vec<char> = text.collect();
        all.sort_unstable();
        all.dedup();
        all.into_iter().map(String::from).collect()
    }

    /// An article of quotes given as `(speaker, themes)`, one letter an id;
    /// its speakers and themes are the letters the quotes use, in
    /// alphabetical order.
    fn article(quotes: &[(&str, &str)]) -> Article {
        Article {
            quotes: quotes
                .iter()
                .map(|&(speaker, themes)| Quote {
                    speaker: (!speaker.is_empty()).then(|| speaker.into()),
                    themes: themes.chars().map(String::from).collect(),
                    ..Quote::default()
                })
                .collect(),
            speakers: letters(quotes.iter().flat_map(|q| q.0.chars()))
                .into_iter()
                .map(|id| Speaker::new(&id, &id))
                .collect(),
            themes: letters(quotes.iter().flat_map(|q| q.1.chars()))
                .into_iter()
                .map(|id| Theme::new(&id, &id))
                .collect(),
            ..Article::default()
        }
    }

    /// Counts the matrix of the quotes at `shown` and checks it drawn as
    /// text: a header of theme ids, then a line per speaker id.
    fn check(quotes: &[(&str, &str)], shown: &[usize], expected: &str) {
        let article = article(quotes);
        let matrix = Places::new(&article).count(shown);
        let mut drawn = String::from(".");
        for &c in &matrix.cols {
            drawn += &format!(" {}", article.themes[c].id);
        }
        for &r in &matrix.rows {
            drawn += &format!("\n{}", article.speakers[r].id);
            for &c in &matrix.cols {
                drawn += &format!(" {}", matrix.count(r, c));
            }
        }
        assert_eq!(drawn, expected, "{quotes:?} showing {shown:?}");
        assert_eq!(matrix.is_empty(), !drawn.contains('\n'));
    }

    #[test]
    fn counts_each_shown_quote_once_per_theme() {
        check(
            &[("a", "x"), ("a", "xy"), ("b", "y")],
            &[0, 1, 2],
            ". x y\na 2 1\nb 0 1",
        );
    }

    #[test]
    fn only_the_shown_quotes_count() {
        check(&[("a", "x"), ("b", "y")], &[1], ". y\nb 1");
    }

    #[test]
    fn the_busiest_come_first_and_ties_keep_the_article_order() {
        check(
            &[("a", "x"), ("b", "y"), ("b", "y"), ("c", "y")],
            &[0, 1, 2, 3],
            ". y x\nb 2 0\na 0 1\nc 1 0",
        );
    }

    #[test]
    fn quotes_with_no_speaker_or_no_theme_count_nowhere() {
        check(&[("", "x"), ("a", "")], &[0, 1], ".");
        check(&[("", "x"), ("a", "y")], &[0, 1], ". y\na 1");
    }

    #[test]
    fn the_table_names_each_cell_and_escapes_names() {
        let mut article = article(&[("a", "x"), ("b", "y")]);
        article.speakers[0].name = "Ann <Lee> & \"Co\"".into();
        let matrix = Places::new(&article).count(&[0, 1]);
        assert_eq!(
            matrix.html(&article),
            "<table class=\"overview__table\"><caption class=\"overview__caption\">\
             Who speaks on what</caption><thead><tr><td></td>\
             <th scope=\"col\">x</th><th scope=\"col\">y</th></tr></thead><tbody>\
             <tr><th scope=\"row\">Ann &lt;Lee&gt; &amp; &quot;Co&quot;</th>\
             <td><button type=\"button\" class=\"overview__cell overview__cell--1\" \
             data-speaker=\"a\" data-theme=\"x\" \
             aria-label=\"Ann &lt;Lee&gt; &amp; &quot;Co&quot; on x: 1 shown\">1</button></td>\
             <td><button type=\"button\" class=\"overview__cell overview__cell--0\" \
             data-speaker=\"a\" data-theme=\"y\" aria-label=\"Ann &lt;Lee&gt; &amp; \
             &quot;Co&quot; on y: 0 shown\" disabled>0</button></td></tr>\
             <tr><th scope=\"row\">b</th>\
             <td><button type=\"button\" class=\"overview__cell overview__cell--0\" \
             data-speaker=\"b\" data-theme=\"x\" aria-label=\"b on x: 0 shown\" disabled>0</button></td>\
             <td><button type=\"button\" class=\"overview__cell overview__cell--1\" \
             data-speaker=\"b\" data-theme=\"y\" aria-label=\"b on y: 1 shown\">1</button></td></tr>\
             </tbody></table>"
        );
        assert_eq!(Places::new(&article).count(&[]).html(&article), "");
    }

    #[test]
    fn each_axis_keeps_its_six_busiest() {
        let quotes: Vec<(&str, &str)> = ["a", "b", "c", "d", "e", "f", "g"]
            .iter()
            .enumerate()
            .flat_map(|(i, &s)| std::iter::repeat_n((s, "x"), i + 1))
            .collect();
        let shown: Vec<usize> = (0..quotes.len()).collect();
        check(&quotes, &shown, ". x\ng 7\nf 6\ne 5\nd 4\nc 3\nb 2");
    }
}
