// Lighthouse scores of the release build (dist/), mobile and desktop
// presets, printed as a table. A benchmark command (`./run lighthouse`),
// not a test: the scores are recorded in the README's Performance section.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { FLAGS } from '../tests/e2e/support/browser.mjs';
import { serve } from '../tests/e2e/support/server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// Gzipped, as any static host serves it.
const server = await serve({ compress: true });
const profile = await mkdtemp(path.join(os.tmpdir(), 'lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: FLAGS,
  userDataDir: profile,
});
let failed = false;
try {
  console.log(`${'preset'.padEnd(8)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    const result = await lighthouse(
      server.url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
    );
    const scores = CATEGORIES.map((c) => Math.round(result.lhr.categories[c].score * 100));
    console.log(`${preset.padEnd(8)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    const metric = (id) => result.lhr.audits[id]?.displayValue ?? '?';
    console.log(
      `  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
        `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
    );
    for (const category of CATEGORIES) {
      for (const ref of result.lhr.categories[category].auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`  ${category}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
        }
      }
    }
    failed ||= scores.some((s) => s < 100);
  }
} finally {
  await chrome.kill();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
