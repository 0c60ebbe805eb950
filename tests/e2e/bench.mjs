// Benchmark, not a test: the time from a reader's action to the updated
// results, in Chromium on the release build. Reports medians over many
// runs, since these machines are shared and noisy.
// Usage: node tests/e2e/bench.mjs [runs]
import { launch, openPage } from './support/browser.mjs';
import { serve } from './support/server.mjs';

const runs = Number(process.argv[2] ?? 60);
const server = await serve();
const browser = await launch();
try {
  const { page, problems } = await openPage(browser, server.url);
  await page.goto(server.url);
  await page.locator('.results__list').waitFor();
  const timings = await page.evaluate(async (runs) => {
    const count = document.getElementById('results-count');
    // Resolves with the time the results count changed in the DOM (the
    // app's work), then waits for the next frame so runs do not overlap.
    const changed = (before) =>
      new Promise((resolve) => {
        const done = () => {
          const at = performance.now();
          requestAnimationFrame(() => resolve(at));
        };
        if (count.textContent !== before) return done();
        const observer = new MutationObserver(() => {
          if (count.textContent !== before) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
      });
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const box = [...document.querySelectorAll('fieldset input[type=checkbox]')].find((el) =>
      el.closest('label').textContent.startsWith('a producer'),
    );
    const search = document.querySelector('input[type=search]');
    const filter = [];
    const keystroke = [];
    for (let i = 0; i < runs; i++) {
      let before = count.textContent;
      let start = performance.now();
      box.click();
      filter.push((await changed(before)) - start);
      // One keystroke: "numb" narrows the list, then clearing restores it.
      before = count.textContent;
      start = performance.now();
      search.value = i % 2 ? '' : 'numb';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      keystroke.push((await changed(before)) - start);
    }
    return { filter: median(filter), keystroke: median(keystroke) };
  }, runs);
  console.log(`default article, ${runs} runs each, release build in Chromium`);
  console.log(`filter change (tick/untick a speaker): median ${timings.filter.toFixed(2)} ms until the DOM shows the new results`);
  console.log(`search keystroke: median ${timings.keystroke.toFixed(2)} ms until the DOM shows the new results`);
  if (problems.length) console.log('problems:', problems);
} finally {
  await browser.close();
  await server.close();
}
