//! The page's side of the article reader, a Web Worker (`worker/`) that
//! parses and packs a reader's article, writes a view's quotes as a file
//! to download, and draws a quote's card. It starts on first use, so its wasm
//! is never part of the first load, and says "ready" once it listens;
//! requests carry an id, and each one's reply resolves the promise it
//! waits on. Messages are postcard bytes both ways (`quotes::opened`).

use std::cell::{Cell, RefCell};

use js_sys::{Function, Promise};
use quotes::opened::{self, Answer, File, Job, Ready, Reply, Request, Source};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// What the page says when the worker cannot do its job at all.
const BROKEN: &str = "The article reader could not start in this browser.";

/// What the page says when its worker speaks other messages: a file
/// cached from another deploy of the page.
const STALE: &str = "The article reader is from another version of this page. \
                     Reload the page to open articles.";

/// A started worker, and the promise of its "ready".
type Started = (web_sys::Worker, Promise);

thread_local! {
    static WORKER: RefCell<Option<Started>> = const { RefCell::new(None) };
    /// The id and the resolve and reject functions of each request still
    /// waiting (a reader opens one article at a time: a list will do).
    /// The browser's promises, not a `oneshot` channel (futures-channel),
    /// which measured 342 bytes more of the first load, gzipped.
    static WAITING: RefCell<Vec<(u32, Function, Function)>> = const { RefCell::new(Vec::new()) };
    /// The article last opened from text ([`open`]).
    static LAST: RefCell<Option<Ready>> = const { RefCell::new(None) };
    /// Request ids; 0 is the worker's "ready".
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Opens `source` in the worker: the parsed article, or a sentence saying
/// why not. The article last opened from text is kept: the link the page
/// then follows to it opens at once, without a second parse.
pub async fn open(source: Source) -> Result<Ready, String> {
    if let Source::Link(value) = &source {
        let last = LAST.with_borrow(|last| last.clone().filter(|r| r.packed == *value));
        if let Some(ready) = last {
            return Ok(ready);
        }
    }
    let from_text = matches!(source, Source::Text(_));
    // Measured: the benchmarks read it.
    let span = crate::perf::start("quotes:open");
    let answer = ask(Job::Open(source)).await;
    span.end();
    match answer? {
        Answer::Opened(ready) => {
            if from_text {
                LAST.with_borrow_mut(|last| *last = Some(ready.clone()));
            }
            Ok(ready)
        }
        Answer::File(_) => Err(BROKEN.to_owned()),
    }
}

/// The file a job makes in the worker (a view's quotes, a quote's card),
/// which carries the code for it: the page's first load does not.
pub async fn file(job: Job) -> Result<File, String> {
    match ask(job).await? {
        Answer::File(file) => Ok(file),
        Answer::Opened(_) => Err(BROKEN.to_owned()),
    }
}

/// Gives the worker `job` and waits for its answer.
async fn ask(job: Job) -> Result<Answer, String> {
    let (worker, ready) = worker()?;
    JsFuture::from(ready).await.map_err(reason)?;
    // Waited on only once the worker is ready: a request promise made
    // before, then failed with the worker, would be rejected unheard.
    let id = NEXT.replace(NEXT.get() % u32::MAX + 1);
    let promise = wait(id);
    let message = js_sys::Uint8Array::from(Request { id, job }.to_bytes().as_slice());
    if worker.post_message(&message).is_err() {
        take(id);
        return Err(BROKEN.to_owned());
    }
    let reply = JsFuture::from(promise).await.map_err(reason)?;
    let bytes = reply
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| BROKEN.to_owned())?;
    let reply = Reply::from_bytes(&bytes.to_vec()).map_err(|_| BROKEN.to_owned())?;
    reply.result
}

/// Why a request failed: the sentence it was rejected with.
fn reason(rejected: JsValue) -> String {
    rejected.as_string().unwrap_or_else(|| BROKEN.to_owned())
}

/// The running worker, started on first use by its loader
/// (`public/quotes-worker-loader.js`), next to the page. A release build
/// gives the loader and the worker's files hashed names, so that a
/// redeploy never pairs a cached worker with a new page, and names the
/// loader in a `<meta name="quotes-worker">` (`tools/harden.mjs`); a dev
/// build keeps Trunk's fixed names.
fn worker() -> Result<Started, String> {
    if let Some(started) = WORKER.with_borrow(Clone::clone) {
        return Ok(started);
    }
    let loader = leptos::prelude::document()
        .query_selector("meta[name=quotes-worker]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "quotes-worker-loader.js".to_owned());
    let worker =
        web_sys::Worker::new(&crate::share::asset(&loader)).map_err(|_| BROKEN.to_owned())?;
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            let data = event.data();
            if let Some(text) = data.as_string() {
                match opened::ready_protocol(&text) {
                    Some(opened::PROTOCOL) => {
                        if let Some((_, resolve, _)) = take(0) {
                            let _ = resolve.call0(&JsValue::NULL);
                        }
                    }
                    Some(_) => fail_all(STALE),
                    // The loader could not start the wasm ("failed").
                    None => fail_all(BROKEN),
                }
                return;
            }
            // A reply is postcard bytes that start with its request's id.
            let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() else {
                return;
            };
            // Only the id's bytes are copied here (a u32 varint is at most
            // 5); the article is copied once, by the request that waits.
            let id = Reply::id_of(&bytes.subarray(0, 5).to_vec()).unwrap_or(0);
            if let Some((_, resolve, _)) = take(id) {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
    // A worker that fails to load or crashes fails everything waiting on it.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        fail_all(BROKEN);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    // Its "ready" is awaited as request 0.
    let started = (worker, wait(0));
    WORKER.with_borrow_mut(|slot| *slot = Some(started.clone()));
    Ok(started)
}

/// Stops the worker and fails every request waiting on it with `reason`;
/// the next request starts a new one.
fn fail_all(reason: &str) {
    WORKER.with_borrow_mut(|started| {
        if let Some((worker, _)) = started.take() {
            worker.terminate();
        }
    });
    for (_, _, reject) in WAITING.with_borrow_mut(std::mem::take) {
        let _ = reject.call1(&JsValue::NULL, &reason.into());
    }
}

/// A promise settled when request `id` is answered (or the worker fails).
fn wait(id: u32) -> Promise {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    if let Some((resolve, reject)) = settle {
        WAITING.with_borrow_mut(|waiting| waiting.push((id, resolve, reject)));
    }
    promise
}

/// The waiting request `id`, no longer waiting.
fn take(id: u32) -> Option<(u32, Function, Function)> {
    WAITING.with_borrow_mut(|waiting| {
        let at = waiting.iter().position(|(waiting, ..)| *waiting == id)?;
        Some(waiting.swap_remove(at))
    })
}
