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
    // The app updates the DOM in the event handler and the microtasks it
    // queues; a message-channel task runs after all of them, so the time to
    // it is the app's whole work for one action.
    const settled = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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
  if (problems.length) console.log('problems:', problems);
} finally {
  await browser.close();
  await server.close();
}
