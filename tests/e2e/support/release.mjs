// The shared set-up of every end-to-end file: the release build served on
// loopback and one Chromium, started before the file's tests and stopped
// after them.
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
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
