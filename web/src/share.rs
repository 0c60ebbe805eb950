//! The browser's sharing tools: the clipboard (with a fallback for pages
//! where the Clipboard API is missing or refused) and the Web Share API.

use js_sys::Reflect;
use leptos::prelude::*;
use quotes::opened::File;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The absolute address of this page with `query` (without `?`).
pub fn absolute(query: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// The address of a file shipped next to `index.html` (e.g. `embed.js`).
pub fn asset(name: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{dir}{name}")
}

/// Tells the print stylesheet the page's address (`--page`), so a printed
/// card shows its permalink in full; for the featured article only, as an
/// opened article's links carry its whole text.
pub fn print_address(opened: bool) {
    let Some(root) = document().document_element() else {
        return;
    };
    let style = root.unchecked_into::<web_sys::HtmlElement>().style();
    let _ = if opened {
        style.remove_property("--page").map(drop)
    } else {
        // A CSS string: the address has no quote mark (it is percent-encoded).
        style.set_property("--page", &format!("\"{}\"", absolute("")))
    };
}

/// Saves a file the article reader made, from the page (nothing is
/// uploaded): a Blob and a download link.
pub fn save(file: &File) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(file.bytes.as_slice()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&file.media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(&file.name);
    link.click();
    // The download has its bytes once the click is handled.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(1),
    );
    Ok(())
}

/// Puts `text` on the clipboard; false if the browser would not.
/// leptos-use's `use_clipboard` does not say when the browser refuses,
/// has no fallback, and measured 5.6 KB more of the first load, gzipped
/// (issue 20).
pub async fn copy(text: String) -> bool {
    let navigator = window().navigator();
    if has(&navigator, "clipboard") {
        let promise = navigator.clipboard().write_text(&text);
        if JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    copy_with_selection(&text)
}

/// The old way: select a hidden text area and ask the document to copy.
fn copy_with_selection(text: &str) -> bool {
    let document = document();
    let Some(body) = document.body() else {
        return false;
    };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let area: web_sys::HtmlTextAreaElement = area.unchecked_into();
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    area.set_class_name("copy-helper");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .unchecked_ref::<web_sys::HtmlDocument>()
        .exec_command("copy")
        .unwrap_or(false);
    area.remove();
    copied
}

/// Whether the browser offers its own share sheet (never while
/// prerendering, where there is no browser).
pub fn can_share() -> bool {
    !cfg!(feature = "ssr") && has(&window().navigator(), "share")
}

/// Opens the share sheet for `url`; false if the reader cancelled or the
/// browser refused.
pub async fn share(title: &str, url: &str) -> bool {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(window().navigator().share_with_data(&data))
        .await
        .is_ok()
}

fn has(target: &JsValue, key: &str) -> bool {
    Reflect::get(target, &JsValue::from_str(key)).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}
