// Accessibility: axe-core finds no violation in any view, light or dark,
// and a keyboard-only reader can do the main journey with a visible focus.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { useRelease, useSession } from './support/release.mjs';
import { IDS } from './support/explorer.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const release = useRelease();
const session = useSession(release, { permissions: ['clipboard-read', 'clipboard-write'] });

const VIEWS = {
  default: '',
  filtered: '?speaker=mikey-madison&theme=tears&q=tears',
  article: '?view=article&speaker=producer',
  sources: '?view=sources',
  empty: '?q=zebra',
  permalink: `?quote=${IDS.star}`,
  embed: '?speaker=mikey-madison&embed=1',
  'fixed embed': '?speaker=producer&embed=1&controls=0',
  'opened article': `?speaker=tom-reyes#a=${deflateRawSync(
    await readFile(new URL('../fixtures/city-council-vote.txt', import.meta.url)),
  ).toString('base64url')}`,
};

/** Views reached by doing something, after opening the default view. */
const ACTIONS = {
  'open another article, with an error': async (page) => {
    await page.getByRole('button', { name: 'Open another article' }).click();
    await page.getByRole('textbox', { name: 'Article text' }).fill('Nobody said anything.');
    await page.getByRole('button', { name: 'Open this text' }).click();
    await page.locator('.opener__error').waitFor();
  },
};

/** Runs axe in the page and returns its violations, one line each. */
async function violations(page) {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return found;
}

for (const colorScheme of ['light', 'dark']) {
  const cases = [
    ...Object.entries(VIEWS).map(([name, query]) => [name, query, null]),
    ...Object.entries(ACTIONS).map(([name, act]) => [name, '', act]),
  ];
  for (const [name, query, act] of cases) {
    test(`axe finds no violation: ${name} view, ${colorScheme}`, async () => {
      // axe is injected as a script, which the page's own CSP rightly forbids.
      const { page, ex } = await session.open({ colorScheme, bypassCSP: true });
      await ex.open(`${release.server.url}${query}`);
      if (act) await act(page);
      // Open the disclosures too, so their contents are checked.
      for (const summary of await page.locator('details.context > summary').all()) await summary.click();
      assert.deepEqual(await violations(page), []);
    });
  }
}

test('keyboard only: tab to a speaker, tick it, reach a permalink and copy it, focus always visible', async () => {
  const { page, ex } = session;
  await ex.open(release.server.url);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return { text: '', ring: true, body: true };
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const text = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent;
      return { text: text.trim(), ring };
    });
  const tabTo = async (match, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      assert.ok(now.ring, `a visible focus ring on “${now.text}”`);
      if (match(now.text)) return;
    }
    assert.fail('never reached the target with Tab');
  };
  await tabTo((t) => t?.startsWith('a producer'));
  await page.keyboard.press('Space');
  await ex.waitForQuery('speaker=producer');
  await tabTo((t) => t === 'Permalink to this quote');
  await tabTo((t) => t === 'Copy link');
  await page.keyboard.press('Enter');
  await page.getByText('Link to the quote copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${release.server.url}?quote=${IDS.producer}`);
});
