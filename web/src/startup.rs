//! The app's first mount in several short tasks instead of one long one: a
//! long task keeps a slow phone from answering a tap (total blocking time).
//! The page is built off the document, parts wrapped in [`Later`] each in a
//! task of their own, then put in place of the prerendered page at once, so
//! no frame ever shows it half-built.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

/// The start-up under way: parts still to build, and what to do after.
struct Startup {
    pending: usize,
    then: Option<Box<dyn FnOnce()>>,
}

thread_local! {
    static STARTUP: RefCell<Option<Startup>> = const { RefCell::new(None) };
}

/// Runs `mount` (which builds the page off the document), then, once every
/// [`Later`] part it made is built, `then` (which puts it in place).
pub fn run(mount: impl FnOnce(), then: impl FnOnce() + 'static) {
    STARTUP.with_borrow_mut(|s| {
        *s = Some(Startup {
            pending: 0,
            then: Some(Box::new(then)),
        })
    });
    mount();
    set_timeout(finish, Duration::ZERO);
}

/// Ends the start-up if no part is left: a part may itself hold parts,
/// made only once it is built.
fn finish() {
    let then = STARTUP.with_borrow_mut(|s| match s {
        Some(Startup { pending: 0, then }) => {
            let then = then.take();
            *s = None;
            then
        }
        _ => None,
    });
    if let Some(then) = then {
        then();
    }
}

/// Its children, built in a task of their own during the start-up, and at
/// once at any other time (the prerender, a later change of article).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let deferred = STARTUP.with_borrow_mut(|s| match s {
        Some(s) => {
            s.pending += 1;
            true
        }
        None => false,
    });
    let shown = RwSignal::new(!deferred);
    if deferred {
        set_timeout(
            move || {
                // The page may have been rebuilt meanwhile: then this part
                // is gone, and only the count matters.
                let _ = shown.try_set(true);
                STARTUP.with_borrow_mut(|s| {
                    if let Some(s) = s {
                        s.pending -= 1;
                    }
                });
                // After this task's reactive work, which builds the part.
                set_timeout(finish, Duration::ZERO);
            },
            Duration::ZERO,
        );
    }
    move || shown.get().then(|| children())
}
