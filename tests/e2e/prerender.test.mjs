// First paint: the default view is prerendered into index.html, so it reads
// without JavaScript, and the app takes over with no layout shift.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage } from './support/browser.mjs';
import { useRelease } from './support/release.mjs';
import { Explorer } from './support/explorer.mjs';

const release = useRelease();

test('with JavaScript off, the default view is there: header, filters and quotes', async () => {
  const { context, page, problems } = await openPage(release.browser, release.server.url, { javaScriptEnabled: false });
  await page.goto(release.server.url);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Who said what in this article');
  assert.deepEqual(await page.locator('legend').allTextContents(), ['Speaker', 'Theme', 'Kind']);
  const ex = new Explorer(page);
  assert.equal(await ex.cards().count(), 5);
  assert.match(await ex.cards().nth(4).textContent(), /I need to work with Mikey Madison ASAP\./);
  // With scripting off, Chromium refuses the script preload: expected here.
  const unexpected = problems.filter((p) => !/\.js \(csp\)$/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('the app takes over the prerendered page without a layout shift', async () => {
  const { context, page, problems } = await openPage(release.browser, release.server.url);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(release.server.url);
  await page.waitForLoadState('networkidle');
  // The app is live: a click filters.
  const ex = new Explorer(page);
  await page.locator('html[data-app=live]').waitFor({ state: 'attached' });
  const shifts = await page.evaluate(() => window.shifts);
  assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `layout shifts: ${shifts}`);
  await ex.checkbox('Speaker', 'a producer').check();
  await ex.waitForQuery('speaker=producer');
  assert.equal(await ex.cards().count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
