//! The app taking over from the prerendered page. On a slow network a
//! reader may already have typed a search or ticked a filter on the
//! prerendered page; the app's page replaces it whole, then does the same
//! to its own controls, and gives focus back where it was, so nothing the
//! reader did is lost.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Puts `app` in place of `prerendered`, then replays on it what the
/// reader did to the prerendered controls.
pub fn replace(prerendered: &Element, app: &Element) {
    let search = input(prerendered, "search").map(|i| i.value());
    let ticked: Vec<(String, bool)> = checkboxes(prerendered)
        .filter(|(check, _)| check.checked() != check.default_checked())
        .map(|(check, key)| (key, check.checked()))
        .collect();
    let focused = leptos::prelude::document()
        .active_element()
        .filter(|el| prerendered.contains(Some(el)))
        .and_then(|el| {
            let el: HtmlInputElement = el.dyn_into().ok()?;
            Some(if el.id() == "search" {
                Focus::Search
            } else {
                Focus::Check(key(&el)?)
            })
        });
    if prerendered.replace_with_with_node_1(app).is_err() {
        return;
    }
    // Once in the document: the app's handlers listen there.
    for (wanted, checked) in ticked {
        if let Some((check, _)) = checkboxes(app).find(|(_, key)| *key == wanted) {
            if check.checked() != checked {
                check.click();
            }
        }
    }
    if let (Some(text), Some(field)) = (search.filter(|t| !t.is_empty()), input(app, "search")) {
        if field.value() != text {
            field.set_value(&text);
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                let _ = field.dispatch_event(&event);
            }
        }
    }
    let target: Option<HtmlElement> = match focused {
        Some(Focus::Search) => input(app, "search").map(Into::into),
        Some(Focus::Check(wanted)) => checkboxes(app)
            .find(|(_, key)| *key == wanted)
            .map(|(check, _)| check.into()),
        None => None,
    };
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Where focus was on the prerendered page.
enum Focus {
    Search,
    Check(String),
}

/// The input with `id` under `root`.
fn input(root: &Element, id: &str) -> Option<HtmlInputElement> {
    root.query_selector(&format!("#{id}"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The filter checkboxes under `root`, each with its group and label, which
/// name it on both pages (their order may differ).
fn checkboxes(root: &Element) -> impl Iterator<Item = (HtmlInputElement, String)> {
    let all = root.get_elements_by_class_name("facet__check");
    (0..all.length())
        .filter_map(move |i| all.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .filter_map(|check| {
            let key = key(&check)?;
            Some((check, key))
        })
}

/// A checkbox's group and label: "Speaker" and "a producer".
fn key(check: &HtmlInputElement) -> Option<String> {
    let text = |el: &Element, outer: &str, inner: &str| {
        el.closest(outer)
            .ok()
            .flatten()?
            .query_selector(inner)
            .ok()
            .flatten()?
            .text_content()
    };
    Some(format!(
        "{}\n{}",
        text(check, "fieldset", "legend")?,
        text(check, "label", ".facet__label")?
    ))
}
