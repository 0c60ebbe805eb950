// Screenshots of the release build for a person to look at: desktop and
// phone widths, light and dark. Usage: node tests/e2e/screenshots.mjs
// [query ...]; PNGs go to tests/e2e/out/. DIST=target/dist-synth takes
// another build (a big collection's).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launch, openPage } from './support/browser.mjs';
import { serve } from './support/server.mjs';

const out = path.join(import.meta.dirname, 'out');
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };
const queries = process.argv.slice(2).length ? process.argv.slice(2) : [''];

await mkdir(out, { recursive: true });
const server = await serve(process.env.DIST ? { dir: path.resolve(process.env.DIST) } : {});
const browser = await launch();
try {
  for (const query of queries) {
    for (const [device, viewport] of Object.entries(sizes)) {
      for (const colorScheme of ['light', 'dark']) {
        const { context, page, problems } = await openPage(browser, server.url, {
          viewport,
          colorScheme,
          deviceScaleFactor: device === 'phone' ? 2 : 1,
        });
        await page.goto(new URL(query, server.url).href);
        await page.waitForLoadState('networkidle');
        const wholePage = query.startsWith('examples/');
        if (wholePage) {
          // Lazy iframes load once scrolled to; give them time to size.
          for (const frame of await page.locator('iframe').all()) await frame.scrollIntoViewIfNeeded();
          await page.waitForTimeout(1500);
        }
        const slug = query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'default';
        const file = path.join(out, `${slug}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: wholePage });
        console.log(file, problems.length ? problems : '');
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
