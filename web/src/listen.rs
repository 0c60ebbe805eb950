//! Window event listeners that last as long as the component that made
//! them: leptos's `window_event_listener`, removed when its owner is
//! cleaned up.
//!
//! leptos-use's `use_event_listener` does this for any target, reactive
//! ones too; for the page's eight window listeners it measured 6.3 KB
//! more of the first load, gzipped (issue 20).

use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `handler` on each `event` the window fires, until the current
/// owner (the component calling this) is cleaned up. Does nothing while
/// prerendering, which has no window.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor + 'static,
    E::EventType: JsCast,
{
    if cfg!(feature = "ssr") {
        return;
    }
    let handle = window_event_listener(event, handler);
    on_cleanup(move || handle.remove());
}
