// Headless Chromium from apt, driven by playwright-core. Every page opened
// here records console errors, failed requests and requests that leave the
// page's origin, so each test can assert the page stayed clean (and so do
// Firefox's, engines.mjs).
import { chromium } from 'playwright-core';

/** Chromium's flags for this closed, headless, root environment. */
export const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium; playwright gives each launch a fresh profile. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

/**
 * Opens a page in a new context and starts recording trouble.
 * `problems` lists console errors, page errors, failed and foreign requests.
 */
export async function openPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  return { context, page, problems: watch(page, origin) };
}

/**
 * Records a page's console errors, page errors, failed requests, error
 * responses and requests that leave `origin`, in the list it returns.
 * Playwright's and Puppeteer's pages name these events alike, so Firefox
 * (Puppeteer over WebDriver BiDi) is watched by the same code.
 */
export function watch(page, origin) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(origin).origin) {
      problems.push(`request left the origin: ${req.url()}`);
    }
  });
  return problems;
}
