// The shared set-up of every end-to-end file: the release build served on
// loopback and one Chromium (or, for engines.test.mjs, one engine of
// three), started before the file's tests and stopped after them; and a
// fresh page for each test, checked and closed whatever it did.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { Explorer, TabExplorer } from './explorer.mjs';
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
  afterEach(() =>
    settle(
      pages.map(({ problems, context }) => ({ problems: async () => problems, close: () => context.close() })),
      allowed,
    ),
  );
  return session;
}

/**
 * Asserts that each page had no problem but those `allowed` matches, then
 * closes them all, whatever the assertion found. Closing twice does no
 * harm: a test may close a page early.
 */
async function settle(pages, allowed) {
  try {
    for (const page of pages) {
      const problems = await page.problems();
      assert.deepEqual(
        problems.filter((p) => !allowed.some((pattern) => pattern.test(p))),
        [],
      );
    }
  } finally {
    await Promise.allSettled(pages.map((page) => page.close()));
  }
}

/**
 * `useRelease` and `useSession` for engine `name` (engines.mjs): the
 * returned object's `engine` and `server` are set before the tests, and
 * before each one a fresh `tab` with its page object `ex`. `open(options)`
 * opens another tab; `allow(pattern)` as in `useSession`. After each test,
 * neither any tab nor the server may have seen a problem: the server's
 * error responses are checked for every engine, since WebKit's driver
 * sees no network (its pages carry the server's probe instead).
 */
export function useEngine(name) {
  const env = {};
  let tabs = [];
  let allowed = [];
  let errors = 0;
  before(async () => {
    // Imported here, so that the files that drive Chromium alone do not load Puppeteer.
    const { launch } = await import('./engines.mjs');
    env.server = await serve({ probe: name === 'webkit' });
    env.engine = await launch(name);
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  Object.assign(env, {
    async open(options) {
      const tab = await env.engine.open(env.server.url, options);
      tabs.push(tab);
      return tab;
    },
    allow(pattern) {
      allowed.push(pattern);
    },
  });
  beforeEach(async () => {
    tabs = [];
    allowed = [];
    errors = env.server.errors.length;
    env.tab = await env.open();
    env.ex = new TabExplorer(env.tab);
  });
  afterEach(async () => {
    await settle(tabs, allowed);
    assert.deepEqual(env.server.errors.slice(errors), []);
  });
  return env;
}
