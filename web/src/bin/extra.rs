//! Entry point of the second bundle (`crate::extra`): renders the parts of
//! the page that no first view shows into the elements the page gives it,
//! and runs the page's side of the article reader worker.
//! It keeps its own explorer per article, over the bytes the page handed
//! it, following the same address bar (as many as the page keeps
//! articles, `content::KEPT`); its confirmations go to the page's
//! status region as `quotes:announce` events.

use std::cell::{Cell, RefCell};

use leptos::mount::mount_to;
use leptos::prelude::*;
use quotes::opened::{CardJob, Job, Source};
use quotes_web::content::{recall, remember, Doc};
use quotes_web::explorer::Explorer;
use quotes_web::extra::{Part, ANNOUNCE};
use quotes_web::location::Location;
use quotes_web::reader;
use quotes_web::ui::article::ArticleView;
use quotes_web::ui::header::OpenedNote;
use quotes_web::ui::opener::{self, OpenerForm};
use quotes_web::ui::quote_card::{Context, CopyMenu};
use quotes_web::ui::quote_list::EmptyState;
use quotes_web::ui::share_bar::{DownloadPanel, EmbedPanel};
use quotes_web::ui::sources::SourcesView;
use wasm_bindgen::prelude::*;

/// A mount: its id and what undoes it (with its explorer's owner, which
/// keeps that explorer while the part shows).
type Mounted = (u32, Box<dyn std::any::Any>);

thread_local! {
    /// The explorers of the articles the page last handed over, least
    /// recently used first, with the owner of their memos and listeners:
    /// the article of one that goes is read again if it comes back.
    static EXPLORERS: RefCell<Vec<(Explorer, Owner)>> = const { RefCell::new(Vec::new()) };
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    quotes::case::set_host(quotes_web::lower::browser);
    // Its explorers' effects run before any mount would set this up.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    opener::start_reading();
}

/// Renders `part` into `element`, over the article in `article` (postcard
/// bytes) whose `a=` value is `packed`; `quote` is the position of a
/// card's quote in the article; `chunk`, in a big collection, which chunk
/// that article is. The mount's id, for [`unmount`], or why there is none.
#[wasm_bindgen]
pub fn mount(
    part: &str,
    element: web_sys::HtmlElement,
    article: Vec<u8>,
    packed: Option<String>,
    quote: Option<u32>,
    chunk: Option<u32>,
) -> Result<u32, String> {
    let part = Part::from_name(part).ok_or_else(|| format!("no part called {part}"))?;
    // The opener's form reads no article: it makes no explorer, which
    // would keep one more article for each the reader opens.
    if part == Part::Opener {
        let handle = mount_to(element.clone(), || view! { <OpenerForm /> });
        return Ok(keep(element, Box::new(handle)));
    }
    let (ex, owner) = explorer(article, packed, chunk)?;
    let quote = match quote {
        Some(at) => Some(quote_at(ex, at)?),
        None => None,
    };
    let handle = mount_to(element.clone(), move || {
        provide_context(ex);
        render(part, quote)
    });
    Ok(keep(element, Box::new((handle, owner))))
}

/// Keeps a mount's `handle` until [`unmount`]; its element is no longer
/// busy. The mount's id.
fn keep(element: web_sys::HtmlElement, handle: Box<dyn std::any::Any>) -> u32 {
    let _ = element.remove_attribute("aria-busy");
    let id = NEXT.replace(NEXT.get() % u32::MAX + 1);
    MOUNTED.with_borrow_mut(|m| m.push((id, handle)));
    id
}

/// Opens a link's `a=` value in the article reader worker. Resolves to
/// the article's postcard bytes; rejects with a sentence for the reader.
#[wasm_bindgen]
pub async fn open_link(value: String) -> Result<js_sys::Uint8Array, String> {
    let ready = reader::open(Source::Link(value)).await?;
    Ok(js_sys::Uint8Array::from(ready.article.as_slice()))
}

/// Opens a file dropped on the page; the opener's form says how it went.
#[wasm_bindgen]
pub fn open_file(file: web_sys::File) {
    opener::open_file(file);
}

/// Draws the card of the quote at `quote` of the article in `article`
/// (`packed`: its `a=` value; `chunk`: which chunk of a big collection
/// it is), in the dark scheme if `dark`, has the browser save it, and
/// says how that went.
#[wasm_bindgen]
pub async fn card(
    article: Vec<u8>,
    packed: Option<String>,
    quote: u32,
    dark: bool,
    chunk: Option<u32>,
) -> Result<(), String> {
    // Its owner kept while the card is made.
    let (ex, _owner) = explorer(article, packed, chunk)?;
    let doc = ex.doc();
    let job = CardJob {
        article: doc.held(),
        quote: doc.article.quotes[quote_at(ex, quote)?].id.clone(),
        dark,
    };
    ex.download(
        Job::Card(job),
        |_| "Quote card downloaded.".to_owned(),
        "The browser would not save the quote card.",
    )
    .await;
    Ok(())
}

/// Takes mount `id` out of its element, with its owner and listeners.
#[wasm_bindgen]
pub fn unmount(id: u32) {
    let handle = MOUNTED.with_borrow_mut(|m| {
        let at = m.iter().position(|(mount, _)| *mount == id)?;
        Some(m.swap_remove(at))
    });
    drop(handle);
}

fn render(part: Part, quote: Option<usize>) -> AnyView {
    match (part, quote) {
        (Part::Article, _) => view! { <ArticleView /> }.into_any(),
        (Part::Download, _) => view! { <DownloadPanel /> }.into_any(),
        (Part::Embed, _) => view! { <EmbedPanel /> }.into_any(),
        (Part::Opened, _) => view! { <OpenedNote /> }.into_any(),
        (Part::Empty, _) => view! { <EmptyState /> }.into_any(),
        (Part::Sources, _) => view! { <SourcesView /> }.into_any(),
        (Part::Context, Some(at)) => view! { <Context at /> }.into_any(),
        (Part::CopyQuote, Some(at)) => view! { <CopyMenu at /> }.into_any(),
        // A card's part without its quote; the opener, mounted by itself.
        (Part::Context | Part::CopyQuote, None) | (Part::Opener, _) => ().into_any(),
    }
}

/// `at`, if it is the position of one of the explorer's article's quotes.
fn quote_at(ex: Explorer, at: u32) -> Result<usize, String> {
    let at = at as usize;
    (at < ex.doc().article.quotes.len())
        .then_some(at)
        .ok_or_else(|| format!("no quote {at} in the article"))
}

/// The explorer over the article in `bytes` (chunk `chunk` of a big
/// collection), made on first use, and the owner that keeps it.
fn explorer(
    bytes: Vec<u8>,
    packed: Option<String>,
    chunk: Option<u32>,
) -> Result<(Explorer, Owner), String> {
    let known = EXPLORERS.with_borrow_mut(|all| {
        recall(all, |(ex, _)| {
            ex.doc().packed == packed && chunk_of(&ex.doc()) == chunk
        })
        .cloned()
    });
    if let Some(known) = known {
        return Ok(known);
    }
    #[cfg(sharded)]
    let doc = match chunk {
        Some(n) => Doc::read_part(&bytes, n)?,
        None => Doc::decode(bytes.into(), packed)?,
    };
    #[cfg(not(sharded))]
    let doc = Doc::decode(bytes.into(), packed)?;
    let owner = Owner::new();
    let ex = owner.with(|| {
        let ex = Explorer::new(doc, Location::follow(), Vec::new());
        // Its confirmations, said by the page.
        Effect::new(move |_| {
            let message = ex.status.get();
            if !message.is_empty() {
                say(&message);
            }
        });
        ex
    });
    // As the page keeps its articles: one that goes takes its owner, and
    // the explorer with it unless a part still shows it.
    EXPLORERS.with_borrow_mut(|all| {
        remember(all, (ex, owner.clone()), |(ex, _)| {
            ex.doc().packed.is_some() || chunk_of(&ex.doc()).is_some()
        })
    });
    Ok((ex, owner))
}

/// Which chunk of a big collection `doc` is, if it is one.
fn chunk_of(doc: &Doc) -> Option<u32> {
    #[cfg(sharded)]
    return doc.chunk;
    #[cfg(not(sharded))]
    {
        let _ = doc;
        None
    }
}

/// Hands `message` to the page's status region.
fn say(message: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&message.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(ANNOUNCE, &init) {
        let _ = window().dispatch_event(&event);
    }
}
