//! Entry point of the wasm bundle: install the panic hook, mount the app.
//! A release page holds the prerendered default view in `#app`; the app is
//! built off the document, in a few short tasks (`startup`), then put in
//! its place at once (`takeover`), so no frame shows the page half-built.

use wasm_bindgen::JsCast;

fn main() {
    // A panic says what and where in the console; the
    // console_error_panic_hook crate added a JavaScript stack to that, for
    // about 1 KB more of the first load.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    quotes::case::set_host(quotes_web::lower::browser);
    // The page's start-up, apart from fetching and compiling the wasm: the
    // benchmarks read it (`quotes:mount`).
    let span = quotes_web::perf::start("quotes:mount");
    let document = leptos::prelude::document();
    let live = move || {
        span.end();
        // Says the page is live (not just prerendered): tests wait for it.
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-app", "live");
        }
    };
    let Some(prerendered) = document.get_element_by_id("app") else {
        leptos::mount::mount_to_body(quotes_web::App);
        return live();
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id("app");
    let built = root.clone();
    quotes_web::startup::run(
        move || leptos::mount::mount_to(built.unchecked_into(), quotes_web::App).forget(),
        move || {
            if quotes_web::takeover::replace(&prerendered, &root) {
                live();
            }
        },
    );
}
