//! The browser's lowercasing, for `quotes::case`: the page leaves Rust's
//! Unicode case tables out of its wasm and asks `String.prototype
//! .toLowerCase`, which maps characters the same way, for anything not
//! ASCII (rare in English text, so one call per such character is cheap).

/// Appends the browser's lowercase of `c` to `out`.
pub fn browser(c: char, out: &mut String) {
    let mut buf = [0; 4];
    let lower = js_sys::JsString::from(&*c.encode_utf8(&mut buf)).to_lower_case();
    out.push_str(&String::from(lower));
}
