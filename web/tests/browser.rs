//! Browser tests: mount components in headless Chromium, act on the DOM,
//! and read it back. Run by `./run test` (wasm-bindgen-test-runner with
//! chromedriver). The end-to-end tests in `tests/e2e/` cover whole journeys.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use quotes::{Article, Quote, Speaker, Theme};
use quotes_web::content::Doc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resets the address bar, mounts `app` into a fresh container and returns
/// the container, so each test sees only its own app.
fn mount<F, N>(app: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
    N::State: 'static,
{
    // One page at a time, as in a tab: the last test's page goes, with
    // its listeners, which would otherwise follow this test's address bar.
    MOUNTED.with_borrow_mut(|mounted| drop(mounted.take()));
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .expect("the address can be reset");
    let container: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("a div can be created")
        .unchecked_into();
    document()
        .body()
        .expect("the test page has a body")
        .append_child(&container)
        .expect("the container can be attached");
    let handle = leptos::mount::mount_to(container.clone(), app);
    MOUNTED.with_borrow_mut(|mounted| *mounted = Some(Box::new(handle)));
    container
}

thread_local! {
    static MOUNTED: std::cell::RefCell<Option<Box<dyn std::any::Any>>> =
        const { std::cell::RefCell::new(None) };
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let nodes = root.query_selector_all(selector).expect("valid selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

fn search() -> String {
    window().location().search().expect("location.search")
}

#[wasm_bindgen_test]
async fn the_app_shows_every_quote_of_the_default_article_with_its_filters() {
    let root = mount(quotes_web::App);
    leptos::task::tick().await;
    assert_eq!(all(&root, "figure.quote-card").len(), 5);
    assert_eq!(
        texts(&root, "legend"),
        ["Speaker", "Theme", "Kind"],
        "one fieldset per filter group"
    );
    assert_eq!(
        texts(&root, ".header__counts"),
        ["5 quotes from 2 speakers"]
    );
    // Reported speech is a paraphrase, never a blockquote.
    assert_eq!(all(&root, "blockquote").len(), 4);
    assert_eq!(all(&root, ".quote-card__paraphrase").len(), 1);
}

/// A two-quote article, to test the UI apart from the parser.
/// `article` as the page holds it: decoded from its postcard bytes.
fn doc(article: Article) -> Doc {
    let bytes = postcard::to_allocvec(&article).expect("the article encodes");
    Doc::decode(bytes.into(), None).expect("the article decodes")
}

fn small_article() -> Article {
    let quote = |id: &str, text: &str, speaker: &str, theme: &str| Quote {
        id: id.into(),
        text: text.into(),
        speaker: Some(speaker.into()),
        cue: Some("said".into()),
        themes: vec![theme.into()],
        ..Quote::default()
    };
    Article {
        paragraphs: vec!["“Rain again,” Ada said. “Sun soon,” Ben said.".into()],
        quotes: vec![
            quote("rain-again-0001", "Rain again,", "ada", "weather"),
            quote("sun-soon-0002", "Sun soon,", "ben", "hope"),
        ],
        speakers: vec![Speaker::new("ada", "Ada"), Speaker::new("ben", "Ben")],
        themes: vec![Theme::new("hope", "Hope"), Theme::new("weather", "Weather")],
        ..Article::default()
    }
}

#[wasm_bindgen_test]
async fn ticking_a_speaker_filters_the_cards_and_writes_the_url() {
    let root = mount(|| view! { <quotes_web::Page doc=doc(small_article()) /> });
    leptos::task::tick().await;
    let boxes = all(&root, "fieldset:first-of-type input[type=checkbox]");
    assert_eq!(boxes.len(), 2);
    boxes[1].click();
    leptos::task::tick().await;
    assert_eq!(search(), "?speaker=ben");
    assert_eq!(texts(&root, "blockquote"), ["Sun soon,"]);
    // Options of another group that would give nothing are disabled.
    let weather = all(&root, "fieldset:nth-of-type(2) input[type=checkbox]")
        .into_iter()
        .map(|el| el.unchecked_into::<web_sys::HtmlInputElement>())
        .find(|el| {
            el.parent_element()
                .and_then(|label| label.text_content())
                .is_some_and(|t| t.starts_with("Weather"))
        })
        .expect("a Weather checkbox");
    assert!(weather.disabled());
    boxes[1].click();
    leptos::task::tick().await;
    assert_eq!(search(), "");
    assert_eq!(all(&root, "blockquote").len(), 2);
}

#[wasm_bindgen_test]
async fn search_marks_the_matching_words() {
    let root = mount(|| view! { <quotes_web::Page doc=doc(small_article()) /> });
    leptos::task::tick().await;
    let input: web_sys::HtmlInputElement = root
        .query_selector("input[type=search]")
        .expect("valid selector")
        .expect("a search box")
        .unchecked_into();
    input.set_value("rai");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("an input event"))
        .expect("the event is dispatched");
    leptos::task::tick().await;
    assert_eq!(search(), "?q=rai");
    assert_eq!(texts(&root, "blockquote mark"), ["Rai"]);
    assert_eq!(texts(&root, ".results__count"), ["Showing 1 of 2 quotes"]);
}

#[wasm_bindgen_test]
fn article_text_renders_the_paragraphs_it_is_given() {
    let paragraphs = vec!["One.".to_owned(), "Two “quoted”.".to_owned()];
    let root = mount(move || view! { <quotes_web::ui::article::ArticleText paragraphs /> });
    assert_eq!(texts(&root, "p"), ["One.", "Two “quoted”."]);
}

/// An article of `n` quotes, alternating between two speakers.
fn long_article(n: usize) -> Article {
    let mut article = small_article();
    article.quotes = (0..n)
        .map(|i| Quote {
            id: format!("quote-number-{i}"),
            text: format!("Quote number {i}."),
            speaker: Some(if i % 2 == 0 { "ada" } else { "ben" }.into()),
            cue: Some("said".into()),
            themes: vec!["hope".into()],
            ..Quote::default()
        })
        .collect();
    article
}

/// Waits until `schedule` calls the function it is given.
async fn until(schedule: impl Fn(&js_sys::Function)) {
    let next = js_sys::Promise::new(&mut |resolve, _| schedule(&resolve));
    let _ = wasm_bindgen_futures::JsFuture::from(next).await;
}

/// Waits for the next frame, when the windowed list measures itself.
async fn frame() {
    until(|f| drop(window().request_animation_frame(f))).await;
}

/// Waits for the tasks queued so far: 0 ms timers run in the order set.
async fn next_task() {
    until(|f| drop(window().set_timeout_with_callback(f))).await;
}

#[wasm_bindgen_test]
async fn long_lists_are_windowed_and_each_card_says_where_it_stands() {
    let root = mount(|| view! { <quotes_web::Page doc=doc(long_article(50)) /> });
    leptos::task::tick().await;
    let items = || all(&root, ".results__item");
    let positions = || {
        items()
            .iter()
            .map(|li| li.get_attribute("aria-posinset").unwrap_or_default())
            .map(|p| p.parse::<usize>().expect("a position"))
            .collect::<Vec<_>>()
    };
    let setsize = || items()[0].get_attribute("aria-setsize");
    // Before anything is measured: the first 20, as the prerender has them.
    assert_eq!(positions(), (1..=20).collect::<Vec<_>>());
    assert_eq!(setsize().as_deref(), Some("50"));
    // Laid out, with the list at the viewport's top: the cards that meet
    // the viewport, and padding as tall as the rest.
    root.scroll_into_view();
    for _ in 0..3 {
        frame().await;
    }
    let shown = positions();
    assert!(
        !shown.is_empty() && shown.len() < 50,
        "{} cards",
        shown.len()
    );
    assert_eq!(shown[0], 1);
    assert!(shown.windows(2).all(|w| w[1] == w[0] + 1), "consecutive");
    let list: web_sys::HtmlElement = root
        .query_selector(".results__list")
        .ok()
        .flatten()
        .expect("the list")
        .unchecked_into();
    let after = list
        .style()
        .get_property_value("padding-bottom")
        .unwrap_or_default();
    let after: f64 = after.trim_end_matches("px").parse().expect("padding in px");
    assert!(
        after > 0.0,
        "padding stands in for the {} cards below",
        50 - shown.len()
    );
    // A new view counts from 1 again: Ben has 25 quotes.
    all(&root, "fieldset:first-of-type input[type=checkbox]")[1].click();
    leptos::task::tick().await;
    frame().await;
    assert_eq!(search(), "?speaker=ben");
    assert_eq!(setsize().as_deref(), Some("25"));
    assert_eq!(positions()[0], 1);
}

#[wasm_bindgen_test]
async fn start_up_builds_later_parts_in_tasks_of_their_own_and_places_the_page_whole() {
    use quotes_web::startup::{self, Later};
    use std::cell::Cell;
    use std::rc::Rc;

    let root: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("a div can be created")
        .unchecked_into();
    let parts = |root: &web_sys::HtmlElement| texts(root, ".part");
    // What was built when the page was put in place, and in how many tasks.
    let placed = Rc::new(Cell::new(None::<usize>));
    let mut tasks = 0;
    let built = root.clone();
    let (seen, probe) = (placed.clone(), root.clone());
    startup::run(
        move || {
            leptos::mount::mount_to(built, || {
                view! {
                    <p class="part">"now"</p>
                    <Later>
                        <p class="part">"later"</p>
                        <Later>
                            <p class="part">"nested"</p>
                        </Later>
                    </Later>
                }
            })
            .forget()
        },
        move || seen.set(Some(parts(&probe).len())),
    );
    assert_eq!(
        parts(&root),
        ["now"],
        "only the first part in the first task"
    );
    while placed.get().is_none() && tasks < 20 {
        next_task().await;
        tasks += 1;
    }
    assert_eq!(
        placed.get(),
        Some(3),
        "placed once every part, nested too, was built"
    );
    assert!(tasks >= 3, "one task for each part, then the placing");
    assert_eq!(parts(&root), ["now", "later", "nested"]);

    // Outside a start-up, a part is built at once.
    let now = mount(|| view! { <Later><p class="part">"at once"</p></Later> });
    assert_eq!(parts(&now), ["at once"]);
}

/// The page lowercases through the browser (`quotes_web::lower`), not Rust's
/// case tables: search must still fold accents' capitals, Turkish dotted I,
/// German ß and Greek sigma exactly as Rust does.
#[wasm_bindgen_test]
fn the_browser_lowercases_as_rust_does() {
    quotes::case::set_host(quotes_web::lower::browser);
    for c in ['É', 'Ø', 'İ', 'ß', 'Σ', 'Ж', 'Ǆ', 'ﬃ', 'Å', 'ẞ'] {
        let mut page = String::new();
        quotes_web::lower::browser(c, &mut page);
        assert_eq!(page, c.to_lowercase().to_string(), "{c}");
    }
    let query = "ÉCOLE İstanbul STRASSE";
    let mut expected: Vec<String> = query.split(' ').map(str::to_lowercase).collect();
    expected.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    assert_eq!(quotes::search::terms(query), expected);
    // As with Rust's lowercasing: "İ" folds to "i" and a combining dot, so
    // "istanbul" does not find it but "İSTANBUL" does; "ß" stays "ß".
    let index = quotes::search::WordIndex::new([["École, İstanbul, große Straße"]]);
    for (query, found) in [
        ("école", 1),
        ("ÉCOLE", 1),
        ("İSTANBUL", 1),
        ("istanbul", 0),
        ("große", 1),
        ("GROSSE", 0),
    ] {
        let hits = index
            .matching(&quotes::search::terms(query))
            .map_or(0, |set| set.count_ones(..));
        assert_eq!(hits, found, "{query}");
    }
}
