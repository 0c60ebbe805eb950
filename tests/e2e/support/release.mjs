// The shared set-up of every end-to-end file: the release build served on
// loopback and one Chromium, started before the file's tests and stopped
// after them; and a fresh page for each test, closed whatever it did.
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
 * are set before each test, opened with `contextOptions`. A test that needs
 * another page (other options, another origin, a second reader) opens it
 * with `session.open(contextOptions, { origin })`, which returns the same
 * four. After each test, every page it had must have had no problem but
 * those the test's own doing: matched by `allow` (a RegExp, for the whole
 * file) or by one given to `session.allow` during the test. And every
 * context is closed, whatever the test did, so a failure leaks none.
 */
export function useSession(release, contextOptions, { allow } = {}) {
  let pages = [];
  let allowed = [];
  const session = {
    async open(options = contextOptions, { origin = release.server.url } = {}) {
      const opened = await openPage(release.browser, origin, options);
      opened.ex = new Explorer(opened.page);
      pages.push(opened);
      return opened;
    },
    allow(pattern) {
      allowed.push(pattern);
    },
  };
  beforeEach(async () => {
    pages = [];
    allowed = allow ? [allow] : [];
    Object.assign(session, await session.open());
  });
  afterEach(async () => {
    try {
      for (const { problems } of pages) {
        assert.deepEqual(
          problems.filter((p) => !allowed.some((pattern) => pattern.test(p))),
          [],
        );
      }
    } finally {
      // Closing a context twice does no harm: a test may close one early.
      await Promise.allSettled(pages.map(({ context }) => context.close()));
    }
  });
  return session;
}
