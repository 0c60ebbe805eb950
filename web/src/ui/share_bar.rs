//! Sharing the current view: copy its link, hand it to the browser's share
//! sheet, download its quotes as a file, or take an embed snippet for a
//! blog post.

use leptos::prelude::*;
use leptos::task::spawn_local;

use quotes::export::Format;
use quotes::opened::{ExportJob, Held, Job};
use quotes::url;
use quotes::view_state::ViewState;

use crate::explorer::{use_explorer, Explorer};
use crate::extra::{Extra, Part};
use crate::share;
use crate::ui::button::QuietButton;
use crate::ui::disclosure::Disclosure;

/// The download panel's button.
#[inline(always)]
fn download() -> impl IntoView {
    view! {
        <Panel class="popover download" panel_class="popover__panel download__panel" summary="Download" part=Part::Download />
    }
}

/// "Copy link", "Share…" where the browser offers it, "Download" and
/// "Embed".
#[component]
pub fn ShareBar() -> impl IntoView {
    let ex = use_explorer();
    let copy_link = move || {
        ex.copy(
            ex.link(&ex.now().full()),
            "Link to this view copied.",
            "The browser would not copy; the link is in the address bar.",
        )
    };
    let share_sheet = share::can_share().then(|| {
        let on_click = move || {
            let link = match ex.link(&ex.now().full()) {
                Ok(link) => link,
                Err(message) => return ex.announce(message),
            };
            spawn_local(async move {
                share::share("Quotes from the article", &link).await;
            });
        };
        view! { <QuietButton label="Share…" on_click=Box::new(on_click) /> }.into_any()
    });
    view! {
        <div class="share">
            <QuietButton label="Copy link" on_click=Box::new(copy_link) />
            {share_sheet}
            {download()}
            <Panel class="embed-code" panel_class="embed-code__panel" summary="Embed" part=Part::Embed />
        </div>
    }
}

/// A disclosure of the bar whose panel is `part`, from the second bundle.
#[component]
fn Panel(
    class: &'static str,
    panel_class: &'static str,
    summary: &'static str,
    part: Part,
) -> impl IntoView {
    view! {
        <Disclosure class summary_class="button button--quiet" summary>
            <div class=panel_class>
                <Extra part />
            </div>
        </Disclosure>
    }
}

/// The article the worker writes `view`'s file from: the page's, or in a
/// big collection the view's quotes gathered from their files.
async fn held(ex: Explorer, view: &ViewState) -> Result<Held, String> {
    let doc = ex.doc();
    #[cfg(sharded)]
    if doc.catalog.is_some() {
        if ex.waiting.get_untracked() {
            return Err("The quotes of this view are still loading".to_owned());
        }
        let shown = ex.selection.with_untracked(|s| s.quotes.clone());
        ex.announce(format!("Gathering {} quotes…", shown.len()));
        let article = crate::shelf::gather(&doc, view, &shown).await?;
        return Ok(Held::article(&article));
    }
    let _ = (ex, view);
    Ok(doc.held())
}

/// The download panel: a button per file format, for every quote the view shows (not only those
/// on screen), written by the article reader worker, which carries the
/// serialisers, and saved by the page.
#[component]
pub fn DownloadPanel() -> impl IntoView {
    let ex = use_explorer();
    // A file on its way: a second click waits for it.
    let busy = StoredValue::new(false);
    let save = move |format: Format| {
        if busy.get_value() {
            return;
        }
        let view = ViewState {
            quote: None,
            ..ex.now().full()
        };
        busy.set_value(true);
        spawn_local(async move {
            let article = match held(ex, &view).await {
                Ok(article) => article,
                Err(message) => {
                    ex.announce(format!("{message}. No file was made."));
                    busy.set_value(false);
                    return;
                }
            };
            let job = ExportJob {
                article,
                query: url::encode(&view),
                format: format.name().to_owned(),
                base: share::absolute(""),
            };
            ex.download(
                Job::Export(job),
                |name| format!("Downloaded {name}."),
                "The browser would not save the file.",
            )
            .await;
            busy.set_value(false);
        });
    };
    view! {
        <p class="download__note">"The quotes shown, as a file:"</p>
        {Format::ALL
            .into_iter()
            .map(|format| {
                view! {
                    <button type="button" class="button" on:click=move |_| save(format)>
                        {format.label()}
                    </button>
                }
            })
            .collect_view()}
    }
}

/// The `<iframe>` and `<script>` a blogger pastes to embed the view at
/// `src`.
pub fn snippet(src: &str, title: &str) -> String {
    let script = share::asset("embed.js");
    let title = title.replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"640\" style=\"border:0;max-width:100%\" data-quote-explorer></iframe>\n<script src=\"{script}\" async></script>",
        src.replace('&', "&amp;")
    )
}

/// The embed snippet for the current view and a copy button; a checkbox
/// chooses whether the embed shows its filters.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let ex = use_explorer();
    let controls = RwSignal::new(true);
    // An article too long for a link cannot be embedded either: say so in
    // place of the code.
    let code = move || {
        let state = ex.state.get().full().embedded(controls.get());
        ex.link(&state)
            .map(|src| snippet(&src, "Quotes from the article, in Quote Explorer"))
    };
    let copy = move |_| {
        ex.copy(
            code(),
            "Embed code copied.",
            "The browser would not copy; select the code and copy it.",
        )
    };
    // The snippet is a link to the view, worked out again on every change
    // once the panel is built.
    view! {
        <label class="embed-code__option">
            <input
                type="checkbox"
                prop:checked=move || controls.get()
                on:change=move |_| controls.update(|c| *c = !*c)
            />
            " Let readers change the filters"
        </label>
        <label class="embed-code__label" for="embed-code">
            "Paste this into your page:"
        </label>
        <textarea id="embed-code" class="embed-code__text" readonly rows="5" prop:value=move || code().unwrap_or_else(|message| message)></textarea>
        <button type="button" class="button" on:click=copy>
            "Copy embed code"
        </button>
    }
}
