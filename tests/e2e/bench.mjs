// Benchmark, not a test: the time from a reader's action to the updated
// results, in Chromium on the release build. Reports medians over many
// runs, since these machines are shared and noisy.
// Also: parsing a pasted 100 KB article in the page (wasm), and how long an
// article can be and still fit in a link.
// Usage: node tests/e2e/bench.mjs [runs] [article.txt]
// The pasted article is the repo's articles repeated to 100 KB, or the
// given file: repeated prose has few distinct words, and the themes'
// vocabulary costs by the distinct word, so a real long article of your
// own measures the parse better.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { corpus as repoCorpus, repeatedTo } from './support/articles.mjs';
import { launch, openPage } from './support/browser.mjs';
import { Explorer } from './support/explorer.mjs';
import { serve } from './support/server.mjs';
import { median, timingScript } from './support/timing.mjs';

const runs = Number(process.argv[2] ?? 60);
const article = process.argv[3];
const server = await serve();
const browser = await launch();
try {
  const { page, problems } = await openPage(browser, server.url);
  await page.addInitScript(timingScript);
  await page.goto(server.url);
  await page.locator('.results__list').waitFor();
  const timings = await page.evaluate(async (runs) => {
    // The time to `settled` is the app's whole work for one action.
    const { settled, frame, median } = window.timing;
    const box = [...document.querySelectorAll('fieldset input[type=checkbox]')].find((el) =>
      el.closest('label').textContent.startsWith('a producer'),
    );
    const search = document.querySelector('input[type=search]');
    const filter = [];
    const keystroke = [];
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      box.click();
      filter.push((await settled()) - start);
      await frame();
      // One keystroke: "numb" narrows the list, then clearing restores it.
      start = performance.now();
      search.value = i % 2 ? '' : 'numb';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      keystroke.push((await settled()) - start);
      await frame();
    }
    return { filter: median(filter), keystroke: median(keystroke) };
  }, runs);
  console.log(`default article, ${runs} runs each, release build in Chromium`);
  console.log(`filter change (tick/untick a speaker): median ${timings.filter.toFixed(2)} ms for the app to update the DOM`);
  console.log(`search keystroke: median ${timings.keystroke.toFixed(2)} ms for the app to update the DOM`);

  // A pasted article of 100 KB: the repo's articles, repeated (or the
  // given one). Each run differs (a numbered paragraph), so none is found
  // already parsed.
  const corpus = await repoCorpus();
  const hundred = article ? readFileSync(article, 'utf8') : repeatedTo(corpus, 100 * 1024);
  const pasteRuns = Math.max(5, Math.round(runs / 4));
  const paste = await page.evaluate(
    async ({ text, runs }) => {
      const { median } = window.timing;
      const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      const trip = [];
      const open = [];
      let quotes = '';
      for (let i = 0; i < runs; i++) {
        // The page is rebuilt for each article: look everything up again.
        const toggle = button('Open another article');
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        // The form comes with the second bundle, fetched on first use.
        while (!document.getElementById('opener-text')) await new Promise((r) => setTimeout(r, 5));
        const area = document.getElementById('opener-text');
        area.value = `Run ${i}.\n\n${text}`;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        const go = button('Open this text');
        performance.clearMeasures('quotes:open');
        const start = performance.now();
        go.click();
        while (!document.querySelector('.header__opened') || document.getElementById('opener-text')) {
          await new Promise((r) => setTimeout(r, 1));
        }
        open.push(performance.now() - start);
        trip.push(performance.getEntriesByName('quotes:open').at(-1).duration);
        quotes = document.querySelector('.header__counts').textContent;
        document.querySelector('.header__opened button').click();
        while (document.querySelector('.header__opened')) await new Promise((r) => setTimeout(r, 1));
      }
      return { trip: median(trip), open: median(open), quotes };
    },
    { text: hundred, runs: pasteRuns },
  );
  // The worker's own measures, in its wasm.
  const [worker] = page.workers();
  const inWorker = (name) =>
    worker.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), name);
  const kb = Math.round(Buffer.byteLength(hundred) / 1024);
  console.log(`pasted ${kb} KB article (${article ?? 'the repo\'s prose, repeated'}: ${paste.quotes}), ${pasteRuns} runs:`);
  console.log(`  parse it in the worker's wasm: median ${median(await inWorker('quotes:parse')).toFixed(1)} ms`);
  console.log(`  pack it for its links (deflate + base64url): median ${median(await inWorker('quotes:pack')).toFixed(1)} ms`);
  console.log(`  to and from the worker, with that work: median ${paste.trip.toFixed(1)} ms`);
  console.log(`  click to the article on screen (parse, index, render): median ${paste.open.toFixed(1)} ms`);

  // How long an article fits in a link: deflate (zlib level 9, as the app's
  // miniz level 10 within a percent) plus base64url, on the repo's articles.
  const packedLength = (text) => Math.ceil((deflateRawSync(Buffer.from(text), { level: 9 }).length * 4) / 3);
  const ratio = packedLength(corpus) / Buffer.byteLength(corpus);
  console.log(
    `links: news prose packs to ${(ratio * 100).toFixed(0)}% of its size, so the largest article that fits ` +
      `in a 64 KB link is about ${Math.floor((64 * 1024) / ratio / 1024)} KB (the paste limit is 200 KB)`,
  );

  // Start-up, each a fresh page: from the app's start (after the wasm is
  // compiled) until its page is in place (`quotes:mount`, over the short
  // tasks it is built in), and whether any task of the page's load went
  // over 50 ms (what total blocking time counts).
  const loads = Math.max(5, Math.round(runs / 4));
  const mounts = [];
  const longest = [];
  for (let i = 0; i < loads; i++) {
    const fresh = await openPage(browser, server.url);
    await fresh.page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await fresh.page.goto(server.url);
    await new Explorer(fresh.page).started();
    const load = await fresh.page.evaluate(() => ({
      mount: performance.getEntriesByName('quotes:mount', 'measure').at(-1).duration,
      longest: Math.max(0, ...window.longTasks),
    }));
    mounts.push(load.mount);
    longest.push(load.longest);
    problems.push(...fresh.problems);
    await fresh.context.close();
  }
  console.log(
    `start-up, ${loads} fresh loads: the app in place ${median(mounts).toFixed(1)} ms after it starts (median); ` +
      `loads with a task over 50 ms: ${longest.filter((ms) => ms > 0).length}`,
  );
  if (problems.length) console.log('problems:', problems);
} finally {
  await browser.close();
  await server.close();
}
