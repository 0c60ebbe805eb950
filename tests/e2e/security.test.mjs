// The release build under its strict Content-Security-Policy: every view
// loads and works with no violation and no request outside the origin.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { useRelease, useSession } from './support/release.mjs';
import { IDS } from './support/explorer.mjs';

const release = useRelease();
const session = useSession(release);

const VIEWS = [
  '',
  '?speaker=mikey-madison&theme=tears',
  '?view=article&kind=statement',
  '?q=zebra',
  `?quote=${IDS.numb}`,
  '?speaker=producer&embed=1',
  '?speaker=producer&embed=1&controls=0&theme=dark',
  '?speaker=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  `?view=article#a=${deflateRawSync('“It works,” Ann Lee said. “<b>Bold</b>,” she added.').toString('base64url')}`,
];

test('index.html carries a strict policy: no inline script, no unsafe-inline', async () => {
  const response = await session.page.request.get(release.server.url);
  const html = await response.text();
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, 'a CSP meta tag');
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script is a file');
});

test('the build tells hosts its headers: the policy, caching by name, wasm typed', async () => {
  const { page } = session;
  const get = async (name) => (await page.request.get(`${release.server.url}${name}`)).headers();
  const html = await get('');
  const policy = (await (await page.request.get(release.server.url)).text()).match(
    /http-equiv="Content-Security-Policy" content="([^"]+)"/,
  )?.[1];
  assert.equal(html['content-security-policy'], policy, 'the meta policy, as a header');
  assert.equal(html['x-content-type-options'], 'nosniff');
  assert.equal(html['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.equal(html['cache-control'], 'no-cache');
  assert.equal(html['x-frame-options'], undefined, 'blogs may frame the page');
  assert.doesNotMatch(policy, /frame-ancestors/);
  assert.equal((await get('embed.js'))['cache-control'], 'no-cache');
  const rules = await (await page.request.get(`${release.server.url}_headers`)).text();
  const names = rules.match(/^\/[^\s]+_bg\.wasm$/gm);
  assert.equal(names?.length, 3, "the page's, the second bundle's and the worker's wasm");
  for (const name of names) {
    const headers = await get(name.slice(1));
    assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(headers['content-type'], 'application/wasm');
  }
});

for (const view of VIEWS) {
  test(`${view || 'the default view'} loads and works under the policy`, async () => {
    const { page, ex } = session;
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    await ex.open(`${release.server.url}${view}`);
    // Interact, so event handlers and dynamic markup run under the policy too.
    const overview = page.locator('.overview__cell:not([disabled])').first();
    if (await overview.count()) await overview.click();
    const context_ = page.getByText('In context').first();
    if (await context_.count()) await context_.click();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
  });
}

test('an opened article is only ever text: markup in it is shown, never run', async () => {
  const { page, ex } = session;
  const markup = '<img src=x onerror=window.ran=1><script>window.ran=2</script>';
  const text = `“${markup},” Ann Lee said.\n\n<iframe src="https://example.org"></iframe>`;
  await ex.open(`${release.server.url}#a=${deflateRawSync(text).toString('base64url')}`);
  await page.locator('.header__opened').waitFor();
  await page.getByText(markup).first().waitFor();
  await page.getByRole('tab', { name: 'Article' }).or(page.getByRole('link', { name: 'Article' })).first().click();
  await page.getByText('<iframe src="https://example.org"></iframe>').waitFor();
  assert.equal(await page.locator('main img, main script, main iframe').count(), 0);
  assert.equal(await page.evaluate(() => window.ran), undefined);
});
