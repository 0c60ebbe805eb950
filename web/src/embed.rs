//! What the page does for the world around it: follow a colour scheme the
//! link forces, and, inside an iframe, tell the parent page its height so
//! `embed.js` can size the frame to fit.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::explorer::Explorer;

/// The message type `embed.js` listens for.
pub const HEIGHT_MESSAGE: &str = "quote-explorer:height";

/// Keeps `<html data-scheme>` in step with the link's `theme=light|dark`.
pub fn follow_scheme(ex: Explorer) {
    Effect::new(move |_| {
        let scheme = ex.state.with(|s| s.scheme);
        if let Some(root) = document().document_element() {
            let _ = match scheme {
                Some(scheme) => root.set_attribute("data-scheme", scheme.as_str()),
                None => root.remove_attribute("data-scheme"),
            };
        }
    });
}

/// In an iframe, posts `{type, height}` to the parent now and whenever
/// `content` changes size. Outside one, does nothing. The height is the
/// content's own, not the document's: the document is at least as tall as
/// the frame, so measuring it could only ever grow the frame.
pub fn post_height(content: web_sys::Element) {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let target = content.clone();
    let send = move || {
        // Built off the document at start-up (`startup`): the observer
        // tells once it is in place.
        if !target.is_connected() {
            return;
        }
        let height = target.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        // The height is not a secret, and the parent's origin is the
        // blogger's, unknown here: any parent may read it.
        let _ = parent.post_message(&message, "*");
    };
    send();
    // By hand: leptos-use's `use_resize_observer` measured 6.0 KB more of
    // the first load, gzipped (issue 20).
    let callback = Closure::<dyn Fn()>::new(send);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(&content);
    }
    // Watched while this content is shown: a new article builds new
    // content, and the old observer and its callback go.
    let held = SendWrapper::new((observer, callback));
    on_cleanup(move || {
        let (observer, _callback) = held.take();
        if let Some(observer) = observer {
            observer.disconnect();
        }
    });
}
