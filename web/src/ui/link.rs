//! A link to another view of the explorer: a real `href` (so it can be
//! opened in a new tab or copied), followed in place on a plain click.

use leptos::prelude::*;
use quotes::view_state::ViewState;

use crate::explorer::use_explorer;
use crate::location::Entry;

/// An `<a>` to the view `to`.
#[component]
pub fn AppLink(
    /// The view the link shows.
    #[prop(into)]
    to: Signal<ViewState>,
    /// CSS class of the link.
    #[prop(optional)]
    class: &'static str,
    /// `aria-current` value, when the link is the current view.
    #[prop(optional, into)]
    current: Signal<Option<&'static str>>,
    children: Children,
) -> impl IntoView {
    let ex = use_explorer();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        ex.go(&to.get_untracked(), Entry::Push);
    };
    view! {
        <a class=class href=move || to.with(|state| ex.href(state)) aria-current=move || current.get() on:click=on_click>
            {children()}
        </a>
    }
}
