//! The Web Worker that opens a reader's article: it receives a
//! [`quotes::opened::Request`], checks, parses and packs (or unpacks) the
//! article with the core, and posts back a [`quotes::opened::Reply`], both
//! as postcard bytes.
//!
//! Its own wasm is loaded only when a reader first opens an article, so the
//! parser and the deflate code add nothing to the page's first load, and a
//! 200 KB article parses without freezing the page.

use quotes::opened::{self, Opened, Ready, Reply, Request, Source};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = event
            .data()
            .dyn_into::<js_sys::Uint8Array>()
            .map(|bytes| bytes.to_vec())
            .unwrap_or_default();
        let reply = match Request::from_bytes(&bytes) {
            Ok(request) => answer(&reply_to, &request),
            // Only the page talks to this worker; a malformed message is a
            // bug there, answered rather than left waiting.
            Err(error) => Reply {
                id: Reply::id_of(&bytes).unwrap_or(0),
                result: Err(format!("The article reader got a bad request ({error}).")),
            },
        };
        let message = js_sys::Uint8Array::from(reply.to_bytes().as_slice());
        let _ = reply_to.post_message(&message);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent while the wasm was loading found no listener: the page
    // waits for this before it sends any.
    // It says which messages it speaks (`opened::PROTOCOL`).
    let _ = scope.post_message(&opened::ready_message().into());
}

fn answer(scope: &DedicatedWorkerGlobalScope, request: &Request) -> Reply {
    // Text is read, then packed for its links: two steps, timed apart for
    // the benchmarks to read from the worker's own timeline.
    let read = match &request.source {
        Source::Text(text) => {
            timed(scope, "quotes:parse", || opened::read(text)).map(|article| Opened {
                article,
                packed: timed(scope, "quotes:pack", || quotes::packed::pack(text)),
            })
        }
        Source::Link(value) => timed(scope, "quotes:unpack", || opened::from_link(value)),
    };
    let result = read.and_then(|read| {
        let article = postcard::to_allocvec(&read.article)
            .map_err(|error| format!("The article could not be passed to the page ({error})."))?;
        Ok(Ready {
            packed: read.packed,
            article,
        })
    });
    Reply {
        id: request.id,
        result,
    }
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
