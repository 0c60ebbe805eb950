//! The second bundle: parts of the page that no first view shows (the
//! article view, the download and embed panels, a card's context and copy
//! menu, the form that opens another article) and the page's side of the
//! article reader worker (opening an article, drawing a card), built into a wasm of their own
//! (`src/bin/extra.rs`), so their code is not in the first load. The page fetches it the first time one of
//! them is shown and hands it an element to render into ([`Extra`]).
//!
//! The two bundles share no memory, so they share what the page already
//! shares with its links: the address bar. Each follows it
//! ([`crate::location`]: a navigation by either says so with a
//! `quotes:navigate` event), the page hands over the article as postcard
//! bytes, and the second bundle's confirmations ("Link copied") come back
//! as `quotes:announce` events for the page's status region.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::explorer::{use_explorer, Explorer};

/// A part of the page whose code is in the second bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The whole article, its quotes marked and linked.
    Article,
    /// The download panel's buttons, one per file format.
    Download,
    /// The embed panel: the snippet, its option and its copy button.
    Embed,
    /// The paragraphs a quote stands in.
    Context,
    /// A card's "Copy quote" menu, one item per citation style.
    CopyQuote,
    /// The form that opens another article.
    Opener,
    /// The header's note on an article the reader opened: only such an
    /// article shows it, and it came through this bundle.
    Opened,
    /// What a view that matches nothing says, with a way out.
    Empty,
    /// Who the quotes shown come from (`view=sources`).
    Sources,
}

impl Part {
    pub const ALL: [Part; 9] = [
        Part::Article,
        Part::Download,
        Part::Embed,
        Part::Context,
        Part::CopyQuote,
        Part::Opener,
        Part::Opened,
        Part::Empty,
        Part::Sources,
    ];

    /// Its name between the bundles.
    pub fn name(self) -> &'static str {
        match self {
            Part::Article => "article",
            Part::Download => "download",
            Part::Embed => "embed",
            Part::Context => "context",
            Part::CopyQuote => "copy-quote",
            Part::Opener => "opener",
            Part::Opened => "opened",
            Part::Empty => "empty",
            Part::Sources => "sources",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.name() == name)
    }
}

/// The event by which either bundle says it changed the address bar.
pub const NAVIGATE: &str = "quotes:navigate";

/// The event by which the second bundle hands the page a confirmation.
pub const ANNOUNCE: &str = "quotes:announce";

/// What the page says when the second bundle cannot be fetched or started.
const FAILED: &str = "This part of the page could not be loaded.";

/// `part` (of the quote at `quote`, for a card's parts), rendered by the
/// second bundle into this component's element once fetched. Until then
/// the element is marked busy; if it cannot be fetched, the page says so
/// and offers to try again.
#[component]
pub fn Extra(part: Part, #[prop(optional)] quote: Option<usize>) -> impl IntoView {
    let ex = use_explorer();
    let node = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(false);
    // The mount's id in the second bundle (0: none yet), and whether this
    // component is gone: a mount that arrives late is undone at once.
    let mounted = Arc::new(AtomicU32::new(0));
    let gone = Arc::new(AtomicBool::new(false));
    let start = {
        let (mounted, gone) = (mounted.clone(), gone.clone());
        move |element: web_sys::HtmlDivElement| {
            let (mounted, gone) = (mounted.clone(), gone.clone());
            let args = Array::of5(
                &part.name().into(),
                &element,
                &Uint8Array::from(&*ex.doc().bytes),
                &packed(&ex),
                &quote
                    .map(|at| JsValue::from(at as u32))
                    .unwrap_or(JsValue::NULL),
            );
            // A big collection's card: which chunk its article is.
            #[cfg(sharded)]
            args.push(&ex.doc().chunk.map_or(JsValue::NULL, JsValue::from));
            spawn_local(async move {
                match call("mount", &args).await {
                    Ok(id) => match id.as_f64() {
                        Some(id) if gone.load(Ordering::Relaxed) => unmount(id as u32),
                        Some(id) => mounted.store(id as u32, Ordering::Relaxed),
                        None => {
                            failed.try_set(true);
                        }
                    },
                    Err(error) => {
                        // For whoever looks: the page says it simply.
                        web_sys::console::warn_2(&"The second bundle failed:".into(), &error);
                        failed.try_set(true);
                    }
                }
            });
        }
    };
    let retry = {
        let start = start.clone();
        move |_| {
            if let Some(element) = node.get_untracked() {
                failed.set(false);
                start(element);
            }
        }
    };
    node.on_load(start);
    on_cleanup(move || {
        gone.store(true, Ordering::Relaxed);
        match mounted.load(Ordering::Relaxed) {
            0 => {}
            id => unmount(id),
        }
    });
    view! {
        <div class="extra" node_ref=node aria-busy=move || (!failed.get()).then_some("true")></div>
        {move || failed.get().then(|| view! {
            <p class="extra__failed" role="alert">
                {FAILED} " "
                <button type="button" class="button button--quiet" on:click=retry.clone()>
                    "Try again"
                </button>
            </p>
        }.into_any())}
    }
}

/// What the page says when the article reader's side of the second
/// bundle cannot be fetched.
const NO_READER: &str =
    "The article reader could not be loaded. Check the connection and try again.";

/// Has the second bundle's article reader open a link's `a=` value: the
/// article's postcard bytes, or a sentence saying why not.
pub async fn open_link(value: String) -> Result<Vec<u8>, String> {
    let opened = call_async("open_link", &Array::of1(&value.into())).await;
    let article = opened.map_err(|error| error.as_string().unwrap_or(NO_READER.to_owned()))?;
    let article = article.dyn_into::<Uint8Array>().map_err(|_| NO_READER)?;
    Ok(article.to_vec())
}

/// Hands a file dropped on the page to the second bundle's opener, whose
/// form (being shown) says how it went.
pub fn drop_file(file: web_sys::File) {
    spawn_local(async move {
        let _ = call("open_file", &Array::of1(&file)).await;
    });
}

/// Has the second bundle draw and save the card of the quote at `quote`
/// (in the dark scheme if `dark`); it says how that went.
pub fn card(ex: Explorer, quote: usize, dark: bool) {
    let args = Array::of4(
        &Uint8Array::from(&*ex.doc().bytes),
        &packed(&ex),
        &(quote as u32).into(),
        &dark.into(),
    );
    // A big collection's card: which chunk its article is.
    #[cfg(sharded)]
    args.push(&ex.doc().chunk.map_or(JsValue::NULL, JsValue::from));
    spawn_local(async move {
        if let Err(error) = call_async("card", &args).await {
            ex.announce(error.as_string().unwrap_or(NO_READER.to_owned()));
        }
    });
}

/// The `a=` value of the explorer's article, or `null`.
fn packed(ex: &Explorer) -> JsValue {
    ex.doc()
        .packed
        .as_deref()
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL)
}

/// [`call`] of an export that returns a promise, settled.
async fn call_async(name: &str, args: &Array) -> Result<JsValue, JsValue> {
    let promise: Promise = call(name, args).await?.dyn_into()?;
    JsFuture::from(promise).await
}

/// Undoes mount `id` in the second bundle: its owner and listeners go.
fn unmount(id: u32) {
    spawn_local(async move {
        let _ = call("unmount", &Array::of1(&id.into())).await;
    });
}

thread_local! {
    /// The second bundle's exports, once started.
    static BUNDLE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Calls the second bundle's export `name` with `args`, fetching and
/// starting the bundle first if need be.
async fn call(name: &str, args: &Array) -> Result<JsValue, JsValue> {
    let bundle = match BUNDLE.with_borrow(Clone::clone) {
        Some(bundle) => bundle,
        None => {
            let bundle = start().await?;
            BUNDLE.with_borrow_mut(|b| b.get_or_insert(bundle).clone())
        }
    };
    let function: Function = Reflect::get(&bundle, &name.into())?.dyn_into()?;
    function.apply(&JsValue::NULL, args)
}

/// Fetches the second bundle's loader, glue, wasm and stylesheet and
/// starts it: its exports. A release build names its hashed loader in a
/// `<meta name="quotes-extra">` (`tools/harden.mjs`); a dev build's is
/// next to the page. A failure leaves nothing cached, so trying again
/// fetches again (the loader, having run, starts afresh when asked).
async fn start() -> Result<JsValue, JsValue> {
    let document = document();
    let loader = document
        .query_selector("meta[name=quotes-extra]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "quotes-extra-loader.js".to_owned());
    let loader = crate::share::asset(&loader);
    let script: web_sys::HtmlScriptElement = document.create_element("script")?.unchecked_into();
    script.set_type("module");
    script.set_src(&loader);
    let loaded = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or(JsValue::NULL)?
        .append_child(&script)?;
    let result = JsFuture::from(loaded).await;
    script.remove();
    result?;
    // The loader's promise of the exports (`public/quotes-extra-loader.js`).
    let exports: Promise = Reflect::get(&window(), &"quotesExtra".into())?.dyn_into()?;
    JsFuture::from(exports).await
}

/// Says the second bundle's confirmations in `ex`'s status region, for
/// as long as the calling component lives.
pub fn hear(ex: Explorer) {
    crate::listen::on_window(
        leptos::ev::Custom::<web_sys::CustomEvent>::new(ANNOUNCE),
        move |event| {
            if let Some(message) = event.detail().as_string() {
                ex.announce(message);
            }
        },
    );
}
