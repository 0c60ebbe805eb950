//! The quiet button of a secondary action (cancel, dismiss, clear, go
//! back): one component, so each use says only its words and its action.

use leptos::prelude::*;

/// A `<button type="button" class="button button--quiet">`.
#[component]
pub fn QuietButton(
    /// Its words.
    label: &'static str,
    /// What a click does. Boxed, so the wasm holds one copy of the
    /// button's code, whatever the action.
    on_click: Box<dyn Fn()>,
) -> impl IntoView {
    view! {
        <button type="button" class="button button--quiet" on:click=move |_| on_click()>
            {label}
        </button>
    }
}
