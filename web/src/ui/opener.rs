//! "Open another article": paste its text, choose a `.txt` file, or drop
//! one anywhere on the page. The text goes to the article reader worker
//! (`crate::reader`), which parses it and packs it for the link's
//! fragment; it never leaves the browser. The explorer then switches to
//! the article, so the view can be shared.
//!
//! The page holds the masthead button, the panel's place and the
//! page-wide drop target; the panel's form and the reading are in the
//! second bundle (`crate::extra`), fetched when the panel first opens or
//! a file is dropped.

use std::cell::OnceCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use quotes::opened::Source;
use quotes::packed::{self, MAX_TEXT_BYTES};
use wasm_bindgen_futures::JsFuture;

use crate::extra::{self, Extra, Part};
use crate::listen::on_window;
use crate::location::Location;
use crate::reader;
use crate::ui::button::QuietButton;

/// Whether the panel is shown: shared by the masthead button, the panel,
/// and the page-wide drop target.
#[derive(Debug, Clone, Copy)]
pub struct Opener {
    pub shown: RwSignal<bool>,
}

impl Opener {
    pub fn new() -> Opener {
        Opener {
            shown: RwSignal::new(false),
        }
    }
}

impl Default for Opener {
    fn default() -> Self {
        Opener::new()
    }
}

/// The masthead button that shows or hides the panel.
#[component]
pub fn OpenerToggle(opener: Opener) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button--quiet masthead__open"
            aria-controls="opener"
            aria-expanded=move || opener.shown.get().to_string()
            on:click=move |_| opener.shown.update(|s| *s = !*s)
        >
            "Open another article"
        </button>
    }
}

/// The event by which the form's Cancel asks the page to fold the panel.
pub const CLOSE: &str = "quotes:close-opener";

/// The panel's place; its form comes with the second bundle.
#[component]
pub fn OpenerPanel(opener: Opener) -> impl IntoView {
    on_window(
        leptos::ev::Custom::<web_sys::Event>::new(CLOSE),
        move |_| opener.shown.set(false),
    );
    // A memo, as a signal set to what it holds still notifies: the panel
    // is built once per opening.
    let shown = Memo::new(move |_| opener.shown.get());
    view! {
        {move || shown.get().then(|| view! {
            <section class="opener" id="opener" aria-labelledby="opener-title">
                <Extra part=Part::Opener />
            </section>
        }.into_any())}
    }
}

/// What the form shows while and after it reads: one for the second
/// bundle's life, so that a file dropped before the form is built still
/// says what went wrong in it.
#[derive(Debug, Clone, Copy)]
struct Reading {
    error: RwSignal<Option<String>>,
    /// An article is being read: the button says so and waits.
    busy: RwSignal<bool>,
    location: Location,
}

thread_local! {
    static READING: OnceCell<Reading> = const { OnceCell::new() };
}

/// Makes the second bundle's [`Reading`]: called at its start, outside
/// any mount, so that folding the panel (unmounting the form) never
/// disposes what a dropped file's reading still needs.
pub fn start_reading() {
    reading();
}

fn reading() -> Reading {
    READING.with(|r| {
        *r.get_or_init(|| Reading {
            error: RwSignal::new(None),
            busy: RwSignal::new(false),
            location: Location::follow(),
        })
    })
}

impl Reading {
    /// Opens `text` in the explorer, or says why not in the panel.
    fn open(self, text: String) {
        if self.busy.get_untracked() {
            return;
        }
        if let Err(error) = packed::check(&text) {
            return self.fail(error.to_string());
        }
        self.busy.set(true);
        spawn_local(async move {
            let opened = reader::open(Source::Text(text))
                .await
                .map(|ready| ready.packed);
            self.busy.set(false);
            match opened {
                Ok(packed) => {
                    self.error.set(None);
                    self.location.open(Some(&packed));
                }
                Err(message) => self.fail(message),
            }
        });
    }

    /// Reads `file` and opens it; refuses files too large or not UTF-8
    /// before parsing anything.
    fn open_file(self, file: web_sys::File) {
        let name = file.name();
        if file.size() > MAX_TEXT_BYTES as f64 {
            return self.fail(format!(
                "{name} is {}; the explorer opens articles of up to {}.",
                packed::kilobytes(file.size() as usize),
                packed::kilobytes(MAX_TEXT_BYTES)
            ));
        }
        spawn_local(async move {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => return self.fail(format!("{name} could not be read.")),
            };
            match String::from_utf8(bytes) {
                Ok(text) => self.open(text.trim_start_matches('\u{feff}').to_owned()),
                Err(_) => self.fail(format!(
                    "{name} is not UTF-8 text. Save it as plain text (UTF-8) and try again."
                )),
            }
        });
    }

    fn fail(&self, message: String) {
        self.error.set(Some(message));
    }
}

/// Opens a file dropped on the page (second bundle).
pub fn open_file(file: web_sys::File) {
    reading().open_file(file);
}

/// The panel's form: a text area, a file chooser, and what went wrong
/// (second bundle).
#[component]
pub fn OpenerForm() -> impl IntoView {
    let opener = reading();
    let text = RwSignal::new(String::new());
    let size = move || {
        format!(
            "{} of {}",
            packed::kilobytes(text.with(String::len)),
            packed::kilobytes(MAX_TEXT_BYTES)
        )
    };
    let over = move || text.with(String::len) > MAX_TEXT_BYTES;
    let open = move |_| opener.open(text.get_untracked());
    let choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            opener.open_file(file);
        }
        input.set_value("");
    };
    let cancel = || {
        if let Ok(event) = web_sys::Event::new(CLOSE) {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
                <h2 class="opener__title" id="opener-title">"Open another article"</h2>
                <p class="opener__note">
                    "Paste an article's text, choose a .txt file, or drop one on the page. "
                    "It is read here, in your browser: nothing is uploaded."
                </p>
                <label class="opener__label" for="opener-text">"Article text"</label>
                <textarea
                    id="opener-text"
                    class="opener__text"
                    rows="8"
                    aria-describedby="opener-size"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <p id="opener-size" class="opener__size" class:opener__size--over=over>
                    {size}
                </p>
                <div class="opener__actions">
                    <button
                        type="button"
                        class="button"
                        aria-disabled=move || opener.busy.get().then_some("true")
                        on:click=open
                    >
                        {move || if opener.busy.get() { "Opening…" } else { "Open this text" }}
                    </button>
                    <label class="opener__file">
                        "Or choose a .txt file "
                        <input type="file" accept=".txt,text/plain" on:change=choose />
                    </label>
                    <QuietButton label="Cancel" on_click=Box::new(cancel) />
                </div>
                {move || {
                    opener
                        .error
                        .get()
                        .map(|message| view! { <p class="opener__error" role="alert">{message}</p> }.into_any())
                }}
    }
}

/// Lets a `.txt` file be dropped anywhere on the page (instead of the
/// browser navigating away to it), with an overlay while one is dragged.
/// Not leptos-use's `use_drop_zone`: it cancels every drag over its
/// target, files or not (text could no longer be dropped in the text
/// area), and measured 8.0 KB more of the first load, gzipped (issue 20).
#[component]
pub fn DropTarget(opener: Opener) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let carries_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer()
            .is_some_and(|data| data.types().includes(&"Files".into(), 0))
    };
    // Set at every `dragover`: the overlay is built once per drag.
    let dragged = Memo::new(move |_| dragging.get());
    on_window(leptos::ev::dragover, move |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    on_window(leptos::ev::dragleave, move |ev| {
        // Leaving the window, not just one element for another.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    on_window(leptos::ev::drop, move |ev| {
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            opener.shown.set(true);
            extra::drop_file(file);
        }
    });
    view! {
        {move || dragged.get().then(|| view! {
            <div class="drop-overlay" aria-hidden="true">
                <p class="drop-overlay__text">"Drop the .txt file to open it"</p>
            </div>
        }.into_any())}
    }
}
