// First paint: the default view is prerendered into index.html, so it reads
// without JavaScript, and the app takes over with no layout shift.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';

const release = useRelease();
const session = useSession(release);

test('with JavaScript off, the default view is there: header, filters and quotes', async () => {
  // With scripting off, Chromium refuses the script preload: expected here.
  session.allow(/\.js \(csp\)$/);
  const { page, ex } = await session.open({ javaScriptEnabled: false });
  await page.goto(release.server.url);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Who said what in this article');
  assert.deepEqual(await page.locator('legend').allTextContents(), ['Speaker', 'Theme', 'Kind']);
  assert.equal(await ex.cards().count(), 5);
  assert.match(await ex.cards().nth(4).textContent(), /I need to work with Mikey Madison ASAP\./);
});

test('the app takes over the prerendered page without a layout shift', async () => {
  const { page, ex } = session;
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(release.server.url);
  await page.waitForLoadState('networkidle');
  // The app is live: a click filters.
  await ex.started();
  const shifts = await page.evaluate(() => window.shifts);
  assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `layout shifts: ${shifts}`);
  await ex.checkbox('Speaker', 'a producer').check();
  await ex.waitForQuery('speaker=producer');
  assert.equal(await ex.cards().count(), 1);
});

/** The prerendered page on a slow network: the app's wasm is held back
 * until `arrive()`, which lets it through and waits for the app to take over. */
async function beforeTheApp() {
  const { page, ex } = session;
  let letThrough;
  const held = new Promise((resolve) => (letThrough = resolve));
  await page.route(/quotes-web-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(release.server.url);
  const arrive = async () => {
    letThrough();
    await ex.live();
  };
  return { page, ex, arrive };
}

test('what a reader does before the app arrives is kept: a ticked filter, a typed search, the focus', async () => {
  const { page, ex, arrive } = await beforeTheApp();
  await ex.checkbox('Theme', 'Tears').check();
  await ex.search().fill('numb');
  assert.equal(await ex.isLive(), false, 'still the prerendered page');
  await arrive();
  await page.waitForFunction(() => {
    const query = new URLSearchParams(location.search);
    return query.get('theme') === 'tears' && query.get('q') === 'numb';
  });
  assert.equal(await ex.search().inputValue(), 'numb');
  assert.ok(await ex.checkbox('Theme', 'Tears').isChecked());
  assert.equal(await ex.cards().count(), 1);
  assert.ok(await ex.search().evaluate((el) => el === document.activeElement), 'focus stays in the search box');
});

test('a keyboard reader who skipped to the quotes before the app arrived stays there', async () => {
  const { page, arrive } = await beforeTheApp();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'results');
  await arrive();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');
});

test('Enter in the search before the app arrives makes a link the app then searches', async () => {
  // The first page's wasm, still held back, is dropped by the navigation.
  session.allow(/_bg\.wasm \(net::ERR_ABORTED\)$/);
  const { page, ex, arrive } = await beforeTheApp();
  await ex.search().fill('numb');
  await ex.search().press('Enter');
  await page.waitForURL(/\?q=numb$/);
  await arrive();
  assert.equal(await ex.search().inputValue(), 'numb');
  assert.equal(await ex.cards().count(), 1);
});
