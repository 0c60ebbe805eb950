// A big collection on static files: 1,000 generated articles (`synth
// --articles 1000`, about 50,000 quotes), built by `./run test` into
// target/dist-synth. Its first load carries a manifest (the first view);
// the filter groups, the words a search starts, the chunks of cards and
// the quote ids come as files fetched on need (`quotes::shards`). Filters
// and search across every article, a permalink far down the collection,
// Back and Forward, a file that fails (a notice, then Try again), no
// request off the origin, axe, and a card's context and citation (drawn by
// the second bundle from the card's chunk).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';
import { root } from './support/server.mjs';

const release = useRelease({ dir: path.join(root, 'target/dist-synth') });
const session = useSession(release);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The results' count, once the view's files are in (not "Finding the
 * quotes…"). */
const count = async () => {
  await session.page.waitForFunction(() => /^Showing /.test(document.querySelector('.results__count')?.textContent));
  return session.page.locator('.results__count').textContent();
};
/** How many quotes the view shows. */
const shown = async () => Number((await count()).match(/^Showing (?:all )?(\d+)/)[1]);
const shardRequests = (page) => {
  const names = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes('/shards/')) names.push(url.pathname.split('/').pop());
  });
  return names;
};

/** Scrolls to 1/`part` of the list, far past the manifest's first
 * articles (whose cards and ids need no file; until the list has its
 * full height, again), and gives a card drawn there, in the viewport. */
const scrollFar = async (page, part) => {
  await page.waitForFunction((part) => {
    window.scrollTo(0, document.body.scrollHeight / part);
    return window.scrollY > 100000;
  }, part);
  const id = await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('.quote-card[id]:not(.quote-card--loading)')];
    const seen = cards.find((card) => {
      const { top, bottom } = card.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    });
    return seen?.id;
  });
  return page.locator(`#${await id.jsonValue()}`);
};

/** Serves the files of `family` (`facet`, `voices`…) as 500 until the
 * function it gives is called. */
const serveAs500 = async (page, family) => {
  session.allow(new RegExp(`HTTP 500: .*\\/shards\\/${family}-|status of 500`));
  let failing = true;
  await page.route(`**/shards/${family}-*`, (route) => (failing ? route.fulfill({ status: 500, body: 'down' }) : route.fallback()));
  return () => {
    failing = false;
  };
};

test('the first view comes from the manifest; the filter groups follow, not the rest', async () => {
  const { page, ex } = session;
  const fetched = shardRequests(page);
  await ex.open(release.server.url);
  assert.match(await page.locator('.header__counts').textContent(), /^\d+ quotes from \d+ speakers in 1000 articles$/);
  assert.match(await count(), /^Showing all \d+ quotes$/);
  assert.ok((await shown()) > 45000);
  assert.ok((await page.locator('.quote-card blockquote').count()) >= 3);
  // The newest article first, as the Article filter lists them.
  const articles = page.getByRole('group', { name: 'Article', exact: true }).locator('.facet__label');
  assert.match(await articles.first().textContent(), /, report 1000 · /);
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/shards/facet-')).length === 4);
  assert.ok(fetched.some((name) => name.startsWith('directory-')));
  assert.equal(fetched.filter((name) => name.startsWith('words-')).length, 0, fetched.join(' '));
  assert.equal(fetched.filter((name) => name.startsWith('chunk-')).length, 0, fetched.join(' '));
  assert.equal(fetched.filter((name) => name.startsWith('voices-')).length, 0, fetched.join(' '));
  // Named by their contents: a host may keep them for ever.
  const response = await page.request.get(`${release.server.url}shards/${fetched[0]}`);
  assert.match(response.headers()['cache-control'], /immutable/);
});

test('a speaker quoted in many articles is one option; search runs across them', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  const speaker = page.getByRole('group', { name: 'Speaker', exact: true }).locator('.facet__option').first();
  const name = await speaker.locator('.facet__label').textContent();
  const quotes = Number(await speaker.locator('.facet__count').textContent());
  await speaker.locator('input').check();
  await page.waitForFunction((n) => document.querySelector('.results__count').textContent.startsWith(`Showing ${n} of`), quotes);
  // Quoted in several of the newest articles alone.
  const counts = await page.getByRole('group', { name: 'Article', exact: true }).locator('.facet__count').allTextContents();
  assert.ok(counts.filter((n) => Number(n) > 0).length >= 2, counts.join(' '));
  for (const shown of await page.locator('.quote-card__speaker').allTextContents()) assert.equal(shown, name);
  const ticked = ex.query();
  assert.match(ticked, /^speaker=[a-z-]+$/);
  // A word of the synthetic prose, in quotes of many articles.
  await ex.search().fill('believed');
  await ex.waitForQuery(`${ticked}&q=believed`);
  // Past "Finding the quotes…", which the words' files may take.
  await page.waitForFunction((n) => {
    const count = document.querySelector('.results__count').textContent;
    return /^Showing \d+ of/.test(count) && !count.startsWith(`Showing ${n} of`);
  }, quotes);
  const searched = await shown();
  assert.ok(searched > 0 && searched < quotes, `${searched} of ${quotes}`);
  await page.locator('mark').first().waitFor();
});

test('Back and Forward walk the views; a reload keeps them', async () => {
  const { page, ex } = session;
  // The reload may cut short the first load's icon: the test's doing.
  session.allow(/favicon-.*\(net::ERR_ABORTED\)$/);
  await ex.open(release.server.url);
  const all = await count();
  await ex.search().fill('vaccine');
  await ex.waitForQuery('q=vaccine');
  const searched = await count();
  assert.notEqual(searched, all);
  const theme = page.getByRole('group', { name: 'Theme', exact: true }).locator('.facet__option').first();
  await theme.locator('input').check();
  await page.waitForFunction(() => location.search.includes('theme='));
  const themed = ex.query();
  assert.match(themed, /^theme=[a-z-]+&q=vaccine$/);
  await page.waitForFunction((n) => document.querySelector('.results__count').textContent !== n, searched);
  const both = await count();
  await page.goBack();
  await ex.waitForQuery('q=vaccine');
  assert.equal(await count(), searched);
  await page.goBack();
  await page.waitForFunction((n) => document.querySelector('.results__count').textContent === n, all);
  await page.goForward();
  await ex.waitForQuery('q=vaccine');
  await page.goForward();
  await ex.waitForQuery(themed);
  await ex.reload();
  await page.waitForFunction((n) => document.querySelector('.results__count').textContent === n, both);
});

test('a permalink far down the collection fetches its ids and its chunk', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  const card = await scrollFar(page, 2);
  const id = (await card.getAttribute('id')).replace(/^quote-/, '');
  const text = await page.locator(`#quote-${id} :is(blockquote, .quote-card__paraphrase)`).textContent();
  const fresh = await session.open();
  const fetched = shardRequests(fresh.page);
  await fresh.ex.open(`${release.server.url}?quote=${encodeURIComponent(id)}`);
  await fresh.page.locator(`#quote-${id}.quote-card--focused`).waitFor();
  assert.equal(await fresh.page.locator(`#quote-${id} :is(blockquote, .quote-card__paraphrase)`).textContent(), text);
  assert.ok(fetched.some((name) => name.startsWith('ids-')), fetched.join(' '));
  assert.ok(fetched.some((name) => name.startsWith('chunk-')), fetched.join(' '));
  assert.equal(new URL(fresh.page.url()).search, `?quote=${id}`);
  // Its own permalink names its article, and opens among its quotes.
  const href = await fresh.page.locator(`#quote-${id} a.quote-card__permalink`).getAttribute('href');
  assert.match(href, new RegExp(`^\\?article=[a-z0-9-]+&quote=${id}$`));
  await fresh.ex.open(new URL(href, release.server.url).href);
  await fresh.page.locator(`#quote-${id}.quote-card--focused`).waitFor();
  const among = await fresh.page.locator('.results__count').textContent();
  const n = Number(among.match(/^Showing (\d+) of/)?.[1]);
  assert.ok(n > 0 && n < 200, among);
});

test('a card far down shows its context, cites its own article and saves its image', async () => {
  const { page, ex } = await session.open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await ex.open(release.server.url);
  const card = await scrollFar(page, 3);
  await card.locator('summary', { hasText: 'In context' }).click();
  const words = (await card.locator('blockquote, .quote-card__paraphrase').textContent()).trim();
  const context = card.locator('.context__paragraph').first();
  await context.waitFor();
  assert.ok((await context.textContent()).includes(words.replace(/^[“"]|[”"]$/g, '').slice(0, 20)));
  const title = await card.locator('.quote-card__source-link').textContent();
  await card.locator('summary', { hasText: 'Copy quote' }).click();
  await card.locator('.menu__item').first().click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 0));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(`“${title}”`), copied);
  // Its link names its article.
  const slug = (await card.locator('.quote-card__source-link').getAttribute('href')).match(/article=([^&]+)/)[1];
  assert.ok(copied.includes(`?article=${slug}&quote=`), copied);
  // Its image, drawn by the worker from the card's chunk.
  const id = (await card.getAttribute('id')).replace(/^quote-/, '');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download card' }).click()]);
  assert.equal(download.suggestedFilename(), `quote-${id}.png`);
  const png = await readFile(await download.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), 1200);
});

test('Sources counts who is quoted across the collection, its file fetched on first use', async () => {
  const { page, ex } = session;
  const recover = await serveAs500(page, 'voices');
  await ex.open(release.server.url);
  const all = await shown();
  await page.getByRole('link', { name: 'Sources', exact: true }).click();
  await ex.waitForQuery('view=sources');
  const notice = page.getByRole('alert').filter({ hasText: 'The server answered 500' });
  await notice.waitFor();
  // Said once, and not busy for ever.
  assert.equal(await notice.count(), 1);
  assert.equal(await page.locator('section.sources').getAttribute('aria-busy'), 'false');
  assert.equal(await page.locator('.sources__note').textContent(), 'Who is quoted could not be counted.');
  recover();
  await notice.getByRole('button', { name: 'Try again' }).click();
  const table = page.locator('.sources__table');
  await table.waitFor();
  assert.equal(await page.locator('section.sources').getAttribute('aria-busy'), 'false');
  assert.match(await page.locator('.sources__note').first().textContent(), new RegExp(`^Over the ${all} quotes shown`));
  assert.deepEqual(await table.locator('thead th').allTextContents(), ['Speaker', 'Role', 'Quotes', 'Words quoted', 'Articles']);
  // The busiest speaker, quoted in several articles, as the filter counts.
  const top = table.locator('tbody tr').first();
  const [quotes, words, articles] = (await top.locator('td.sources__number').allTextContents()).map(Number);
  assert.ok(articles > 1 && words > quotes, `${quotes} quotes, ${words} words, ${articles} articles`);
  assert.ok((await table.locator('tbody tr').count()) > 100);
  assert.match(await page.locator('.sources__shares').textContent(), /Not stated/);
  // A search narrows the count, across every article.
  await ex.search().fill('believed');
  await ex.waitForQuery('q=believed&view=sources');
  await page.waitForFunction((n) => {
    const note = document.querySelector('.sources__note').textContent;
    return note.startsWith('Over the ') && !note.startsWith(`Over the ${n} `);
  }, all);
  const note = await page.locator('.sources__note').first().textContent();
  const searched = Number(note.match(/^Over the (\d+) quotes? shown/)[1]);
  assert.ok(searched > 0 && searched < all, note);
  // A name shows their quotes, as many as the table says.
  const row = table.locator('tbody tr').first();
  const theirs = Number(await row.locator('td.sources__number').first().textContent());
  await row.locator('a.sources__name').click();
  await page.waitForFunction(() => /^speaker=[a-z-]+&q=believed$/.test(location.search.slice(1)));
  await page.waitForFunction((n) => document.querySelector('.results__count')?.textContent.startsWith(`Showing ${n} of`), theirs);
  // Back, the speaker × theme matrix is there too (not in the first
  // load); a cell shows its pair's quotes.
  await page.goBack();
  await ex.waitForQuery('q=believed&view=sources');
  const cell = page.locator('.overview__table .overview__cell:not([disabled])').first();
  const pair = Number(await cell.textContent());
  await cell.click();
  await page.waitForFunction(() => /^speaker=[a-z-]+&theme=[a-z-]+&q=believed$/.test(location.search.slice(1)));
  assert.equal(await shown(), pair);
});

test('the article view reads an article far down from its chunk, and a quote goes to its card', async () => {
  const { page, ex } = session;
  await ex.open(`${release.server.url}?view=article`);
  // Nothing ticked: the newest article, from the manifest.
  await page.locator('.article__note', { hasText: 'The newest article.' }).waitFor();
  assert.match(await page.locator('.article__title').first().textContent(), /, report 1000$/);
  // A card's "From" link opens its article in the article view.
  await ex.open(release.server.url);
  const card = await scrollFar(page, 2);
  const title = await card.locator('.quote-card__source-link').textContent();
  const words = (await card.locator('blockquote, .quote-card__paraphrase').textContent()).trim().replace(/^[“"‘']|[”"’']$/g, '');
  await card.locator('.quote-card__source-link').click();
  await page.waitForFunction(() => /^article=[a-z0-9-]+&view=article$/.test(location.search.slice(1)));
  const slug = ex.query().match(/article=([^&]+)/)[1];
  const heading = page.locator('.article__title');
  await heading.waitFor();
  assert.equal(await heading.count(), 1);
  assert.equal(await heading.textContent(), title);
  const marked = await page.locator('.article__quote-link').allTextContents();
  assert.ok(marked.some((text) => words.includes(text.trim()) || text.includes(words.slice(0, 30))), `${words} in ${marked.length}`);
  // Straight from a link, in a fresh page: its chunk is fetched.
  const fresh = await session.open();
  const fetched = shardRequests(fresh.page);
  await fresh.ex.open(`${release.server.url}?article=${slug}&view=article`);
  await fresh.page.locator('.article__title').waitFor();
  assert.equal(await fresh.page.locator('.article__title').textContent(), await heading.textContent());
  assert.ok(fetched.some((name) => name.startsWith('chunk-')), fetched.join(' '));
  // Thirteen ticked: twelve shown, in the collection's order, and a note
  // says so (each is read from its chunk, and the page keeps 64).
  const many = await session.open();
  const slugs = Array.from({ length: 13 }, (_, i) => `report-${String(i * 70 + 5).padStart(5, '0')}`);
  await many.ex.open(`${release.server.url}?article=${slugs.join(',')}&view=article`);
  await many.page.locator('.article__note', { hasText: '12 of the 13 articles ticked' }).waitFor();
  await many.page.waitForFunction(() => document.querySelectorAll('.article__title').length === 12);
  const reports = (await many.page.locator('.article__title').allTextContents()).map((t) => Number(t.match(/report (\d+)$/)[1]));
  assert.deepEqual(reports, [...reports].sort((a, b) => b - a));
  // A marked quote goes to its card.
  await fresh.page.locator('.article__quote-link').first().click();
  await fresh.page.waitForFunction((slug) => new RegExp(`^article=${slug}&quote=`).test(location.search.slice(1)), slug);
  await fresh.page.locator('.quote-card--focused').waitFor();
});

test('a download gathers the view’s quotes from their files, across articles', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  const speaker = page.getByRole('group', { name: 'Speaker', exact: true }).locator('.facet__option').nth(3);
  const name = await speaker.locator('.facet__label').textContent();
  await speaker.locator('input').check();
  await page.waitForFunction(() => /^speaker=[a-z-]+$/.test(location.search.slice(1)));
  const ticked = ex.query();
  const quotes = await shown();
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON', exact: true }).click()]);
  await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
  const json = JSON.parse(await readFile(await file.path(), 'utf8'));
  assert.equal(json.view, ticked);
  assert.equal(json.quotes.length, quotes);
  assert.ok(json.quotes.every((quote) => quote.speaker === name));
  // From many articles, each quote naming its own, its permalink too.
  const articles = new Set(json.quotes.map((quote) => quote.article));
  assert.ok(articles.size > 10, `${articles.size} articles`);
  for (const quote of json.quotes) assert.ok(quote.permalink.endsWith(`?article=${quote.article}&quote=${quote.id}`), quote.permalink);
  // Paragraphs count through the whole collection, newest article first.
  const paragraphs = json.quotes.map((quote) => quote.paragraph);
  assert.deepEqual(paragraphs, [...paragraphs].sort((a, b) => a - b));
  assert.ok(paragraphs.at(-1) > 1000, `${paragraphs.at(-1)}`);
});

test('a link with an unknown speaker says so once the groups are in', async () => {
  const { page, ex } = session;
  await ex.open(`${release.server.url}?speaker=nobody-at-all&q=said`);
  await page.locator('.notice', { hasText: 'Unknown speaker “nobody-at-all” ignored.' }).waitFor();
  await ex.waitForQuery('q=said');
  // Its filter groups, though the link's view waited for its files.
  const speakers = page.getByRole('group', { name: 'Speaker', exact: true }).locator('.facet__option');
  assert.ok((await speakers.count()) >= 8);
});

test('a file that fails to load gives a notice, and Try again recovers', async () => {
  const { page, ex } = session;
  const recover = await serveAs500(page, 'facet');
  await ex.open(release.server.url);
  const notice = page.getByRole('alert').filter({ hasText: 'The server answered 500' });
  await notice.waitFor();
  // What was shown stays.
  assert.match(await count(), /^Showing all \d+ quotes$/);
  assert.ok((await page.locator('.quote-card blockquote').count()) >= 3);
  await ex.search().fill('believed');
  await ex.waitForQuery('q=believed');
  // Not "no quotes match", nor busy for ever: it says why.
  await page.waitForFunction(() => document.querySelector('.results__count').textContent === 'The quotes of this view could not be loaded.');
  assert.equal(await page.locator('#results').getAttribute('aria-busy'), 'false');
  assert.equal(await page.locator('.empty').count(), 0);
  recover();
  await notice.getByRole('button', { name: 'Try again' }).click();
  await notice.waitFor({ state: 'detached' });
  await page.waitForFunction(() => /^Showing \d+ of/.test(document.querySelector('.results__count').textContent));
  await page.locator('mark').first().waitFor();
});

test('axe finds no violation, first view and filtered', async () => {
  const ready = { '': '.quote-card blockquote', '?q=believed': '.quote-card blockquote', '?view=sources': '.sources__table', '?view=article&article=report-00500': '.article__quote' };
  for (const [query, selector] of Object.entries(ready)) {
    const { page, ex } = await session.open({ bypassCSP: true });
    await ex.open(`${release.server.url}${query}`);
    await page.locator(selector).first().waitFor();
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    assert.deepEqual(found, [], query);
  }
});

test('without JavaScript, the page lists the newest articles and their first quotes', async () => {
  session.allow(/\.js \(csp\)$/);
  const { page } = await session.open({ javaScriptEnabled: false });
  await page.goto(release.server.url);
  assert.equal(await page.title(), 'A synthetic collection of 1000 articles · Quote Explorer');
  assert.ok((await page.locator('.quote-card blockquote').count()) >= 3);
  assert.ok((await page.locator('.quote-card__source-link').count()) > 0);
});
