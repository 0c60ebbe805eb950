//! Entry point of the wasm bundle: install the panic hook, mount the app.
//! A release page holds the prerendered default view in `#app`; the app
//! replaces it in the same task, so no frame shows the page half-built.

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            let root: web_sys::HtmlElement = root.unchecked_into();
            leptos::mount::mount_to(root, quotes_web::App).forget();
        }
        None => leptos::mount::mount_to_body(quotes_web::App),
    }
    // Says the page is live (not just prerendered): tests wait for it.
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "live");
    }
}
