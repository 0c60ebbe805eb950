// Benchmark, not a test: a big collection on static files in Chromium
// (issue 19, part 6). Filter changes and search keystrokes, each timed
// from the input event until the result count shows the new view, any
// file it needs fetched from a local server on the way (the first ones
// fetch the filter groups and the words a search starts; later ones find
// them cached). Medians, with the first (cold) apart. Given the
// collection's quotes as JSON lines (`quotes DIR --format jsonl`), the
// same filter and keystrokes against itemsjs on them, in the same page,
// as tests/e2e/scale.mjs does for single articles; itemsjs holds every
// quote in the page, so its first load would be the whole collection.
// Then a download of one speaker's quotes and of all (up to 100,000).
//
//   node tests/e2e/shards-bench.mjs [DIST] [QUOTES.jsonl]
//   (default target/dist-synth, and no itemsjs)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch } from './support/browser.mjs';
import { root, serve } from './support/server.mjs';
import { median, timingScript } from './support/timing.mjs';

const dir = path.resolve(process.argv[2] ?? path.join(root, 'target/dist-synth'));
const jsonl = process.argv[3];
const server = await serve({ dir });
const browser = await launch();
try {
  // itemsjs is put in as a script, which the page's own policy forbids.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
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
  const speaker = await page.evaluate(
    () => [...document.querySelectorAll('fieldset.facet')][1].querySelector('.facet__label').textContent,
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
  const words = ['believed', 'salary', 'morning', 'council', 'rehearsals'];
  for (const word of words) {
    for (let n = 1; n <= word.length; n += 1) {
      keys.push(await type(word.slice(0, n)));
    }
    await type('');
  }
  const runs = fetched.filter((u) => u.includes('/words-')).length;
  console.log(`filter change: first ${filters[0].toFixed(1)} ms, median ${median(filters).toFixed(1)} ms of ${filters.length}`);
  console.log(`search keystroke: first ${keys[0].toFixed(1)} ms, median ${median(keys).toFixed(1)} ms of ${keys.length} (${runs} word runs fetched)`);
  console.log(`files fetched in all: ${fetched.length}`);
  if (jsonl) {
    // Handed over as a file the page fetches: hundreds of megabytes at
    // 10,000 articles, too many for an evaluate's arguments.
    await page.route('**/bench-quotes.jsonl', (route) => route.fulfill({ path: path.resolve(jsonl) }));
    await page.evaluate(await readFile(path.join(root, 'node_modules/itemsjs/dist/index.umd.js'), 'utf8'));
    const theirs = await page.evaluate(
      async ({ speaker, words }) => {
        const text = await (await fetch('/bench-quotes.jsonl')).text();
        const items = text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line));
        const start = performance.now();
        const engine = window.itemsjs(items, {
          searchableFields: ['quote', 'speaker', 'cue'],
          aggregations: {
            article: { title: 'Article', size: 100000, conjunction: false },
            speaker: { title: 'Speaker', size: 1000000, conjunction: false },
            themes: { title: 'Theme', size: 100000, conjunction: false },
            kind: { title: 'Kind', size: 10, conjunction: false },
          },
        });
        const build = performance.now() - start;
        const time = (query) => {
          const at = performance.now();
          engine.search({ per_page: 50, ...query });
          return performance.now() - at;
        };
        const filters = [];
        for (let i = 0; i < 12; i += 1) filters.push(time({ filters: i % 2 ? {} : { speaker: [speaker] } }));
        const keys = [];
        for (const word of words) for (let n = 1; n <= word.length; n += 1) keys.push(time({ query: word.slice(0, n) }));
        return { build, filters, keys, count: items.length };
      },
      { speaker, words },
    );
    console.log(
      `itemsjs on the same ${theirs.count} quotes: index ${theirs.build.toFixed(0)} ms; ` +
        `filter change median ${median(theirs.filters).toFixed(1)} ms, keystroke median ${median(theirs.keys).toFixed(1)} ms ` +
        `(its search() alone; ours above is the page's whole update, fetches included)`,
    );
  }
  // Downloads: from the click to the saved file, the view's quotes
  // gathered from their chunks and written by the worker (fresh page each
  // time, so no chunk is in yet). All the quotes only up to 100,000.
  const total = Number((await page.goto(server.url), await page.locator('.results__count').textContent()).match(/(\d+)/)[1]);
  const views = [[`one speaker (${speaker})`, `?speaker=${encodeURIComponent(await speakerId(page))}`]];
  if (total <= 100000) views.push([`all ${total} quotes`, '']);
  for (const [name, query] of views) {
    const times = [];
    for (let i = 0; i < 3; i += 1) {
      await page.goto(new URL(query, server.url).href);
      await page.waitForFunction(
        () => /^Showing /.test(document.querySelector('.results__count')?.textContent) && document.getElementById('results').getAttribute('aria-busy') !== 'true',
      );
      await page.getByText('Download', { exact: true }).click();
      const start = Date.now();
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 300000 }),
        page.getByRole('button', { name: 'JSON', exact: true }).click(),
      ]);
      await file.path();
      times.push(Date.now() - start);
    }
    console.log(`download (JSON) of ${name}: median ${median(times)} ms of ${times.length}`);
  }
} finally {
  await browser.close();
  await server.close();
}

/** The id of the first speaker the filter lists. */
async function speakerId(page) {
  await page.goto(page.url());
  const box = page.getByRole('group', { name: 'Speaker', exact: true }).locator('input').first();
  await box.check();
  await page.waitForFunction(() => location.search.includes('speaker='));
  return new URL(page.url()).searchParams.get('speaker');
}
