// Another article, opened in the page the way a reader does it: pasted,
// chosen or dropped as a file, then filtered and shared as a link that
// carries the article in its fragment. And the ways it can go wrong: a
// forged or bombed link, a paste too large, a file that is not text, an
// article too long to go into a link.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';

const release = useRelease();
const session = useSession(release, { permissions: ['clipboard-read', 'clipboard-write'] });

const fixture = (name) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const counts = () => session.page.locator('.header__counts').textContent();
const featured = '5 quotes from 2 speakers';
const packed = (bytes) => deflateRawSync(bytes).toString('base64url');

async function showOpener() {
  const toggle = session.page.getByRole('button', { name: 'Open another article' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return session.page.getByRole('textbox', { name: 'Article text' });
}

/** Pastes `text` into the text area, as one input event (fill() types large texts slowly). */
async function paste(text) {
  await (await showOpener()).evaluate((area, text) => {
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await session.page.getByRole('button', { name: 'Open this text' }).click();
}

/** Waits for the opened article's header, with `expected` counts: an
 * article opened over another one replaces a header already there. */
async function opened(expected) {
  await session.page.locator('.header__opened').waitFor();
  await session.page.locator('.header__counts', { hasText: expected }).waitFor();
  assert.equal(await counts(), expected);
}

test('a pasted article is explored, filtered, and its link reopens it with the filters', async () => {
  await session.ex.open(release.server.url);
  await paste(await fixture('city-council-vote.txt'));
  await opened('7 quotes from 3 speakers');
  assert.match(new URL(session.page.url()).hash, /^#a=[\w-]+$/);
  // The new article's speakers and themes are the filters now.
  await session.ex.checkbox('Speaker', 'Tom Reyes').check();
  await session.page.waitForFunction(() => location.search === '?speaker=tom-reyes');
  assert.equal(await session.ex.cards().count(), 2);
  const cards = await session.ex.cardTexts();
  // Search works on it too.
  await session.ex.search().fill('shop owners');
  await session.page.locator('.results mark').first().waitFor();
  await session.ex.search().fill('');
  await session.page.waitForFunction(() => location.search === '?speaker=tom-reyes');

  await session.page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await session.page.getByText('Link to this view copied.').waitFor();
  const link = await session.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, session.page.url());
  assert.match(link, /\?speaker=tom-reyes#a=/);

  // A fresh page, as the person the link was sent to.
  const other = await session.open({});
  const theirs = other.ex;
  await theirs.open(link);
  await other.page.locator('.header__opened').waitFor();
  assert.equal(await other.page.locator('.header__counts').textContent(), '7 quotes from 3 speakers');
  assert.equal(await theirs.checkbox('Speaker', 'Tom Reyes').isChecked(), true);
  assert.deepEqual(await theirs.cardTexts(), cards);
  // Reloading keeps it all, and Back leaves for the featured article.
  await theirs.reload();
  assert.deepEqual(await theirs.cardTexts(), cards);
  await other.context.close();

  await session.page.goBack(); // the speaker filter
  await session.page.goBack(); // the article's default view
  await session.page.waitForFunction(() => location.search === '');
  await opened('7 quotes from 3 speakers');
  await session.page.goBack(); // the featured article
  await session.page.locator('.header__opened').waitFor({ state: 'detached' });
  assert.equal(await counts(), featured);
});

test('the page keeps the last four opened articles; Back to an older one reads it again', async () => {
  await session.ex.open(release.server.url);
  const reads = () => session.page.evaluate(() => performance.getEntriesByName('quotes:open', 'measure').length);
  // Which article is shown: its counts and first quote. The page stays
  // one document throughout, so this is set once.
  await session.page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent;
    window.signature = () =>
      document.querySelector('.header__opened') && `${text('.header__counts')} ${text('.quote-card')}`;
  });
  const signature = () => session.page.evaluate(() => window.signature());
  const names = ['album-review-titles', 'british-single-quotes', 'city-council-vote'];
  names.push('interrupted-and-continued', 'tech-ceo-pronouns', 'wire-report-flooding');
  const shown = [];
  for (const name of names) {
    const before = await signature();
    await paste(await fixture(`${name}.txt`));
    await session.page.waitForFunction((before) => window.signature() && window.signature() !== before, before);
    shown.push(await signature());
  }
  assert.equal(new Set(shown).size, names.length, 'the fixtures differ');
  const step = async (go, at, read) => {
    const before = await reads();
    await (go === 'back' ? session.page.goBack() : session.page.goForward());
    await session.page.waitForFunction((expected) => window.signature() === expected, shown[at]);
    assert.equal((await reads()) - before, read ? 1 : 0, `${go} to article ${at + 1}`);
  };
  // Kept: the 3rd to the 6th. Back to them is instant; the 2nd and the
  // 1st were let go, and each goes in turn for one less recently shown.
  await step('back', 4, false);
  await step('back', 3, false);
  await step('back', 2, false);
  await step('back', 1, true);
  await step('back', 0, true);
  // The 6th and 5th went for them; the 3rd and 4th were shown since.
  await step('forward', 1, false);
  await step('forward', 2, false);
  await step('forward', 3, false);
  await step('forward', 4, true);
});

test('the way back to the featured article, and its permalinks carry the article', async () => {
  await session.ex.open(release.server.url);
  const title = await session.page.title();
  await paste(await fixture('tech-ceo-pronouns.txt'));
  await session.page.locator('.header__opened').waitFor();
  // The tab no longer names the featured article, and focus is on the new title.
  assert.equal(await session.page.title(), 'An article you opened · Quote Explorer');
  await session.page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  // In-page links keep the article: a card's permalink opens in place.
  const permalink = session.ex.cards().first().locator('a.quote-card__permalink');
  assert.match(await permalink.getAttribute('href'), /^\?quote=[\w-]+#a=[\w-]+$/);
  // A confirmation said just before the article changes is cleared 5 s
  // later, after the view that said it is gone: no panic then.
  await session.page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await session.page.getByText('Link to this view copied.').waitFor();
  await session.page.getByRole('button', { name: 'Back to the featured article' }).click();
  await session.page.locator('.header__opened').waitFor({ state: 'detached' });
  assert.equal(await counts(), featured);
  assert.equal(new URL(session.page.url()).hash, '');
  assert.equal(await session.page.title(), title);
  await session.page.waitForTimeout(5500);
});

test('a chosen .txt file opens, and so does one dropped on the page', async () => {
  await session.ex.open(release.server.url);
  await showOpener();
  await session.page.getByLabel('Or choose a .txt file').setInputFiles({
    name: 'flooding.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(await fixture('wire-report-flooding.txt')),
  });
  await opened('8 quotes from 6 speakers');

  // Dropped anywhere on the page, with an overlay while it is dragged.
  const text = await fixture('city-council-vote.txt');
  await session.page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'council.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.dropData = data;
  }, text);
  await session.page.getByText('Drop the .txt file to open it').waitFor();
  await session.page.evaluate(() =>
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: window.dropData, bubbles: true, cancelable: true })),
  );
  await opened('7 quotes from 3 speakers');
  await session.page.getByText('Drop the .txt file to open it').waitFor({ state: 'detached' });
});

test('text that cannot be opened says why and keeps the current article', async () => {
  await session.ex.open(release.server.url);
  const alert = session.page.locator('.opener__error');
  await paste('x'.repeat(210 * 1024));
  await alert.getByText('This text is 210 KB; the explorer opens articles of up to 200 KB.').waitFor();
  await paste('   ');
  await alert.getByText('There is no text to read.').waitFor();
  await paste('Nobody said anything at all in this article.');
  await alert.getByText(/No quotations were found in this text/).waitFor();
  await session.page.getByLabel('Or choose a .txt file').setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x22, 0x68, 0x69, 0x22]),
  });
  await alert.getByText('latin1.txt is not UTF-8 text. Save it as plain text (UTF-8) and try again.').waitFor();
  await session.page.getByLabel('Or choose a .txt file').setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(300 * 1024, 'a'),
  });
  await alert.getByText('huge.txt is 300 KB; the explorer opens articles of up to 200 KB.').waitFor();
  assert.equal(await counts(), featured);
  assert.equal(new URL(session.page.url()).hash, '');
});

test('forged, damaged and bombed links give a notice and the featured article', async () => {
  const cases = [
    ['#a=not*base64', 'it is damaged (not base64url text)'],
    ['#a=AAAA', 'it is damaged or cut short (not deflate data)'],
    [`#a=${packed(Buffer.alloc(20 << 20, ' '))}`, 'it unpacks to more text than the explorer opens'],
    [`#a=${packed(Buffer.from([0x63, 0x61, 0x66, 0xe9]))}`, 'it does not unpack to UTF-8 text'],
    [`#a=${packed(Buffer.from('No quotes in here.'))}`, 'has no quotations to show'],
  ];
  for (const [fragment, why] of cases) {
    await session.ex.open(`${release.server.url}?view=article${fragment}`);
    await session.page.locator('.notice').getByText(why).waitFor();
    await session.page.getByText('The featured article is shown instead.').waitFor();
    assert.equal(await counts(), featured);
    // The bad fragment is gone from the address bar; the rest of the link applies.
    assert.equal(new URL(session.page.url()).hash, '');
    assert.equal(session.ex.query(), 'view=article');
  }
});

test('a reader that cannot start says so, and the featured article is shown', async () => {
  // The worker's wasm fails to load (as when the browser is out of wasm
  // memory): its loader tells the page, which must not wait for ever.
  await session.page.route('**/quotes-worker-*_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  const link = `${release.server.url}#a=${packed(await fixture('city-council-vote.txt'))}`;
  await session.ex.open(link);
  await session.page.locator('.notice').getByText('The article reader could not start in this browser.').waitFor();
  await session.page.getByText('The featured article is shown instead.').waitFor();
  assert.equal(await counts(), featured);
});

test('a worker cached from an older deploy is refused, and the reader told to reload', async () => {
  // The loader a browser kept from before the page was redeployed starts
  // a worker that speaks older messages: one from before versions says a
  // bare "ready".
  await session.page.route('**/quotes-worker-loader*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: "postMessage('ready');" }),
  );
  const link = `${release.server.url}#a=${packed(await fixture('city-council-vote.txt'))}`;
  await session.ex.open(link);
  await session.page
    .locator('.notice')
    .getByText('The article reader is from another version of this page. Reload the page to open articles.')
    .waitFor();
  assert.equal(await counts(), featured);
  // Loaded anew, the page gets the worker of its own deploy.
  await session.page.unroute('**/quotes-worker-loader*.js');
  // (Leaving mid-load would abort what is still loading: a test's doing.)
  await session.page.waitForLoadState('networkidle');
  await session.page.goto('about:blank');
  await session.ex.open(link);
  await opened('7 quotes from 3 speakers');
});

test('every file the page loads is named by its content, the worker’s too', async () => {
  const loaded = [];
  session.page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await session.ex.open(`${release.server.url}#a=${packed(await fixture('city-council-vote.txt'))}`);
  await opened('7 quotes from 3 speakers');
  const files = loaded.filter((name) => name !== '/');
  for (const kind of ['quotes-web-', 'quotes-worker-loader-', 'quotes-worker-', '_bg.wasm', '.css']) {
    assert.ok(files.some((name) => name.includes(kind)), `${kind} in ${files}`);
  }
  for (const name of files) assert.match(name, /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/);
});

test('an article too long for a link opens, and sharing it says why it cannot', async () => {
  // Random words pack badly: about 150 KB of them exceed what a link holds.
  const letters = randomBytes(150 * 1024);
  const paragraphs = [];
  for (let at = 0; at < letters.length; at += 80) {
    const words = [...letters.subarray(at, at + 80)]
      .map((b, i) => (i % 6 === 5 ? ' ' : String.fromCharCode(97 + (b % 26))))
      .join('');
    paragraphs.push(`“${words.trim()},” said Ann Lee.`);
  }
  await session.ex.open(release.server.url);
  await paste(paragraphs.join('\n\n'));
  await session.page.locator('.header__warning').getByText(/too long to share as a link/).waitFor();
  await session.page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await session.page.locator('.toast').getByText(/too long to share as a link: it packs to \d+ KB, and links hold up to 64 KB/).waitFor();
  // It still survives a reload in this tab.
  await session.ex.reload();
  await session.page.locator('.header__warning').waitFor();
});
