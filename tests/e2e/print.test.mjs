// Printing the page gives paper the quotes the view shows, with who said
// them and each one's permalink as text, the active filters named above
// them, and none of the controls, the matrix or the menus; a long list is
// printed whole although the screen only ever holds a window of it. Read
// from Chromium's PDF with pdftotext (poppler-utils).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { IDS } from './support/explorer.mjs';
import { useRelease, useSession } from './support/release.mjs';

const release = useRelease();
const run = promisify(execFile);
const session = useSession(release);

/** The page printed to PDF, as the text pdftotext reads from it, and its page count. */
async function printed() {
  const dir = await mkdtemp(path.join(tmpdir(), 'print-'));
  try {
    const file = path.join(dir, 'page.pdf');
    await writeFile(file, await session.page.pdf({ format: 'A4' }));
    const { stdout } = await run('pdftotext', [file, '-'], { maxBuffer: 64 << 20 });
    const { stdout: info } = await run('pdfinfo', [file]);
    return { text: stdout.replace(/\s+/g, ' '), pages: Number(info.match(/Pages:\s+(\d+)/)?.[1]) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a filtered view prints its quotes, speakers, permalinks and filters, and no controls', async () => {
  await session.ex.open(`${release.server.url}?speaker=mikey-madison`);
  const { text } = await printed();
  for (const words of ['I was holding it in', 'Mikey Madison', 'Speaker Mikey Madison', 'Showing 3 of 5 quotes']) {
    assert.ok(text.includes(words), `${words} in ${text}`);
  }
  // The producer's quote is filtered out.
  assert.ok(!text.includes(IDS.producer), text);
  const permalinks = text.match(/Permalink: \S+/g) ?? [];
  assert.equal(permalinks.length, 3, text);
  for (const link of permalinks) assert.match(link, new RegExp(`^Permalink: ${release.server.url}\\?quote=[a-z0-9-]+$`));
  for (const control of ['Copy link', 'Download', 'Embed', 'Who speaks on what', 'Search quotes', 'Clear all', 'In context', 'Open another article']) {
    assert.ok(!text.includes(control), `no ${control} on paper`);
  }
});

test('a long, windowed list prints every quote, and the screen keeps its window after', async () => {
  const quotes = 120;
  const article = Array.from({ length: quotes }, (_, i) => `“Number ${i + 1} is about the ferry,” said Ada Moss.`).join('\n\n');
  await session.ex.open(`${release.server.url}#a=${deflateRawSync(Buffer.from(article)).toString('base64url')}`);
  await session.page.locator('.header__opened').waitFor();
  const onScreen = () => session.page.locator('.results__item').count();
  const before = await onScreen();
  assert.ok(before < quotes, `a window of ${before} cards`);
  const { text, pages } = await printed();
  for (let n = 1; n <= quotes; n++) assert.ok(text.includes(`Number ${n} is about`), `quote ${n} printed`);
  assert.ok(pages > 1);
  // An opened article's links carry its whole text: not printed.
  assert.ok(!text.includes('Permalink:'), 'no permalinks for an opened article');
  await session.page.waitForFunction((n) => document.querySelectorAll('.results__item').length < n, quotes);
});
