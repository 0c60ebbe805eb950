// Sharing and embedding as a reader and a blogger do it: copy a link, copy
// a quote with its citation, download a quote card, and set the explorer
// into a blog post whose iframes size themselves.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';
import { IDS } from './support/explorer.mjs';

const release = useRelease();
const session = useSession(release, {
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });

const clipboard = () => session.page.evaluate(() => navigator.clipboard.readText());

test('copy link puts the current view on the clipboard and says so', async () => {
  await session.ex.open(`${release.server.url}?kind=phrase`);
  await session.page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await session.page.getByText('Link to this view copied.').waitFor();
  assert.equal(await clipboard(), `${release.server.url}?kind=phrase`);
  // Each card copies its own permalink.
  await session.ex.cards().first().getByRole('button', { name: 'Copy link' }).click();
  await session.page.getByText('Link to the quote copied.').waitFor();
  assert.equal(await clipboard(), `${release.server.url}?quote=${IDS.star}`);
});

test('copy link falls back to a selection copy where the Clipboard API is missing', async () => {
  await session.page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    document.addEventListener('copy', (event) => {
      window.copied = event.target.value ?? document.getSelection().toString();
    });
  });
  await session.ex.open(`${release.server.url}?speaker=producer`);
  await session.page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await session.page.getByText('Link to this view copied.').waitFor();
  assert.equal(await session.page.evaluate(() => window.copied), `${release.server.url}?speaker=producer`);
});

test('copy quote gives the quote with its citation, in each format', async () => {
  await session.ex.open(release.server.url);
  const card = session.ex.cards().nth(1);
  const copyAs = async (format) => {
    await card.getByText('Copy quote').click();
    await card.getByRole('button', { name: format }).click();
    await session.page.getByText('Quote copied with its citation.').waitFor();
    return clipboard();
  };
  const link = `${release.server.url}?quote=${IDS.holding}`;
  assert.equal(
    await copyAs('Chicago citation'),
    `“I was holding it in, which I had never done before” Mikey Madison, quoted in ${link}.`,
  );
  assert.equal(
    await copyAs('Plain text'),
    `“I was holding it in, which I had never done before”\n— Mikey Madison\n${link}`,
  );
  assert.equal(
    await copyAs('Markdown'),
    `> “I was holding it in, which I had never done before”\n>\n> — **Mikey Madison**, [Quote Explorer](${link})`,
  );
});

test('download card saves a 1200×630 PNG of the quote', async () => {
  await session.ex.open(release.server.url);
  const [download] = await Promise.all([
    session.page.waitForEvent('download'),
    session.ex.cards().nth(4).getByRole('button', { name: 'Download card' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `quote-${IDS.producer}.png`);
  const png = await readFile(await download.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.readUInt32BE(16), 1200);
  assert.equal(png.readUInt32BE(20), 630);
});

test('the embed snippet is ready to paste: a titled lazy iframe and the script', async () => {
  await session.ex.open(`${release.server.url}?theme=tears`);
  await session.page.getByText('Embed', { exact: true }).click();
  const code = await session.page.getByRole('textbox', { name: 'Paste this into your page:' }).inputValue();
  assert.match(code, new RegExp(`<iframe src="${release.server.url}\\?theme=tears&amp;embed=1" title="[^"]+" loading="lazy"`));
  assert.match(code, new RegExp(`<script src="${release.server.url}embed.js" async></script>`));
  await session.page.getByLabel('Let readers change the filters').uncheck();
  const fixed = await session.page.getByRole('textbox', { name: 'Paste this into your page:' }).inputValue();
  assert.match(fixed, /embed=1&amp;controls=0"/);
});

test('the embed and download panels stay on screen at every width', async () => {
  // With the browser's own "Share…" button the bar is widest and wraps.
  await session.page.addInitScript(() => {
    navigator.share = async () => {};
  });
  for (const width of [375, 560, 632, 720, 800, 900, 1000, 1280]) {
    await session.page.setViewportSize({ width, height: 900 });
    await session.ex.open(release.server.url);
    for (const [button, panel] of [
      ['Embed', '.embed-code__panel'],
      ['Download', '.download__panel'],
    ]) {
      await session.page.getByText(button, { exact: true }).click();
      const box = await session.page.locator(panel).boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width, `${button} at ${width}px: ${box.x}..${box.x + box.width}`);
      await session.page.getByText(button, { exact: true }).click();
    }
  }
});

test('the embed is compact, keeps the filters, and opens the full explorer in a new tab', async () => {
  await session.ex.open(`${release.server.url}?speaker=mikey-madison&embed=1`);
  assert.equal(await session.page.locator('.masthead').count(), 0);
  assert.equal(await session.ex.cards().count(), 3);
  const open = session.page.getByRole('link', { name: /Open full explorer/ });
  assert.equal(await open.getAttribute('href'), `${release.server.url}?speaker=mikey-madison`);
  assert.equal(await open.getAttribute('target'), '_blank');
  assert.equal(await open.getAttribute('rel'), 'noopener');
  await session.page.getByText('Filters', { exact: true }).click();
  await session.ex.checkbox('Kind', 'Statement').check();
  await session.ex.waitForQuery('speaker=mikey-madison&kind=statement&embed=1');
  assert.equal(await open.getAttribute('href'), `${release.server.url}?speaker=mikey-madison&kind=statement`);
});

test('controls=0 fixes the slice: no filters, no search, themes as labels', async () => {
  await session.ex.open(`${release.server.url}?speaker=producer&embed=1&controls=0`);
  assert.equal(await session.ex.cards().count(), 1);
  assert.equal(await session.page.getByRole('searchbox').count(), 0);
  assert.equal(await session.page.getByRole('checkbox').count(), 0);
  assert.equal(await session.ex.cards().getByRole('button', { name: 'Anora' }).count(), 0);
  assert.equal(await session.page.getByRole('link', { name: /Open full explorer/ }).count(), 1);
});

test('theme=dark forces the dark scheme; odd embed values fall back quietly', async () => {
  await session.ex.open(`${release.server.url}?embed=1&theme=dark`);
  const background = () =>
    session.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), 'rgb(22, 21, 19)');
  await session.ex.open(`${release.server.url}?embed=yes&controls=maybe&theme=light`);
  assert.equal(await session.page.locator('.masthead').count(), 1, 'not an embed');
  assert.equal(await background(), 'rgb(251, 250, 247)');
  assert.equal(await session.page.getByRole('alert').count(), 0, 'no notice for odd embed values');
});

test('the blog page’s iframes take their content’s height and ignore forged messages', async () => {
  const page = session.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${release.server.url}examples/blog-post.html`);
  const fits = (id) =>
    page.waitForFunction((id) => {
      const frame = document.getElementById(id);
      const root = frame.contentDocument?.documentElement;
      return root?.querySelector('.quote-card') && frame.style.height === `${root.scrollHeight}px`;
    }, id);
  for (const id of ['embed-full', 'embed-fixed']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await fits(id);
  }
  const heights = () =>
    page.evaluate(() => ['embed-full', 'embed-fixed'].map((id) => document.getElementById(id).style.height));
  const before = await heights();
  assert.notEqual(before[0], before[1], 'each frame has its own height');

  // Forged: from the page itself, from a stranger frame, and bad shapes from a real frame.
  await page.evaluate(() => {
    window.postMessage({ type: 'quote-explorer:height', height: 5 }, '*');
    const stranger = document.createElement('iframe');
    stranger.srcdoc = `<script>parent.postMessage({type:'quote-explorer:height',height:7},'*')<\/script>`;
    document.body.append(stranger);
  });
  const real = await (await page.$('#embed-full')).contentFrame();
  await real.evaluate(() => {
    parent.postMessage({ type: 'quote-explorer:height', height: '9' }, '*');
    parent.postMessage({ type: 'quote-explorer:height', height: 1e9 }, '*');
    parent.postMessage({ type: 'other', height: 9 }, '*');
    parent.postMessage('quote-explorer:height 9', '*');
  });
  await page.waitForTimeout(300);
  assert.deepEqual(await heights(), before);
});

test('the page carries Open Graph and Twitter tags', async () => {
  await session.ex.open(release.server.url);
  assert.match(await session.page.locator('meta[property="og:title"]').getAttribute('content'), /Quote Explorer/);
  assert.equal(await session.page.locator('meta[name="twitter:card"]').getAttribute('content'), 'summary');
});
