// The explorer as a reader uses it: filters, search, history, permalinks,
// the article view and hostile links, all in the release build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { useRelease, useSession } from './support/release.mjs';
import { IDS } from './support/explorer.mjs';
import { root, serve } from './support/server.mjs';

const release = useRelease();
const session = useSession(release);

test('ticking a speaker filters the cards and writes the URL; a reload shows the same view', async () => {
  await session.ex.open(release.server.url);
  assert.equal(await session.ex.cards().count(), 5);
  await session.ex.checkbox('Speaker', 'a producer').check();
  await session.ex.waitForQuery('speaker=producer');
  assert.deepEqual(await session.ex.cardTexts(), ['I need to work with Mikey Madison ASAP.']);
  await session.page.getByText('Showing 1 of 5 quotes').first().waitFor();
  // Other groups count within the producer's quotes; empty options are disabled, not hidden.
  assert.ok(await session.ex.checkbox('Theme', 'Tears').isDisabled());
  assert.ok(await session.ex.checkbox('Theme', 'Anora').isEnabled());

  await session.ex.reload();
  assert.ok(await session.ex.checkbox('Speaker', 'a producer').isChecked());
  assert.deepEqual(await session.ex.cardTexts(), ['I need to work with Mikey Madison ASAP.']);
});

test('groups combine: OR within a group, AND across groups, with canonical URLs', async () => {
  await session.ex.open(release.server.url);
  await session.ex.checkbox('Theme', 'Anora').check();
  await session.ex.checkbox('Theme', 'Tears').check();
  await session.ex.waitForQuery('theme=anora,tears');
  assert.equal(await session.ex.cards().count(), 5);
  await session.ex.checkbox('Kind', 'Phrase').check();
  await session.ex.waitForQuery('theme=anora,tears&kind=phrase');
  assert.deepEqual(await session.ex.cardTexts(), ['a star is born']);
});

test('Back and Forward step through the filters and restore the checkboxes', async () => {
  await session.ex.open(release.server.url);
  await session.ex.checkbox('Speaker', 'Mikey Madison').check();
  await session.ex.waitForQuery('speaker=mikey-madison');
  await session.ex.checkbox('Kind', 'Statement').check();
  await session.ex.waitForQuery('speaker=mikey-madison&kind=statement');
  assert.equal(await session.ex.cards().count(), 2);

  await session.page.goBack();
  await session.ex.waitForQuery('speaker=mikey-madison');
  assert.equal(await session.ex.cards().count(), 3);
  assert.ok(!(await session.ex.checkbox('Kind', 'Statement').isChecked()));
  assert.ok(await session.ex.checkbox('Speaker', 'Mikey Madison').isChecked());

  await session.page.goBack();
  await session.ex.waitForQuery('');
  assert.equal(await session.ex.cards().count(), 5);
  assert.ok(!(await session.ex.checkbox('Speaker', 'Mikey Madison').isChecked()));

  await session.page.goForward();
  await session.ex.waitForQuery('speaker=mikey-madison');
  assert.ok(await session.ex.checkbox('Speaker', 'Mikey Madison').isChecked());
  assert.equal(await session.ex.cards().count(), 3);
});

test('search narrows as the reader types, marks the matches, and is one history entry', async () => {
  await session.ex.open(release.server.url);
  await session.ex.search().pressSequentially('numb', { delay: 20 });
  await session.ex.waitForQuery('q=numb');
  assert.equal(await session.ex.cards().count(), 1);
  assert.deepEqual(await session.ex.cards().locator('mark').allTextContents(), ['numb']);
  assert.match(
    await session.page.locator('[role=status].visually-hidden').textContent(),
    /Showing 1 of 5 quotes/,
  );
  // A speaker's name is searched too, and marked in the caption.
  await session.ex.search().fill('produc');
  await session.ex.waitForQuery('q=produc');
  assert.deepEqual(await session.ex.cards().locator('.quote-card__speaker mark').allTextContents(), ['produc']);
  // Typing replaced the entry: one Back returns to before the search.
  await session.page.goBack();
  await session.ex.waitForQuery('');
  assert.equal(await session.ex.search().inputValue(), '');
  assert.equal(await session.ex.cards().count(), 5);
});

test('a search that matches nothing says so and offers to clear', async () => {
  await session.ex.open(`${release.server.url}?speaker=producer&q=zebra`);
  const empty = session.page.locator('.empty');
  await empty.waitFor();
  assert.equal(
    await empty.locator('p').textContent(),
    'No quotes match speaker a producer and the search “zebra”.',
  );
  await empty.getByRole('button', { name: 'Clear all filters' }).click();
  await session.ex.waitForQuery('');
  assert.equal(await session.ex.cards().count(), 5);
});

test('chips show the active filters and remove them one by one', async () => {
  await session.ex.open(`${release.server.url}?speaker=mikey-madison&theme=tears`);
  await session.page.getByRole('button', { name: 'Remove theme filter Tears' }).click();
  await session.ex.waitForQuery('speaker=mikey-madison');
  await session.page.getByRole('button', { name: 'Clear all' }).click();
  await session.ex.waitForQuery('');
});

test('a theme chip on a card filters by that theme', async () => {
  await session.ex.open(release.server.url);
  await session.ex.cards().nth(3).getByRole('button', { name: 'Anora' }).click();
  await session.ex.waitForQuery('theme=anora');
  assert.equal(await session.ex.cards().count(), 4);
  assert.ok(await session.ex.checkbox('Theme', 'Anora').isChecked());
});

test('a link with a doubled slash in its path still keeps the view in the address, and Back', async () => {
  const origin = new URL(release.server.url).origin;
  await session.ex.open(`${origin}//?speaker=producer`);
  assert.equal(await session.ex.cards().count(), 1);
  await session.ex.checkbox('Kind', 'Statement').check();
  await session.ex.waitForQuery('speaker=producer&kind=statement');
  assert.equal(await session.page.evaluate(() => location.pathname), '//');
  await session.page.goBack();
  await session.ex.waitForQuery('speaker=producer');
  assert.ok(!(await session.ex.checkbox('Kind', 'Statement').isChecked()));
});

test('a permalink opens with its quote in view and highlighted', async () => {
  await session.page.setViewportSize({ width: 375, height: 640 });
  await session.ex.open(`${release.server.url}?quote=${IDS.producer}`);
  const card = session.page.locator(`#quote-${IDS.producer}`);
  await session.page.waitForFunction(
    (id) => {
      const box = document.getElementById(`quote-${id}`).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    },
    IDS.producer,
  );
  assert.match(await card.getAttribute('class'), /quote-card--focused/);
  // Following a card's permalink in the app does the same.
  await session.ex.open(release.server.url);
  await session.ex.cards().nth(1).getByRole('link', { name: /Permalink/ }).click();
  await session.ex.waitForQuery(`quote=${IDS.holding}`);
});

test('the article view highlights every quote, links it to its card, and dims filtered ones', async () => {
  await session.ex.open(`${release.server.url}?speaker=producer`);
  await session.page.getByRole('navigation', { name: 'Show' }).getByRole('link', { name: 'Article' }).click();
  await session.ex.waitForQuery('speaker=producer&view=article');
  // Its code comes with the second bundle, fetched on first use.
  await session.page.locator('article.article--marked').waitFor();
  const quotes = session.page.locator('.article__quote');
  assert.equal(await quotes.count(), 5);
  assert.equal(await session.page.locator('.article__quote--dim').count(), 4);
  assert.equal(await session.page.locator('article p').count(), 14);
  await quotes.filter({ hasText: 'ASAP' }).getByRole('link').click();
  await session.ex.waitForQuery(`quote=${IDS.producer}`);
  await session.page.locator(`#quote-${IDS.producer}`).waitFor();
});

test('in context reveals the paragraph around a quote', async () => {
  await session.ex.open(release.server.url);
  const card = session.ex.cards().nth(1);
  const context = card.locator('.context__paragraph');
  assert.ok(!(await context.isVisible()));
  await card.getByText('In context').click();
  assert.match(await context.textContent(), /Madison noticed the tears weren’t flowing as usual\./);
});

test('the overview filters by speaker and theme on click', async () => {
  await session.ex.open(release.server.url);
  const cell = session.page.getByRole('button', { name: 'Mikey Madison on Tears: 3 shown' });
  await cell.click();
  await session.ex.waitForQuery('speaker=mikey-madison&theme=tears');
  assert.equal(await session.ex.cards().count(), 3);
  // By keyboard: the table is drawn again for the new view, and focus
  // stays on the cell picked.
  await session.page.goBack();
  await session.ex.waitForQuery('');
  await cell.focus();
  await session.page.keyboard.press('Enter');
  await session.ex.waitForQuery('speaker=mikey-madison&theme=tears');
  await session.page.waitForFunction(
    () => document.activeElement?.getAttribute('aria-label') === 'Mikey Madison on Tears: 3 shown',
  );
});

test('on a narrow screen the matrix fades the edge it scrolls past, and only then', async () => {
  const edges = () =>
    session.page.locator('.overview').evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.getPropertyValue('--overview-start'), style.getPropertyValue('--overview-end')];
    });
  await session.ex.open(release.server.url);
  assert.deepEqual(await edges(), ['0px', '0px'], 'the matrix fits: no fade');
  // A phone's width, and a box narrower than the matrix: what is tested is
  // the fade, whatever the width of the sample article's matrix.
  await session.page.setViewportSize({ width: 375, height: 640 });
  await session.page.locator('.overview').evaluate((el) => {
    el.style.maxWidth = `${Math.floor(el.scrollWidth * 0.6)}px`;
  });
  await session.page.waitForFunction(() => {
    const el = document.querySelector('.overview');
    return el.scrollWidth > el.clientWidth && getComputedStyle(el).getPropertyValue('--overview-end') === '40px';
  });
  assert.equal((await edges())[0], '0px', 'nothing to the left yet');
  await session.page.locator('.overview').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await session.page.waitForFunction(
    () => getComputedStyle(document.querySelector('.overview')).getPropertyValue('--overview-start') === '40px',
  );
  assert.equal((await edges())[1], '0px', 'the right edge reached');
});

test('hostile link values are dropped with a notice; the rest of the link still applies', async () => {
  const hostile =
    '?speaker=mikey-madison,%3Cscript%3Ealert(1)%3C/script%3E&theme=nope&kind=poem&q=%E2%80&view=zzz&quote=missing&utm_source=x';
  await session.ex.open(`${release.server.url}${hostile}`);
  const notice = session.page.getByRole('alert');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /Unknown speaker “<script>alert\(1\)<\/script>” ignored\./);
  assert.match(text, /Unknown theme “nope” ignored\./);
  assert.match(text, /not valid URL encoding/);
  assert.equal(await session.page.locator('script:not([type])').count(), 0);
  await session.ex.waitForQuery('speaker=mikey-madison');
  assert.equal(await session.ex.cards().count(), 3);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await session.page.getByRole('alert').count(), 0);
});

test('a keyboard-only reader can tick a speaker and reach a permalink, with a visible focus ring', async () => {
  await session.ex.open(release.server.url);
  const speaker = session.ex.checkbox('Speaker', 'a producer');
  for (let i = 0; i < 10 && !(await speaker.evaluate((el) => el === document.activeElement)); i++) {
    await session.page.keyboard.press('Tab');
  }
  assert.ok(await speaker.evaluate((el) => el === document.activeElement), 'reached the checkbox');
  const ring = await speaker.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(ring, 'solid');
  await session.page.keyboard.press('Space');
  await session.ex.waitForQuery('speaker=producer');
  assert.ok(await speaker.evaluate((el) => el === document.activeElement), 'focus stays on the checkbox');
  const permalink = session.ex.cards().first().getByRole('link', { name: /Permalink/ });
  for (let i = 0; i < 40 && !(await permalink.evaluate((el) => el === document.activeElement)); i++) {
    await session.page.keyboard.press('Tab');
  }
  assert.ok(await permalink.evaluate((el) => el === document.activeElement), 'reached the permalink');
  await session.page.keyboard.press('Enter');
  await session.ex.waitForQuery(`quote=${IDS.producer}`);
});

test('the app works when served under a sub-path', async () => {
  const sub = await serve({ dir: path.join(root, 'target/dist-sub'), prefix: '/quotes/' });
  try {
    const { context, page, ex: subEx } = await session.open(undefined, { origin: sub.url });
    await subEx.open(`${sub.url}?theme=anora`);
    assert.equal(await subEx.cards().count(), 4);
    await subEx.checkbox('Theme', 'Anora').uncheck();
    await page.waitForFunction(() => location.pathname === '/quotes/' && location.search === '');
    await subEx.reload();
    assert.equal(await subEx.cards().count(), 5);
    // Closed before its server, so that nothing it still loads fails.
    await context.close();
  } finally {
    await sub.close();
  }
});
