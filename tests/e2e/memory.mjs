// Benchmark, not a test: the page's memory as a reader opens one large
// article after another, in Chromium on the release build. Each opened
// article is parsed in the worker, then indexed in the page, and in the
// second bundle, which draws the opened article's note; each keeps the
// last few (`content::KEPT`). This prints the wasm memory of both and the
// JS heap as they go.
// Usage: node tests/e2e/memory.mjs [articles]
import { corpus, repeatedTo } from './support/articles.mjs';
import { launch, openPage } from './support/browser.mjs';
import { serve } from './support/server.mjs';

const count = Number(process.argv[2] ?? 30);
// The repo's articles repeated to 100 KB, as `bench.mjs` pastes them.
const hundred = repeatedTo(await corpus(), 100 * 1024);

const server = await serve();
const browser = await launch();
try {
  const { page } = await openPage(browser, server.url);
  // Each bundle's wasm memory, where its articles and indexes live,
  // caught as the bundle starts: the second bundle is the one that
  // exports `mount`.
  await page.addInitScript(() => {
    window.wasmMemories = {};
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = async (...args) => {
        const result = await original(...args);
        const { exports } = result.instance ?? result;
        window.wasmMemories['mount' in exports ? 'extra' : 'page'] = exports.memory;
        return result;
      };
    }
  });
  await page.goto(server.url);
  await page.locator('.results__list').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() =>
      Object.fromEntries(Object.entries(window.wasmMemories).map(([name, memory]) => [name, memory.buffer.byteLength])),
    );
    return { js: heap.usedSize, ...wasm };
  };
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  const rows = [['opened', 'page wasm (MB)', 'second bundle (MB)', 'JS heap after GC (MB)']];
  const note = async (opened) => {
    const { js, page, extra } = await measure();
    rows.push([String(opened), mb(page), extra ? mb(extra) : '-', mb(js)]);
  };
  await note(0);
  for (let i = 1; i <= count; i++) {
    await page.evaluate(
      async ({ text }) => {
        const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);
        const toggle = button('Open another article');
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        // The form comes with the second bundle, fetched on first use.
        while (!document.getElementById('opener-text')) await new Promise((r) => setTimeout(r, 5));
        const area = document.getElementById('opener-text');
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        button('Open this text').click();
        // Open until the new article is on screen.
        while (!document.querySelector('.header__opened') || document.getElementById('opener-text')) {
          await new Promise((r) => setTimeout(r, 5));
        }
      },
      // Each one differs, so none is found already parsed.
      { text: `Article ${i}.\n\n${hundred}` },
    );
    if (i % 5 === 0 || i === 1) await note(i);
  }
  console.log(`${count} pasted articles of 100 KB each, one after another, release build in Chromium:`);
  for (const row of rows) console.log(row.map((cell) => cell.padStart(22)).join(''));
} finally {
  await browser.close();
  await server.close();
}
