// Starts the article reader worker (worker/, built by Trunk as
// quotes-worker.js and quotes-worker_bg.wasm next to this file). Trunk's
// own loader shim calls wasm-bindgen's init the deprecated way, which
// warns in the console; this passes the module's address as an object.
// A failed start (the browser out of wasm memory, say) would only reject
// a promise in here, which the page never hears of: it is told instead.
importScripts('./quotes-worker.js');
wasm_bindgen({ module_or_path: './quotes-worker_bg.wasm' }).catch(() => {
  postMessage('failed');
  close();
});
