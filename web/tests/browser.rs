//! Browser tests: mount components in headless Chromium and read the DOM.
//! Run by `./run test` (wasm-bindgen-test-runner with chromedriver).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `app` into a fresh container and returns the container.
fn mount<F, N>(app: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div can be created")
        .unchecked_into();
    document
        .body()
        .expect("the test page has a body")
        .append_child(&container)
        .expect("the container can be attached");
    leptos::mount::mount_to(container.clone(), app).forget();
    container
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root
        .query_selector_all(selector)
        .expect("the selector is valid");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn app_renders_every_paragraph_of_the_default_article() {
    let root = mount(quotes_web::App);
    let paragraphs = texts(&root, "article p");
    assert_eq!(paragraphs.len(), 14);
    assert!(paragraphs[0].starts_with("Mikey Madison admits she’s no stranger to tears"));
    assert!(paragraphs[13].ends_with("that’s slipping away."));
}

#[wasm_bindgen_test]
fn article_text_renders_the_paragraphs_it_is_given() {
    let paragraphs = vec!["One.".to_owned(), "Two “quoted”.".to_owned()];
    let root = mount(move || view! { <quotes_web::ui::article::ArticleText paragraphs /> });
    assert_eq!(texts(&root, "p"), ["One.", "Two “quoted”."]);
}
