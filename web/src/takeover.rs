//! The app taking over from the prerendered page. On a slow network a
//! reader may already have typed a search or ticked a filter on the
//! prerendered page; the app's page replaces it whole, then does the same
//! to its own controls, and gives focus back where it was, so nothing the
//! reader did is lost.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Puts `app` in place of `prerendered`, then replays on it what the
/// reader did to the prerendered controls; false if it could not be put
/// there (the prerendered page then stays).
pub fn replace(prerendered: &Element, app: &Element) -> bool {
    let search = input(prerendered, "search").map(|i| i.value());
    let ticked: Vec<(String, bool)> = checkboxes(prerendered)
        .filter(|(check, _)| check.checked() != check.default_checked())
        .map(|(check, key)| (key, check.checked()))
        .collect();
    let focused = leptos::prelude::document()
        .active_element()
        .filter(|el| prerendered.contains(Some(el)))
        .and_then(|el| match el.dyn_ref::<HtmlInputElement>().and_then(key) {
            Some(check) => Some(Focus::Check(check)),
            // The search box, the results (the skip link's target): both
            // pages give them the same ids.
            None => Some(Focus::Id(el.id())).filter(|_| !el.id().is_empty()),
        });
    if prerendered.replace_with_with_node_1(app).is_err() {
        return false;
    }
    // Once in the document: focus needs it.
    for (wanted, checked) in ticked {
        if let Some(check) = checkbox(app, &wanted) {
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
        Some(Focus::Id(id)) => by_id(app, &id),
        Some(Focus::Check(wanted)) => checkbox(app, &wanted).map(Into::into),
        None => None,
    };
    if let Some(target) = target {
        let _ = target.focus();
    }
    true
}

/// Where focus was on the prerendered page.
enum Focus {
    Id(String),
    Check(String),
}

/// The element with `id` under `root` (the app is not in the document
/// while its controls are read).
fn by_id<T: JsCast>(root: &Element, id: &str) -> Option<T> {
    let found = root.query_selector(&format!("[id=\"{id}\"]")).ok()??;
    found.dyn_into().ok()
}

/// The input with `id` under `root`.
fn input(root: &Element, id: &str) -> Option<HtmlInputElement> {
    by_id(root, id)
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

/// The filter checkbox under `root` named `wanted` by [`key`].
fn checkbox(root: &Element, wanted: &str) -> Option<HtmlInputElement> {
    checkboxes(root)
        .find(|(_, key)| key == wanted)
        .map(|(check, _)| check)
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
