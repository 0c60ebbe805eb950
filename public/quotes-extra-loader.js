// Starts the second bundle (web/src/extra.rs; built by Trunk as
// quotes-extra.js and quotes-extra_bg.wasm next to this file, with its
// stylesheet style/quotes-extra.css) and hands the page its exports:
// `window.quotesExtra` is the promise of them. A module of its own, so
// that the page's script needs no `import()` of its own. A start that
// failed (a file the network refused) is tried afresh when the page asks
// again: a module runs once per page, so loading this again would not.
import init, * as extra from './quotes-extra.js';

/** Adds the bundle's stylesheet, once loaded: no part is drawn unstyled. */
function stylesheet() {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./quotes-extra.css', import.meta.url).href;
    link.onload = resolve;
    link.onerror = () => {
      link.remove();
      reject(new Error('the second bundle’s stylesheet could not be loaded'));
    };
    document.head.append(link);
  });
}

// Read by the page each time it starts the bundle; a getter, so that a
// start that failed is tried afresh.
let started;
Object.defineProperty(window, 'quotesExtra', {
  configurable: true,
  get: () =>
    (started ??= Promise.all([
      init({ module_or_path: new URL('./quotes-extra_bg.wasm', import.meta.url) }),
      stylesheet(),
    ])
      .then(() => extra)
      .catch((error) => {
        started = undefined;
        throw error;
      })),
});
