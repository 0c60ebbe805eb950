// Starts the second bundle (web/src/extra.rs; built by Trunk as
// quotes-extra.js and quotes-extra_bg.wasm next to this file) and hands the
// page its exports: `window.quotesExtra` is the promise of them. A module
// of its own, so that the page's script needs no `import()` of its own.
import init, * as extra from './quotes-extra.js';

window.quotesExtra = init({ module_or_path: new URL('./quotes-extra_bg.wasm', import.meta.url) }).then(() => extra);
