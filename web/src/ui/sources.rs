//! Sources at a glance (`view=sources`), drawn by the second bundle: for
//! the quotes the view shows, who is quoted and how much, and the share
//! of quotes by gender and by role where the text says them
//! (`quotes::sources`).

use leptos::prelude::*;
use quotes::sources::{count, percent, Sources};
use quotes::view_state::{View, ViewState};

use crate::explorer::use_explorer;
use crate::ui::link::AppLink;

/// The table of speakers and the two shares, following the view.
#[component]
pub fn SourcesView() -> impl IntoView {
    let ex = use_explorer();
    let sources = Memo::new(move |_| ex.selection.with(|s| count(&ex.doc().article, &s.quotes)));
    let collection = !ex.doc().article.stories.is_empty();
    move || {
        let sources = sources.get();
        let shown: usize =
            sources.speakers.iter().map(|s| s.quotes).sum::<usize>() + sources.unattributed;
        view! {
            <section class="sources" aria-labelledby="sources-title">
                <h2 class="sources__title" id="sources-title">"Who is quoted"</h2>
                <p class="sources__note">
                    {format!("Over the {shown} {} shown: change the filters to count others.",
                        if shown == 1 { "quote" } else { "quotes" })}
                </p>
                {speakers(&sources, collection)}
                <div class="sources__shares">
                    {genders(&sources)}
                    {roles(&sources)}
                </div>
            </section>
        }
    }
}

/// Speakers ranked by quotes, then words; each name shows their quotes.
fn speakers(sources: &Sources, collection: bool) -> AnyView {
    if sources.speakers.is_empty() {
        return view! { <p class="sources__empty">"No speaker is named in the quotes shown."</p> }
            .into_any();
    }
    let ex = use_explorer();
    let rows = sources
        .speakers
        .iter()
        .map(|source| {
            // Their quotes, within the other filters.
            let id = source.id.clone();
            let to = Signal::derive(move || ViewState {
                speakers: [id.clone()].into(),
                view: View::List,
                quote: None,
                ..ex.state.get()
            });
            let (name, articles) = (source.name.clone(), source.articles);
            view! {
                <tr>
                    <th scope="row">
                        <AppLink to class="sources__name">{name}</AppLink>
                    </th>
                    <td>{source.role.clone().unwrap_or_default()}</td>
                    <td class="sources__number">{source.quotes}</td>
                    <td class="sources__number">{source.words}</td>
                    {collection.then(|| view! { <td class="sources__number">{articles}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="sources__scroll">
            <table class="sources__table">
                <thead>
                    <tr>
                        <th scope="col">"Speaker"</th>
                        <th scope="col">"Role"</th>
                        <th scope="col" class="sources__number">"Quotes"</th>
                        <th scope="col" class="sources__number">"Words quoted"</th>
                        {collection.then(|| view! { <th scope="col" class="sources__number">"Articles"</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Quotes by gender as the text states it, never guessed from a name.
fn genders(sources: &Sources) -> impl IntoView {
    let g = sources.genders;
    let whole = g.female + g.male + g.not_stated;
    let line = |label: &'static str, n: usize| {
        view! {
            <li>
                <span class="sources__label">{label}</span>
                <span class="sources__share">{format!("{n} ({}%)", percent(n, whole))}</span>
            </li>
        }
    };
    view! {
        <div class="sources__share-group">
            <h3 class="sources__subtitle">"By gender, where the text says it"</h3>
            <ul class="sources__list">
                {line("She (her, Ms., Mrs.)", g.female)}
                {line("He (him, Mr.)", g.male)}
                {line("Not stated", g.not_stated)}
            </ul>
            <p class="sources__note">
                "From the pronouns and titles the article uses for each speaker; never from a first name. "
                {match sources.unattributed {
                    0 => String::new(),
                    1 => "1 quote with no speaker is not counted.".to_owned(),
                    n => format!("{n} quotes with no speaker are not counted."),
                }}
            </p>
        </div>
    }
}

/// Quotes by the role the text gives their speaker.
fn roles(sources: &Sources) -> impl IntoView {
    let whole: usize = sources.roles.iter().map(|(_, n)| n).sum::<usize>() + sources.no_role;
    let rows = sources
        .roles
        .iter()
        .map(|(role, n)| (role.clone(), *n))
        .chain((sources.no_role > 0).then(|| ("no role given".to_owned(), sources.no_role)))
        .map(|(role, n)| {
            view! {
                <li>
                    <span class="sources__label">{role}</span>
                    <span class="sources__share">{format!("{n} ({}%)", percent(n, whole))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="sources__share-group">
            <h3 class="sources__subtitle">"By role, where the text gives one"</h3>
            <ul class="sources__list">{rows}</ul>
        </div>
    }
}
