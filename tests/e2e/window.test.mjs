// A long article's list is windowed: only the cards near the viewport are
// in the page, and yet a reader scrolls it end to end, reaches any card,
// opens a permalink deep in it, filters it and goes back, as with a short
// one. The article (1,500 quotes) travels in the link, as a reader's own.
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';

const release = useRelease();
const session = useSession(release, { viewport: { width: 1280, height: 900 } });

const QUOTES = 1500;
const NAMES = ['Ada Moss', 'Ben Ruiz', 'Cora Lind', 'Dev Patel', 'Eli Shaw', 'Fay Kerr'];
// Quotes of different lengths, so the cards differ in height.
const article = Array.from({ length: QUOTES }, (_, i) => {
  const words = ' and the harbour'.repeat(i % 7);
  return `“Number ${i + 1} is about the ferry${words},” said ${NAMES[i % NAMES.length]}.`;
}).join('\n\n');
const link = () => `${release.server.url}#a=${deflateRawSync(Buffer.from(article)).toString('base64url')}`;

/** The list items in the page, their positions in the list, and which meet the viewport. */
const rendered = () =>
  session.page.evaluate(() => {
    const items = [...document.querySelectorAll('.results__item')];
    const onScreen = items.filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    return {
      count: items.length,
      positions: items.map((li) => Number(li.getAttribute('aria-posinset'))),
      setsize: Number(items[0]?.getAttribute('aria-setsize')),
      onScreen: onScreen.map((li) => Number(li.getAttribute('aria-posinset'))),
    };
  });

/** Scrolls to `y` and waits until the cards in the page meet the viewport. */
async function scrollTo(y) {
  await session.page.evaluate((y) => window.scrollTo(0, y), y);
  await session.page.waitForFunction(() =>
    [...document.querySelectorAll('.results__item')].some((li) => {
      const r = li.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    }),
  );
}

test('a 1,500-quote list keeps a screenful of cards in the page, and scrolls end to end', async () => {
  await session.ex.open(link());
  assert.equal(await session.page.locator('.results__count').textContent(), `Showing all ${QUOTES} quotes`);
  let now = await rendered();
  assert.ok(now.count > 0 && now.count <= 30, `${now.count} cards in the page`);
  assert.deepEqual(now.positions.slice(0, 3), [1, 2, 3]);
  assert.equal(now.setsize, QUOTES);
  // The page is as tall as all the cards: the scroll bar tells the truth.
  const height = await session.page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > QUOTES * 100, `page height ${height}`);

  // The middle: the cards there, in order, and no more than before.
  await scrollTo(height / 2);
  now = await rendered();
  assert.ok(now.count <= 30, `${now.count} cards in the middle`);
  assert.ok(now.onScreen.length > 0);
  const middle = now.onScreen[0];
  assert.ok(middle > QUOTES * 0.3 && middle < QUOTES * 0.7, `card ${middle} halfway down`);
  assert.deepEqual(now.positions, now.positions.map((_, i) => now.positions[0] + i), 'consecutive cards');
  assert.match(
    await session.page.locator(`.results__item[aria-posinset="${middle}"] blockquote`).textContent(),
    new RegExp(`Number ${middle} is about`),
  );

  // The end: the last card, and nothing after it.
  await scrollTo(height * 2);
  now = await rendered();
  assert.equal(now.positions.at(-1), QUOTES);
  assert.ok(now.onScreen.includes(QUOTES), 'the last card is on screen');
});

test('a permalink deep in the list opens on its card, and a filter and Back keep the list whole', async () => {
  await session.ex.open(link());
  const height = await session.page.evaluate(() => document.documentElement.scrollHeight);
  await scrollTo(height * 0.8);
  const target = (await rendered()).onScreen[0];
  const item = session.page.locator(`.results__item[aria-posinset="${target}"]`);
  const words = await item.locator('blockquote').textContent();
  await item.getByRole('link', { name: 'Permalink to this quote' }).click();
  await session.page.waitForFunction(() => location.search.includes('quote='));

  // Opened afresh: the card is rendered and on screen, though far down.
  await session.ex.reload();
  const focused = session.page.locator('.quote-card--focused');
  await focused.waitFor();
  assert.equal(await focused.locator('blockquote').textContent(), words);
  await session.page.waitForFunction(() => {
    const r = document.querySelector('.quote-card--focused').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });

  // A filter shortens the list; every card shown is that speaker's.
  await session.ex.checkbox('Speaker', 'Ada Moss').check();
  await session.page.locator('.results__count').filter({ hasText: `Showing 250 of ${QUOTES} quotes` }).waitFor();
  await scrollTo(0);
  const state = await rendered();
  assert.equal(state.setsize, 250);
  assert.ok(state.count > 0 && state.count <= 30);
  const speakers = await session.page.locator('.results__item .quote-card__speaker').allTextContents();
  assert.ok(speakers.every((s) => s === 'Ada Moss'), speakers.join(', '));

  // Back: the whole list again, with its cards.
  await session.page.goBack();
  await session.page.locator('.results__count').filter({ hasText: `Showing all ${QUOTES} quotes` }).waitFor();
  assert.ok((await rendered()).count > 0);
});

test('Tab walks from card to card past the first screenful, and Shift+Tab walks back', async () => {
  await session.ex.open(link());
  const first = (await rendered()).count;
  await session.page.locator('.results__item').first().locator('summary').first().focus();
  // The list position of the focused card, or null once focus leaves the list.
  const focused = () =>
    session.page.evaluate(() => {
      const li = document.activeElement?.closest('.results__item');
      return li ? Number(li.getAttribute('aria-posinset')) : null;
    });
  const walk = async (key, presses) => {
    const seen = [];
    for (let i = 0; i < presses; i++) {
      await session.page.keyboard.press(key);
      // A reader's pace, not a robot's: the page gets its frames.
      await session.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      seen.push(await focused());
    }
    return seen;
  };
  const forward = await walk('Tab', 12 * (first + 4));
  assert.ok(!forward.includes(null), 'focus stays in the list');
  assert.deepEqual(forward, [...forward].sort((a, b) => a - b), 'in list order');
  const reached = forward.at(-1);
  assert.ok(reached > first + 2, `reached card ${reached}, beyond the ${first} first rendered`);
  const back = await walk('Shift+Tab', 12 * 3);
  assert.ok(!back.includes(null) && back.at(-1) < reached, `back: ${back.join(' ')}`);
});

test('leaving a long list before its first frame leaves nothing behind that fails', async () => {
  await session.ex.open(link());
  for (let i = 0; i < 6; i++) {
    // Out of the long article as soon as it shows, with the list's first
    // frame still to come; then Back into it.
    await session.page.evaluate(async () => {
      const tick = () => new Promise((r) => setTimeout(r, 1));
      while (!document.querySelector('.header__opened button')) await tick();
      document.querySelector('.header__opened button').click();
      while (document.querySelector('.header__opened')) await tick();
      history.back();
    });
  }
  await session.page.locator('.header__opened').waitFor();
  await session.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.ok((await rendered()).count > 0);
});
