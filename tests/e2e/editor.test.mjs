// The editors' command: `./run build ARTICLE.txt` makes a site for any
// article. The second sample, built by `./run test` into target/dist-sample,
// must carry its own head tags and quotes (the figures come from the CLI);
// an article that cannot make a site must stop the command before the build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';
import { root } from './support/server.mjs';

const SAMPLE = 'content/night-ferry.txt';
const TITLE = 'Last night ferry to Wren Island wins a reprieve until October';
const dist = path.join(root, 'target/dist-sample');
const release = useRelease({ dir: dist });
const session = useSession(release);
const run = promisify(execFile);

/** What the CLI finds in the sample: its quotes, and each speaker's count in order. */
async function cliFigures() {
  const { stdout } = await run('cargo', ['run', '--quiet', '--bin', 'quotes', '--', SAMPLE, '--format', 'jsonl'], {
    cwd: root,
  });
  const quotes = stdout.trim().split('\n').map((line) => JSON.parse(line));
  const speakers = new Map();
  for (const q of quotes) if (q.speaker) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
  return { quotes, speakers };
}

/** The `content` of the head's meta tag with this name or property. */
function meta(html, key) {
  const tag = html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`));
  return tag?.[1];
}

test('the sample site carries its own title, author and link-preview tags', async () => {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const { quotes, speakers } = await cliFigures();
  const [first, second] = speakers.keys();
  const description =
    `${quotes.length} quotations from ${first}, ${second} and ${speakers.size - 2} others in “${TITLE}”, ` +
    'by speaker and theme: filter them, read them in context, share them.';
  assert.match(html, new RegExp(`<title>${TITLE} · Quote Explorer</title>`));
  assert.equal(meta(html, 'author'), 'Nell Garrow');
  assert.equal(meta(html, 'description'), description);
  assert.equal(meta(html, 'og:type'), 'website');
  assert.equal(meta(html, 'og:site_name'), 'Quote Explorer');
  assert.equal(meta(html, 'og:title'), `${TITLE} · Quote Explorer`);
  assert.equal(meta(html, 'og:description'), description);
  assert.equal(meta(html, 'twitter:card'), 'summary');
  assert.equal(meta(html, 'twitter:title'), `${TITLE} · Quote Explorer`);
  assert.equal(meta(html, 'twitter:description'), description);
  assert.equal(html.match(/<title>/g).length, 1, 'one title');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  // The sidecar gives no url, and nothing in the page may come from the default article.
  assert.equal(meta(html, 'og:url'), undefined);
  assert.doesNotMatch(html, /Mikey|Madison|Anora|Sean Baker/);
});

test('the sample site shows the quotes and speakers the CLI finds', async () => {
  const { quotes, speakers } = await cliFigures();
  const { page, ex } = session;
  await ex.open(release.server.url);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), TITLE);
  await page.getByText(`${quotes.length} quotes from ${speakers.size} speakers`).waitFor();
  await page.getByText(`Showing all ${quotes.length} quotes`).first().waitFor();
  assert.equal(await page.getByRole('group', { name: 'Speaker', exact: true }).getByRole('checkbox').count(), speakers.size);
  for (const [name, count] of speakers) {
    const option = page.getByRole('checkbox', { name: `${name} ${count}`, exact: true });
    assert.equal(await option.count(), 1, `${name} with ${count} quotes`);
  }
  // A speaker's filter shows their quotes, the one over two paragraphs whole.
  await ex.checkbox('Speaker', 'Fiona Baird').check();
  await ex.waitForQuery('speaker=fiona-baird');
  const baird = quotes.filter((q) => q.speaker === 'Fiona Baird').map((q) => q.quote);
  assert.deepEqual(await ex.cardTexts(), baird);
  assert.match(baird.join(' '), /evening class\. Two lads .* one early night at a time\./);
});

// Articles that cannot make a site, written to a fresh folder.
const scratch = await mkdtemp(path.join(os.tmpdir(), 'quotes-editor-'));
after(() => rm(scratch, { recursive: true, force: true }));

const FAILURES = [
  { name: 'a missing file', file: 'missing.txt', files: {}, names: 'missing.txt' },
  { name: 'an empty file', file: 'empty.txt', files: { 'empty.txt': '\n  \n' }, names: 'empty.txt' },
  {
    name: 'a file that is not UTF-8',
    file: 'latin1.txt',
    files: { 'latin1.txt': Buffer.from('"Oui," dit Ren\xe9.\n', 'latin1') },
    names: 'latin1.txt',
  },
  {
    name: 'a sidecar with an unknown key',
    file: 'typo.txt',
    files: {
      'typo.txt': '“We heard you,” said Isobel Tranter.\n',
      'typo.toml': 'title = "Ferry"\nautor = "Nell Garrow"\n',
    },
    names: 'typo.toml:2',
  },
];

for (const { name, file, files, names } of FAILURES) {
  test(`./run build stops with one error line, before building, on ${name}`, async () => {
    const dir = await mkdtemp(path.join(scratch, 'case-'));
    for (const [file, content] of Object.entries(files)) await writeFile(path.join(dir, file), content);
    const out = path.join(dir, 'dist');
    const result = await run(path.join(root, 'run'), ['build', path.join(dir, file), '--dist', out], {
      cwd: root,
    }).then(
      () => ({ code: 0 }),
      (error) => error,
    );
    assert.notEqual(result.code, 0, 'a failing exit status');
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
    assert.equal(errors.length, 1, result.stderr);
    assert.ok(errors[0].includes(path.join(dir, names)), errors[0]);
    assert.doesNotMatch(result.stderr, /panicked|release build/);
    assert.ok(!existsSync(out), 'no dist folder');
  });
}
