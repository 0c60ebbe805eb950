// The second bundle (web/src/extra.rs): the parts no first view shows come
// in a wasm of their own, fetched only when one is first shown, once, and a
// fetch that fails says so in place and recovers when tried again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';

const release = useRelease();
const session = useSession(release);
const extra = /quotes-extra[^/]*\.(js|wasm|css)$/;

/** Records the second bundle's requests in `page`. */
function requests(page) {
  const seen = [];
  page.on('request', (request) => {
    if (extra.test(new URL(request.url()).pathname)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test('the first view fetches none of it; the first part shown fetches it once', async () => {
  const seen = requests(session.page);
  await session.ex.open(release.server.url);
  // Filtering, searching and reading the cards need none of it.
  await session.page.getByRole('checkbox', { name: /Mikey Madison/ }).first().check();
  await session.ex.waitForQuery('speaker=mikey-madison');
  assert.deepEqual(seen, []);

  const card = session.ex.cards().first();
  await card.getByText('In context').click();
  await card.locator('.context__paragraph').waitFor();
  assert.equal(seen.length, 4, `loader, glue, wasm and stylesheet: ${seen}`);
  // Drawn with its own stylesheet (not in the first load).
  assert.equal(
    await card.locator('.context__quote').first().evaluate((el) => getComputedStyle(el).fontWeight),
    '600',
  );

  // Other parts, and the same part again, come from the bundle already running.
  await card.getByText('Copy quote').click();
  await card.getByRole('button', { name: 'Chicago citation' }).waitFor();
  await session.page.getByText('Download', { exact: true }).click();
  await session.page.getByRole('button', { name: 'JSON', exact: true }).waitFor();
  assert.equal(seen.length, 4);
  // Both bundles follow the address bar: the second one's links filter the page.
  await session.page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Article' }).click();
  await session.page.locator('.article__quote-link').first().click();
  await session.page.waitForFunction(() => location.search.startsWith('?quote='));
  await session.page.locator('.quote-card--focused').waitFor();
});

test('a fetch that fails says so in place, and trying again brings the part', async () => {
  session.allow(/quotes-extra|status of 503/);
  let refuse = true;
  await session.page.route(extra, (route) => (refuse ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
  await session.ex.open(release.server.url);
  const card = session.ex.cards().first();
  await card.getByText('In context').click();
  const failed = card.getByRole('alert');
  await failed.getByText('This part of the page could not be loaded.').waitFor();

  refuse = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await card.locator('.context__paragraph').waitFor();
  assert.equal(await failed.count(), 0);
  // The page went on working meanwhile.
  await session.page.getByRole('checkbox', { name: /Mikey Madison/ }).first().check();
  await session.ex.waitForQuery('speaker=mikey-madison');
});

test('a stylesheet that fails says so too, and trying again brings it', async () => {
  session.allow(/quotes-extra|status of 503/);
  let refuse = true;
  await session.page.route(/quotes-extra[^/]*\.css$/, (route) =>
    refuse ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  await session.ex.open(release.server.url);
  const card = session.ex.cards().first();
  await card.getByText('In context').click();
  const failed = card.getByRole('alert');
  await failed.getByText('This part of the page could not be loaded.').waitFor();
  assert.equal(await card.locator('.context__paragraph').count(), 0, 'never drawn unstyled');

  refuse = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await card.locator('.context__paragraph').waitFor();
  assert.equal(
    await card.locator('.context__quote').first().evaluate((el) => getComputedStyle(el).fontWeight),
    '600',
  );
});
