//! A compact speaker × theme matrix over the current selection: how many
//! shown quotes each speaker has on each theme (counted by
//! `quotes::matrix`). A cell filters to that pair.

use leptos::prelude::*;
use quotes::matrix::Places;
use quotes::view_state::ViewState;

use crate::explorer::use_explorer;
use crate::location::Entry;

/// The matrix, or nothing when no shown quote has both a speaker and a theme.
#[component]
pub fn Overview() -> impl IntoView {
    let ex = use_explorer();
    let places = Places::new(ex.doc.article);
    let matrix = Memo::new(move |_| ex.selection.with(|s| places.count(&s.quotes)));
    move || {
        let matrix = matrix.get();
        if matrix.is_empty() {
            return None;
        }
        let article = ex.doc.article;
        let head = matrix
            .cols
            .iter()
            .map(|&c| view! { <th scope="col">{article.themes[c].label.clone()}</th> })
            .collect_view();
        let body = matrix
            .rows
            .iter()
            .map(|&r| {
                let speaker = &article.speakers[r];
                let row = matrix
                    .cols
                    .iter()
                    .map(|&c| {
                        let theme = &article.themes[c];
                        let n = matrix.count(r, c);
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
