//! The Web Worker that opens a reader's article, writes a view's quotes as
//! a file and draws a quote's card: it receives a
//! [`quotes::opened::Request`], checks, parses and packs (or unpacks) the
//! article with the core, exports it, or draws the card (`card.rs`), and
//! posts back a [`quotes::opened::Reply`], both as postcard bytes.
//!
//! Its own wasm is loaded only when a reader first opens an article, so the
//! parser and the deflate code add nothing to the page's first load, and a
//! 200 KB article parses without freezing the page.

use quotes::opened::{self, Answer, Job, Opened, Ready, Reply, Request, Source};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

mod card;

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = event
            .data()
            .dyn_into::<js_sys::Uint8Array>()
            .map(|bytes| bytes.to_vec())
            .unwrap_or_default();
        let request = match Request::from_bytes(&bytes) {
            Ok(request) => request,
            // Only the page talks to this worker; a malformed message is a
            // bug there, answered rather than left waiting.
            Err(error) => {
                let id = Reply::id_of(&bytes).unwrap_or(0);
                let error = format!("The article reader got a bad request ({error}).");
                return send(&reply_to, id, Err(error));
            }
        };
        // A task per request: a card's canvas encodes its PNG asynchronously.
        let reply_to = reply_to.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = answer(&reply_to, request.job).await;
            send(&reply_to, request.id, result);
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent while the wasm was loading found no listener: the page
    // waits for this before it sends any. It says which messages it speaks
    // (`opened::PROTOCOL`).
    let _ = scope.post_message(&opened::ready_message().into());
}

/// Posts the answer to request `id`.
fn send(scope: &DedicatedWorkerGlobalScope, id: u32, result: Result<Answer, String>) {
    let message = js_sys::Uint8Array::from(Reply { id, result }.to_bytes().as_slice());
    let _ = scope.post_message(&message);
}

async fn answer(scope: &DedicatedWorkerGlobalScope, job: Job) -> Result<Answer, String> {
    match job {
        Job::Open(source) => open(scope, &source).map(Answer::Opened),
        Job::Export(job) => {
            timed(scope, "quotes:export", || opened::export(&job)).map(Answer::File)
        }
        Job::Card(job) => card::draw_file(&job).await.map(Answer::File),
    }
}

fn open(scope: &DedicatedWorkerGlobalScope, source: &Source) -> Result<Ready, String> {
    // Text is read, then packed for its links: two steps, timed apart for
    // the benchmarks to read from the worker's own timeline.
    let read = match source {
        Source::Text(text) => {
            timed(scope, "quotes:parse", || opened::read(text)).map(|article| Opened {
                article,
                packed: timed(scope, "quotes:pack", || quotes::packed::pack(text)),
            })
        }
        Source::Link(value) => timed(scope, "quotes:unpack", || opened::from_link(value)),
    }?;
    let article = postcard::to_allocvec(&read.article)
        .map_err(|error| format!("The article could not be passed to the page ({error})."))?;
    Ok(Ready {
        packed: read.packed,
        article,
    })
}

/// Runs `work`, leaving a performance measure called `name`.
fn timed<T>(scope: &DedicatedWorkerGlobalScope, name: &str, work: impl FnOnce() -> T) -> T {
    let performance = scope.performance();
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}
