// The release page's article view: the whole default article, with a
// clean console and no failed or foreign request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useRelease, useSession } from './support/release.mjs';

const release = useRelease();
const session = useSession(release);

test('the first and the last paragraph are visible, and the page stays clean', async () => {
  const { page } = session;
  await page.goto(`${release.server.url}?view=article`);
  const paragraphs = page.locator('article p');
  await paragraphs.first().waitFor();
  assert.equal(await paragraphs.count(), 14);
  const first = paragraphs.first();
  const last = paragraphs.last();
  assert.match(await first.textContent(), /^Mikey Madison admits she’s no stranger to tears/);
  assert.match(await last.textContent(), /slipping away\.$/);
  assert.ok(await first.isVisible(), 'first paragraph visible');
  await last.scrollIntoViewIfNeeded();
  assert.ok(await last.isVisible(), 'last paragraph visible');
  await page.waitForLoadState('networkidle');
});
