// A newsroom's collection: `./run build content/riverside-housing/` makes
// one explorer of three articles (built by `./run test` into
// target/dist-collection). The Article filter, a person quoted in several
// articles listed once, search across them, each card naming its article,
// the per-article view, Back and Forward, and a hand-edited link.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';
import { root } from './support/server.mjs';

const release = useRelease({ dir: path.join(root, 'target/dist-collection') });
const session = useSession(release, {
  permissions: ['clipboard-read', 'clipboard-write'],
  acceptDownloads: true,
});
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const MARCH = 'tenants-march-on-town-hall';
const MARCH_TITLE = 'Tenants march on town hall as rents climb again';
const count = () => session.page.locator('.results__count').textContent();

test('the collection’s header, its articles newest first, and each person once', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  assert.equal(await page.locator('h1').textContent(), 'Every voice in our housing coverage');
  assert.equal(await page.locator('.header__counts').textContent(), '26 quotes from 6 speakers in 3 articles');
  const group = (name) => page.getByRole('group', { name, exact: true });
  const articles = await group('Article').locator('.facet__label').allTextContents();
  assert.equal(articles.length, 3, articles.join(' | '));
  assert.match(articles[0], /^First residents move in/);
  assert.match(articles[1], new RegExp(`^${MARCH_TITLE} · 8 March 2025`));
  assert.match(articles[2], /^Council approves 600 homes/);
  // Quoted in all three articles, listed once with all her quotes.
  const raman = group('Speaker').locator('.facet__option', { hasText: 'Priya Raman' });
  assert.equal(await raman.count(), 1);
  assert.equal(await raman.locator('.facet__count').textContent(), '8');
});

test('the Article filter narrows to one article, and the link keeps it', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  await ex.checkbox('Article', `${MARCH_TITLE} · 8 March 2025`).check();
  await ex.waitForQuery(`article=${MARCH}`);
  assert.equal(await count(), 'Showing 9 of 26 quotes');
  const sources = await page.locator('.quote-card__source-link').allTextContents();
  assert.ok(sources.length > 0);
  for (const source of sources) assert.equal(source, MARCH_TITLE);
  // Speakers count within it: one not quoted there cannot be ticked.
  assert.equal(await ex.checkbox('Speaker', 'Grace Odum').isDisabled(), true);
  await ex.reload();
  assert.equal(await count(), 'Showing 9 of 26 quotes');
  assert.equal(await ex.checkbox('Article', `${MARCH_TITLE} · 8 March 2025`).isChecked(), true);
});

test('search runs across the articles', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  await ex.search().fill('afford');
  await ex.waitForQuery('q=afford');
  const sources = new Set(await page.locator('.quote-card__source-link').allTextContents());
  assert.ok(sources.size >= 2, [...sources].join(' | '));
});

test('a card names its article and opens it in the article view; Back returns', async () => {
  const { page, ex } = session;
  await ex.open(`${release.server.url}?speaker=aisha-kamara`);
  await page.locator('.quote-card__source-link').first().click();
  await ex.waitForQuery(`article=${MARCH}&view=article`);
  await page.locator('.article__title').first().waitFor();
  assert.deepEqual(await page.locator('.article__title').allTextContents(), [MARCH_TITLE]);
  assert.match(await page.locator('.article__byline').textContent(), /8 March 2025/);
  await page.goBack();
  await ex.waitForQuery('speaker=aisha-kamara');
  await page.goForward();
  await ex.waitForQuery(`article=${MARCH}&view=article`);
  // Every article, each under its heading, when none is ticked.
  const all = await session.open();
  await all.ex.open(`${release.server.url}?view=article`);
  await all.page.locator('.article__title').nth(2).waitFor();
  assert.equal(await all.page.locator('.article__title').count(), 3);
});

test('a hand-edited article in a link is said and dropped; a permalink still opens', async () => {
  const { page, ex } = session;
  await ex.open(`${release.server.url}?article=nope,${MARCH}`);
  await page.getByText('Unknown article “nope” ignored.').waitFor();
  await ex.waitForQuery(`article=${MARCH}`);
  // A permalink names its article, and opens among that article's quotes.
  const card = page.locator('.quote-card').nth(3);
  const id = (await card.getAttribute('id')).replace(/^quote-/, '');
  await ex.open(new URL(await card.locator('a.quote-card__permalink').getAttribute('href'), release.server.url).href);
  await ex.waitForQuery(`article=${MARCH}&quote=${id}`);
  await page.locator(`#quote-${id}.quote-card--focused`).waitFor();
  assert.equal(await page.locator(`#quote-${id} .quote-card__source-link`).textContent(), MARCH_TITLE);
  // A quote's id is unique across the collection: a permalink without
  // its article (as links were before) still finds it.
  await ex.open(`${release.server.url}?quote=${id}`);
  await page.locator(`#quote-${id}.quote-card--focused`).waitFor();
  assert.equal(ex.query(), `quote=${id}`);
});

test('axe finds no violation in the collection, list and article view', async () => {
  for (const query of ['', `?article=${MARCH}&view=article`]) {
    const { page, ex } = await session.open({ bypassCSP: true });
    await ex.open(`${release.server.url}${query}`);
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    assert.deepEqual(found, [], query);
  }
});

test('without JavaScript, the page lists the articles and the first quotes', async () => {
  // With scripting off, Chromium refuses the script preload: expected here.
  session.allow(/\.js \(csp\)$/);
  const { page } = await session.open({ javaScriptEnabled: false });
  await page.goto(release.server.url);
  assert.equal(await page.title(), 'Every voice in our housing coverage · Quote Explorer');
  const articles = await page.locator('.facet__label').allTextContents();
  assert.ok(articles.some((label) => label.startsWith(MARCH_TITLE)), articles.join(' | '));
  assert.ok((await page.locator('.quote-card__source-link').count()) > 0);
});

test('sources at a glance: who is quoted, by gender and by role, for the view', async () => {
  const { page, ex } = session;
  await ex.open(`${release.server.url}?view=sources`);
  await page.locator('.sources__table tbody tr').first().waitFor();
  const first = await page.locator('.sources__table tbody tr').first().locator('th, td').allTextContents();
  assert.deepEqual(first, ['Priya Raman', 'mayor', '8', '119', '3']);
  const shares = await page.locator('.sources__share-group').first().locator('li').allTextContents();
  assert.deepEqual(shares, ['She (her, Ms., Mrs.)15 (58%)', 'He (him, Mr.)9 (35%)', 'Not stated2 (8%)']);
  // The view's filters apply, and a name shows that speaker's quotes.
  await ex.checkbox('Article', `${MARCH_TITLE} · 8 March 2025`).check();
  await ex.waitForQuery(`article=${MARCH}&view=sources`);
  await page.getByText('Over the 9 quotes shown').waitFor();
  await page.locator('.sources__name', { hasText: 'Aisha Kamara' }).click();
  await ex.waitForQuery(`article=${MARCH}&speaker=aisha-kamara`);
  assert.equal(await count(), 'Showing 2 of 26 quotes');
});

test('a download follows the Article filter; a citation names the quote’s own article', async () => {
  const { page, ex } = session;
  await ex.open(`${release.server.url}?article=${MARCH}`);
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'JSON', exact: true }).click(),
  ]);
  const json = JSON.parse(await readFile(await file.path(), 'utf8'));
  assert.equal(json.view, `article=${MARCH}`);
  assert.equal(json.quotes.length, 9);
  assert.ok(json.quotes.every((quote) => quote.article === MARCH));
  // Copy a card's quote as a Chicago citation: its article, not the collection.
  const card = ex.cards().first();
  await card.getByText('Copy quote').click();
  await card.getByRole('button', { name: 'Chicago citation' }).click();
  await page.getByText('Quote copied with its citation.').waitFor();
  const cited = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(cited, new RegExp(`“${MARCH_TITLE},” The Riverside Courier, 8 March 2025`));
});
