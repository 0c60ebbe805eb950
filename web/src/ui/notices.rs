//! What was dropped from a hand-edited or broken link, said once, plainly,
//! above the results; the rest of the link still applies.

use leptos::prelude::*;

use crate::explorer::use_explorer;
use crate::ui::button::QuietButton;

/// The notices of the last link opened, with a button to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let ex = use_explorer();
    move || {
        let notices = ex.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="alert">
                    <p class="notice__title">"Part of this link could not be used:"</p>
                    <ul class="notice__list">
                        {notices
                            .into_iter()
                            .map(|n| view! { <li>{n.message}</li> }.into_any())
                            .collect::<Vec<_>>()}
                    </ul>
                    <QuietButton label="Dismiss" on_click=Box::new(move || ex.notices.set(Vec::new())) />
                </div>
            }.into_any()
        })
    }
}
