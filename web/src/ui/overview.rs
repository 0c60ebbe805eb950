//! A compact speaker × theme matrix over the current selection: how many
//! shown quotes each speaker has on each theme. A cell filters to that pair.

use std::collections::HashMap;

use leptos::prelude::*;
use quotes::sort::sort_by;
use quotes::view_state::ViewState;

use crate::explorer::use_explorer;
use crate::location::Entry;

/// At most this many rows and columns, the busiest first.
const MAX_AXIS: usize = 6;

/// The matrix, or nothing when no shown quote has both a speaker and a theme.
#[component]
pub fn Overview() -> impl IntoView {
    let ex = use_explorer();
    let article = ex.article;
    // Each quote's row and columns, looked up once: the matrix is redone on
    // every filter change, over every shown quote.
    let speaker_row: HashMap<&str, usize> = article
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let theme_col: HashMap<&str, usize> = article
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let places: Vec<(Option<usize>, Vec<usize>)> = article
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
    let matrix = Memo::new(move |_| {
        let mut speakers: Vec<(usize, usize)> = vec![(0, 0); article.speakers.len()];
        let mut themes: Vec<(usize, usize)> = vec![(0, 0); article.themes.len()];
        let mut cells = vec![vec![0usize; article.themes.len()]; article.speakers.len()];
        ex.selection.with(|s| {
            for &at in &s.quotes {
                let (Some(row), cols) = &places[at] else {
                    continue;
                };
                for &col in cols {
                    cells[*row][col] += 1;
                    speakers[*row].0 += 1;
                    themes[col].0 += 1;
                }
            }
        });
        let top = |mut axis: Vec<(usize, usize)>| {
            for (i, entry) in axis.iter_mut().enumerate() {
                entry.1 = i;
            }
            axis.retain(|&(n, _)| n > 0);
            sort_by(&mut axis, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            axis.truncate(MAX_AXIS);
            axis.into_iter().map(|(_, i)| i).collect::<Vec<_>>()
        };
        (top(speakers), top(themes), cells)
    });
    move || {
        let (rows, cols, cells) = matrix.get();
        if rows.is_empty() || cols.is_empty() {
            return None;
        }
        let article = ex.article;
        let head = cols
            .iter()
            .map(|&c| view! { <th scope="col">{article.themes[c].label.clone()}</th> })
            .collect_view();
        let body = rows
            .iter()
            .map(|&r| {
                let speaker = &article.speakers[r];
                let row = cols
                    .iter()
                    .map(|&c| {
                        let theme = &article.themes[c];
                        let n = cells[r][c];
                        let label = format!("{} on {}: {n} shown", speaker.name, theme.label);
                        let (sid, tid) = (speaker.id.clone(), theme.id.clone());
                        let pick = move |_| {
                            let next = ViewState {
                                speakers: [sid.clone()].into(),
                                themes: [tid.clone()].into(),
                                quote: None,
                                ..ex.now()
                            };
                            ex.go(&next, Entry::Push);
                        };
                        view! {
                            <td>
                                <button
                                    type="button"
                                    // A class, not a style attribute: the CSP allows no inline styles.
                                    class=format!("overview__cell overview__cell--{}", n.min(9))
                                    aria-label=label
                                    disabled=n == 0
                                    on:click=pick
                                >
                                    {n}
                                </button>
                            </td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{speaker.name.clone()}</th>
                        {row}
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="overview">
                <table class="overview__table">
                    <caption class="overview__caption">"Who speaks on what"</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        })
    }
}
