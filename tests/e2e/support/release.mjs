// The shared set-up of every end-to-end file: the release build served on
// loopback and one Chromium, started before the file's tests and stopped
// after them; and, for files that want one, a fresh page for each test.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { Explorer } from './explorer.mjs';
import { serve } from './server.mjs';

/** Registers the hooks; the returned object's `server` and `browser` are set once they run. */
export function useRelease(options) {
  const release = {};
  before(async () => {
    release.server = await serve(options);
    release.browser = await launch();
  });
  after(async () => {
    await release.browser?.close();
    await release.server?.close();
  });
  return release;
}

/**
 * Registers a fresh page for each test of the file: the returned object's
 * `page`, `context`, `problems` (see `openPage`) and `ex` (its page object)
 * are set before each test. After it, the page must have had no problem;
 * its context is closed whatever the test did.
 */
export function useSession(release, contextOptions) {
  const session = {};
  beforeEach(async () => {
    Object.assign(session, await openPage(release.browser, release.server.url, contextOptions));
    session.ex = new Explorer(session.page);
  });
  afterEach(async () => {
    try {
      assert.deepEqual(session.problems, []);
    } finally {
      await session.context.close();
    }
  });
  return session;
}
