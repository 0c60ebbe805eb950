// Benchmark, not a test: the explorer on synthetic articles of 1k, 10k and
// 100k quotes, in Chromium on release builds, against itemsjs (a popular
// client-side faceted search) doing the same filter and search on the same
// quotes in the same browser. Medians of many runs; ours as a ratio to it.
// Usage: node tests/e2e/scale.mjs [sizes...]   (default: 1000 10000 100000)
// Run by `./run bench-scale`, which builds target/scale/dist-N first.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, openPage } from './support/browser.mjs';
import { Explorer } from './support/explorer.mjs';
import { root, serve } from './support/server.mjs';
import { timingScript } from './support/timing.mjs';

const sizes = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [1000, 10000, 100000];
const runs = 15;
// The browser build; the package's exports map does not list it.
const itemsjsSource = await readFile(path.join(root, 'node_modules/itemsjs/dist/index.umd.js'), 'utf8');
const browser = await launch();
const rows = [];
try {
  for (const n of sizes) {
    const dir = path.join(root, `target/scale/dist-${n}`);
    const items = (await readFile(path.join(root, `target/scale/q${n}.jsonl`), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const server = await serve({ dir });
    // itemsjs is injected as a script, which the page's own CSP forbids.
    const { context, page, problems } = await openPage(browser, server.url, { bypassCSP: true });
    const ex = new Explorer(page);
    await page.addInitScript(timingScript);
    const loadStart = Date.now();
    await page.goto(server.url);
    await ex.started({ timeout: 300_000 });
    const load = Date.now() - loadStart;
    await page.evaluate(itemsjsSource);
    const result = await page.evaluate(
      async ({ items, runs }) => {
        // The time to `settled` is the app's whole work for one action.
        const { settled, frame, median } = window.timing;
        const box = document.querySelector('fieldset input[type=checkbox]:not(:disabled)');
        const speaker = box.closest('label').querySelector('.facet__label').textContent;
        const search = document.querySelector('input[type=search]');
        const ours = { filter: [], keystroke: [], select: [], search: [] };
        // The app's own measure of its core (Index::select in the wasm),
        // apart from rendering: what itemsjs's search() call compares with.
        const selected = () => performance.getEntriesByName('quotes:select', 'measure').at(-1).duration;
        const type = (text) => {
          search.value = text;
          search.dispatchEvent(new Event('input', { bubbles: true }));
        };
        for (let i = 0; i < runs; i++) {
          // Found afresh each time: rows come and go as the short lists change.
          const target = [...document.querySelectorAll('fieldset input[type=checkbox]')].find(
            (el) => el.closest('label').querySelector('.facet__label').textContent === speaker,
          );
          const url = location.search;
          let start = performance.now();
          target.click();
          ours.filter.push((await settled()) - start);
          ours.select.push(selected());
          if (location.search === url) throw new Error('the filter click changed nothing');
          await frame();
          // One keystroke: "tea" → "tear", then the search is cleared.
          type('tea');
          await settled();
          await frame();
          start = performance.now();
          type('tear');
          ours.keystroke.push((await settled()) - start);
          ours.search.push(selected());
          await frame();
          type('');
          await settled();
          await frame();
        }
        // itemsjs on the same quotes: OR within a group, as ours.
        const buildStart = performance.now();
        const engine = window.itemsjs(items, {
          searchableFields: ['quote', 'speaker', 'cue'],
          aggregations: {
            speaker: { title: 'Speaker', size: 100000, conjunction: false },
            themes: { title: 'Theme', size: 1000, conjunction: false },
            kind: { title: 'Kind', size: 10, conjunction: false },
          },
        });
        const build = performance.now() - buildStart;
        const theirs = { filter: [], keystroke: [] };
        for (let i = 0; i < runs; i++) {
          let start = performance.now();
          engine.search({ per_page: 50, filters: { speaker: [speaker] } });
          theirs.filter.push(performance.now() - start);
          start = performance.now();
          engine.search({ per_page: 50, query: 'tear' });
          theirs.keystroke.push(performance.now() - start);
        }
        return {
          ours: {
            filter: median(ours.filter),
            keystroke: median(ours.keystroke),
            select: median(ours.select),
            search: median(ours.search),
          },
          theirs: { build, filter: median(theirs.filter), keystroke: median(theirs.keystroke) },
        };
      },
      { items, runs },
    );
    // The whole list again, as a reader arriving finds it.
    await page.goto(server.url);
    await ex.started({ timeout: 300_000 });
    const scroll = await page.evaluate(scrolling);
    // Loading the page again aborts what the first load still fetched
    // (the favicon): the benchmark's doing, not the page's.
    const real = problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'));
    for (const problem of real) console.error(`${n} quotes: ${problem}`);
    rows.push({ n, load, ...result, scroll, problems: real.length });
    await context.close();
    await server.close();
  }
} finally {
  await browser.close();
}
// Scrolls the whole list's page for two seconds each way: as a wheel does
// (600 px a frame), then as a dragged scroll bar does (anywhere, each
// frame). Frame intervals by requestAnimationFrame; cards in the page.
async function scrolling() {
  const { frame, median, p95 } = window.timing;
  const run = async (move) => {
    scrollTo(0, 0);
    await frame();
    const gaps = [];
    let cards = 0;
    let last = performance.now();
    for (const end = last + 2000; performance.now() < end; ) {
      move();
      await frame();
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      cards = Math.max(cards, document.querySelectorAll('.results__item').length);
    }
    return { median: median(gaps), p95: p95(gaps), frames: gaps.length, cards };
  };
  const height = () => document.documentElement.scrollHeight - innerHeight;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return {
    height: height(),
    wheel: await run(() => scrollBy(0, 600)),
    drag: await run(() => scrollTo(0, random() * height())),
  };
}

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`medians of ${runs} runs, release builds in Chromium; ours = the app's whole update of the page, itemsjs = search() returned`);
console.log('quotes   page load   filter: ours / itemsjs (ratio)        keystroke: ours / itemsjs (ratio)   itemsjs index');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(6)} ${`${r.load} ms`.padStart(11)}   ${ms(r.ours.filter).padStart(9)} / ${ms(r.theirs.filter).padStart(9)} (${(r.ours.filter / r.theirs.filter).toFixed(2)})` +
      `        ${ms(r.ours.keystroke).padStart(9)} / ${ms(r.theirs.keystroke).padStart(9)} (${(r.ours.keystroke / r.theirs.keystroke).toFixed(2)})   ${ms(r.theirs.build)}` +
      (r.problems ? `   (${r.problems} page problems)` : ''),
  );
}
console.log('\nthe engines alone, same runs: our Index::select in the wasm (performance measure "quotes:select") vs itemsjs search()');
console.log('quotes   filter: ours / itemsjs (ratio)        keystroke: ours / itemsjs (ratio)');
for (const r of rows) {
  const f = (x) => `${x.toFixed(2)} ms`;
  console.log(
    `${String(r.n).padStart(6)}   ${f(r.ours.select).padStart(9)} / ${f(r.theirs.filter).padStart(9)} (${(r.ours.select / r.theirs.filter).toFixed(2)})` +
      `        ${f(r.ours.search).padStart(9)} / ${f(r.theirs.keystroke).padStart(9)} (${(r.ours.search / r.theirs.keystroke).toFixed(2)})`,
  );
}
console.log('\nscrolling the whole list, two seconds each, frame intervals (16.7 ms is every frame at 60 Hz)');
console.log('quotes   page height   wheel: median / p95 (frames, most cards in the page)   dragged bar: median / p95 (frames, most cards)');
for (const r of rows) {
  const w = r.scroll.wheel;
  const d = r.scroll.drag;
  console.log(
    `${String(r.n).padStart(6)} ${`${Math.round(r.scroll.height / 1000)}k px`.padStart(13)}   ${ms(w.median)} / ${ms(w.p95)} (${w.frames}, ${w.cards})`.padEnd(80) +
      `${ms(d.median)} / ${ms(d.p95)} (${d.frames}, ${d.cards})`,
  );
}
