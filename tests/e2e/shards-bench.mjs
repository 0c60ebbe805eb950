// Benchmark, not a test: a big collection on static files in Chromium
// (issue 19, part 6). Filter changes and search keystrokes, each timed
// from the input event until the result count shows the new view, any
// file it needs fetched from a local server on the way (the first ones
// fetch the filter groups and the words a search starts; later ones find
// them cached). Medians, with the first (cold) apart.
//
//   node tests/e2e/shards-bench.mjs [DIST]   (default target/dist-synth)
import path from 'node:path';
import { launch } from './support/browser.mjs';
import { root, serve } from './support/server.mjs';
import { median, timingScript } from './support/timing.mjs';

const dir = path.resolve(process.argv[2] ?? path.join(root, 'target/dist-synth'));
const server = await serve({ dir });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(timingScript);
  const fetched = [];
  page.on('request', (r) => r.url().includes('/shards/') && fetched.push(r.url()));
  await page.goto(server.url);
  await page.locator('.quote-card blockquote').first().waitFor();

  // In the page: runs `act`, then resolves with the ms until the app has
  // shown its view: its work done, and the results no longer busy
  // (`aria-busy`, while files it needs are on their way).
  await page.evaluate(() => {
    const results = document.getElementById('results');
    const idle = () =>
      new Promise((resolve) => {
        if (results.getAttribute('aria-busy') !== 'true') return resolve();
        const observer = new MutationObserver(() => {
          if (results.getAttribute('aria-busy') !== 'true') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
      });
    window.timed = async (act) => {
      const start = performance.now();
      act();
      await window.timing.settled();
      await idle();
      return (await window.timing.settled()) - start;
    };
  });
  const tick = (n) =>
    page.evaluate(
      (n) =>
        window.timed(() => {
          const boxes = [...document.querySelectorAll('fieldset.facet')][1].querySelectorAll('input');
          boxes[n].click();
        }),
      n,
    );
  const filters = [];
  for (let i = 0; i < 6; i += 1) {
    filters.push(await tick(i));
    filters.push(await tick(i));
  }
  const type = (text) =>
    page.evaluate(
      (text) =>
        window.timed(() => {
          const box = document.querySelector('#search');
          box.value = text;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      text,
    );
  const keys = [];
  for (const word of ['believed', 'salary', 'morning', 'council', 'rehearsals']) {
    for (let n = 1; n <= word.length; n += 1) {
      keys.push(await type(word.slice(0, n)));
    }
    await type('');
  }
  const words = fetched.filter((u) => u.includes('/words-')).length;
  console.log(`filter change: first ${filters[0].toFixed(1)} ms, median ${median(filters).toFixed(1)} ms of ${filters.length}`);
  console.log(`search keystroke: first ${keys[0].toFixed(1)} ms, median ${median(keys).toFixed(1)} ms of ${keys.length} (${words} word runs fetched)`);
  console.log(`files fetched in all: ${fetched.length}`);
} finally {
  await browser.close();
  await server.close();
}
