// The quotes taken away as files, read back with the tools a researcher
// would use: CSV with a standard CSV reader, JSON against the schema kept
// in the repo, CSL-JSON rendered as a Chicago citation by citeproc-js,
// Markdown by its blockquotes. From the command line, then from the
// page's Download menu, which share one serialiser (`quotes::export`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { useRelease, useSession } from './support/release.mjs';
import { root } from './support/server.mjs';

const require = createRequire(import.meta.url);
const CSL = require('citeproc');
const chicago = require('style-chicago');
const enUS = require('locale-en-us');

const run = promisify(execFile);
const release = useRelease();
const session = useSession(release);
const BASE = 'https://example.org/quotes/';
const ARTICLES = [
  'content/mikey-madison-anora.txt',
  'content/night-ferry.txt',
  'tests/fixtures/album-review-titles.txt',
  'tests/fixtures/interrupted-and-continued.txt',
  'tests/fixtures/wire-report-flooding.txt',
  // A collection: each quote names its article.
  'content/riverside-housing',
];

/** What the command line prints for `article` in `format`. */
async function cli(article, format) {
  const args = ['run', '--quiet', '--bin', 'quotes', '--', article, '--format', format, '--base-url', BASE];
  const { stdout } = await run('cargo', args, { cwd: root, maxBuffer: 64 << 20 });
  return stdout;
}

/** The quotes as JSON lines: what every other format is checked against. */
async function rows(article) {
  return (await cli(article, 'jsonl'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** The schema's validator. */
async function validator() {
  const schema = JSON.parse(await readFile(path.join(root, 'schema/quotes.json'), 'utf8'));
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema);
}

/** Opens `link`, chooses `format` in the Download menu, and returns the file's name and text. */
async function download(link, format) {
  const { page, ex } = session;
  await ex.open(link);
  await page.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format, exact: true }).click()]);
  await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('the JSON file holds to schema/quotes.json, and its quotes are the JSON lines', async () => {
  const validate = await validator();
  for (const article of ARTICLES) {
    const file = JSON.parse(await cli(article, 'json'));
    assert.ok(validate(file), `${article}: ${JSON.stringify(validate.errors, null, 1)}`);
    assert.deepEqual(file.quotes, await rows(article), article);
    assert.equal(file.view, '');
  }
  const ferry = JSON.parse(await cli('content/night-ferry.txt', 'json'));
  assert.equal(ferry.article.publication, 'The Alder Gazette');
  // The schema refuses what it does not describe.
  assert.equal(validate({ ...ferry, extra: 1 }), false);
  assert.equal(validate({ ...ferry, quotes: [{ ...ferry.quotes[0], kind: 'poem' }] }), false);
});

/** A quote's permalink, naming its article in a collection. */
const permalink = (q) => `${BASE}?${q.article ? `article=${q.article}&` : ''}quote=${q.id}`;

test('the CSV file reads back with a standard reader: same rows, commas and quote marks included', async () => {
  for (const article of ARTICLES) {
    const text = await cli(article, 'csv');
    assert.ok(text.startsWith('\ufeff'), 'a byte-order mark for spreadsheets');
    assert.match(text, /\r\n$/);
    const records = parseCsv(text, { bom: true, columns: true });
    const expected = (await rows(article)).map((q) => ({
      id: q.id,
      quote: q.quote,
      speaker: q.speaker ?? '',
      role: q.role ?? '',
      kind: q.kind,
      themes: q.themes.join('; '),
      paragraph: String(q.paragraph + 1),
      cue: q.cue ?? '',
      permalink: permalink(q),
      // A collection's last column.
      ...(q.article ? { article: q.article } : {}),
    }));
    assert.deepEqual(records, expected, article);
  }
  // The seed's quotes hold commas, quote marks and dashes.
  const seed = parseCsv(await cli(ARTICLES[0], 'csv'), { bom: true, columns: true });
  assert.ok(seed.some((r) => r.quote.includes(',')));
});

test('the CSL-JSON file renders as a Chicago citation with citeproc-js', async () => {
  const items = JSON.parse(await cli('content/night-ferry.txt', 'csl-json'));
  const quotes = await rows('content/night-ferry.txt');
  assert.deepEqual(
    items.map((i) => i.abstract),
    quotes.map((q) => q.quote),
  );
  const byId = Object.fromEntries(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine({ retrieveLocale: () => enUS, retrieveItem: (id) => byId[id] }, chicago, 'en-US');
  engine.setOutputFormat('text');
  engine.updateItems([items[0].id]);
  const [, [entry]] = engine.makeBibliography();
  assert.equal(
    entry.trim(),
    'Nell Garrow. 2025. “Last Night Ferry to Wren Island Wins a Reprieve until October.” The Alder Gazette, ' +
      `March 14, 2025. ${BASE}?quote=${items[0].id}.`,
  );
  assert.equal(engine.makeCitationCluster([{ id: items[0].id }]), '(Nell Garrow 2025)');
  assert.equal(items[0].note, `Quote by ${quotes[0].speaker} (${quotes[0].role})`);
});

test('the Markdown file is a blockquote per quote, with who said it and its permalink', async () => {
  for (const article of ARTICLES) {
    const text = await cli(article, 'markdown');
    const quotes = await rows(article);
    const unescape = (line) => line.replace(/\\(.)/g, '$1');
    const blocks = text
      .split('\n')
      .filter((line) => line.startsWith('> ') && !line.startsWith('> — '))
      .map((line) => unescape(line.slice(2)));
    assert.deepEqual(
      blocks,
      quotes.map((q) => q.quote),
      article,
    );
    const credits = text.split('\n').filter((line) => line.startsWith('> — '));
    assert.equal(credits.length, quotes.length);
    for (const [i, q] of quotes.entries()) assert.ok(credits[i].endsWith(`[link](${permalink(q)})`), credits[i]);
  }
});

test('the page downloads a filtered view as CSV: every quote it shows, not only those on screen', async () => {
  const { name, text } = await download(`${release.server.url}?speaker=mikey-madison`, 'CSV (spreadsheet)');
  assert.match(name, /-quotes-speaker-mikey-madison\.csv$/);
  const records = parseCsv(text, { bom: true, columns: true });
  const expected = (await rows(ARTICLES[0])).filter((q) => q.speaker_id === 'mikey-madison');
  assert.ok(expected.length > 1);
  assert.deepEqual(
    records.map((r) => [r.id, r.quote, r.speaker]),
    expected.map((q) => [q.id, q.quote, q.speaker]),
  );
  for (const r of records) assert.equal(r.permalink, `${release.server.url}?quote=${r.id}`);
});

test('an opened article downloads as JSON that holds to the schema, its permalinks carrying it', async () => {
  const text = await readFile(path.join(root, 'tests/fixtures/city-council-vote.txt'));
  const packed = deflateRawSync(text).toString('base64url');
  const file = await download(`${release.server.url}?kind=statement#a=${packed}`, 'JSON');
  assert.match(file.name, /-quotes-kind-statement\.json$/);
  const json = JSON.parse(file.text);
  const validate = await validator();
  assert.ok(validate(json), JSON.stringify(validate.errors));
  assert.equal(json.view, 'kind=statement');
  assert.ok(json.quotes.length > 0);
  for (const q of json.quotes) {
    assert.equal(q.kind, 'statement');
    assert.equal(q.permalink, `${release.server.url}?quote=${q.id}#a=${packed}`);
  }
});
