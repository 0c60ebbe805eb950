//! User Timing measures (`performance.measure`) around the work the
//! benchmarks compare: what the core computes, apart from rendering. They
//! show in the browser's dev tools too; prerendering has no timeline.

use leptos::prelude::window;

/// A started measure; [`Span::end`] records it.
pub struct Span(Option<(web_sys::Performance, &'static str)>);

/// Starts the measure `name`.
pub fn start(name: &'static str) -> Span {
    if cfg!(feature = "ssr") {
        return Span(None);
    }
    let performance = window().performance();
    if let Some(p) = &performance {
        let _ = p.mark(name);
    }
    Span(performance.map(|p| (p, name)))
}

impl Span {
    /// Records the time since [`start`] as a measure named as the span,
    /// and drops the start mark so the timeline holds one entry per span.
    pub fn end(self) {
        if let Some((p, name)) = self.0 {
            let _ = p.measure_with_start_mark(name, name);
            p.clear_marks_with_mark_name(name);
        }
    }
}

/// Runs `work` inside the measure `name`.
pub fn measure<T>(name: &'static str, work: impl FnOnce() -> T) -> T {
    let span = start(name);
    let result = work();
    span.end();
    result
}
