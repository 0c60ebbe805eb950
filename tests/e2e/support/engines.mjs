// The three browser engines behind one small driver, so a cross-engine
// test is written once: Chromium through playwright-core (as in the rest
// of the suite), Firefox ESR through puppeteer-core over WebDriver BiDi,
// and WebKitGTK's MiniBrowser over classic WebDriver (webdriver.mjs). All
// from Debian's packages; Playwright's own Firefox and WebKit builds can
// neither be downloaded here nor drive the stock browsers.
//
// A Tab is one page in a fresh profile (context). Elements are named by
// a CSS selector or, starting with `/` or `(`, an XPath: the three speak
// both. Anything else happens in the page, through `evaluate`.
import puppeteer from 'puppeteer-core';
import { launch as launchChromium, openPage, watch } from './browser.mjs';
import { startSession, startXvfb, webkitVersion } from './webdriver.mjs';

/** The engines `engines.test.mjs` runs, or those E2E_ENGINES names (comma-separated). */
export const ENGINES = (process.env.E2E_ENGINES ?? 'chromium,firefox,webkit').split(',');

/** What `Tab.waitFor` waits at most: WebKit under Xvfb is the slowest. */
const TIMEOUT = 15_000;

const isXPath = (target) => /^[/(]/.test(target);

/**
 * Launches `name` and returns `{ name, version, open(origin, options),
 * close() }`; `open` gives a Tab, options `{ javaScript = true }`. Every
 * Tab's viewport is 1280×720, Playwright's default, so the layout is the
 * same in all three.
 */
export async function launch(name) {
  const launcher = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine }[name];
  if (!launcher) throw new Error(`no engine "${name}": chromium, firefox or webkit`);
  return { name, ...(await launcher()) };
}

const VIEWPORT = { width: 1280, height: 720 };

async function chromiumEngine() {
  const browser = await launchChromium();
  return {
    version: browser.version(),
    async open(origin, { javaScript = true } = {}) {
      const { context, page, problems } = await openPage(browser, origin, {
        javaScriptEnabled: javaScript,
        viewport: VIEWPORT,
        // As a reader's click would, in a browser that asks nobody.
        permissions: ['clipboard-write'],
      });
      return new PlaywrightTab(page, problems, () => context.close());
    },
    close: () => browser.close(),
  };
}

async function firefoxEngine() {
  const start = (prefs = {}) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: prefs,
    });
  const browser = await start();
  // Firefox ESR has no BiDi command to turn scripts off for one page: a
  // second Firefox with them off, started the first time a test asks.
  let scriptless;
  return {
    version: await browser.version(),
    async open(origin, { javaScript = true } = {}) {
      const owner = javaScript ? browser : await (scriptless ??= start({ 'javascript.enabled': false }));
      const context = await owner.createBrowserContext();
      const page = await context.newPage();
      return new PuppeteerTab(page, watch(page, origin), () => context.close());
    },
    async close() {
      await Promise.all([browser.close(), scriptless?.then((b) => b.close())]);
    },
  };
}

async function webkitEngine() {
  const xvfb = await startXvfb();
  return {
    version: await webkitVersion(xvfb.display),
    async open(_origin, { javaScript = true } = {}) {
      const session = await startSession(xvfb.display, javaScript ? [] : ['--enable-javascript=false']);
      const tab = new WebDriverTab(session);
      await tab.setViewport(VIEWPORT);
      return tab;
    },
    close: () => xvfb.close(),
  };
}

/** What every Tab does the same way, through `run` (an expression in the page). */
class Tab {
  /** Calls `fn` in the page with `args` (JSON values) and returns its (awaited) result. */
  evaluate(fn, ...args) {
    return this.run(`(${fn})(...${JSON.stringify(args)})`);
  }

  /**
   * Waits until `fn(...args)`, called in the page, returns something
   * truthy, and returns it (an element as `true`: drivers return elements
   * each their own way).
   */
  async waitFor(fn, ...args) {
    const until = Date.now() + TIMEOUT;
    const call = `Promise.resolve((${fn})(...${JSON.stringify(args)})).then((v) => (v instanceof Node ? true : v))`;
    for (;;) {
      // A navigation under way can make a call fail: the next try is on the new page.
      const value = await this.run(call).catch(() => undefined);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out after ${TIMEOUT} ms waiting for ${fn} (${JSON.stringify(args)})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** A Playwright or Puppeteer page: their pages do alike all but find, type and screenshot. */
class PageTab extends Tab {
  constructor(page, problems, close) {
    super();
    Object.assign(this, { page, recorded: problems, close });
  }
  goto(url) {
    return this.page.goto(url);
  }
  async url() {
    return this.page.url();
  }
  reload() {
    return this.page.reload();
  }
  click(target) {
    return this.locate(target).click();
  }
  run(expression) {
    return this.page.evaluate(expression);
  }
  async problems() {
    return this.recorded;
  }
}

class PlaywrightTab extends PageTab {
  locate(target) {
    return this.page.locator(isXPath(target) ? `xpath=${target}` : target).first();
  }
  type(target, text) {
    return this.locate(target).pressSequentially(text, { delay: 20 });
  }
  /** The viewport as a PNG, base64-encoded. */
  async screenshot() {
    return (await this.page.screenshot()).toString('base64');
  }
}

class PuppeteerTab extends PageTab {
  selector(target) {
    return isXPath(target) ? `::-p-xpath(${target})` : target;
  }
  locate(target) {
    return this.page.locator(this.selector(target));
  }
  async type(target, text) {
    const element = await this.page.waitForSelector(this.selector(target));
    await element.type(text, { delay: 20 });
  }
  screenshot() {
    return this.page.screenshot({ encoding: 'base64' });
  }
}

class WebDriverTab extends Tab {
  constructor(session) {
    super();
    this.session = session;
  }
  goto(url) {
    return this.session.navigateTo(url);
  }
  url() {
    return this.session.currentUrl();
  }
  reload() {
    return this.session.refresh();
  }
  /** Finds `target` and does `act` to it, again until it is there and lets itself be acted on. */
  async act(target, act) {
    const using = isXPath(target) ? 'xpath' : 'css selector';
    const until = Date.now() + TIMEOUT;
    for (;;) {
      try {
        const id = await this.session.findElement(using, target);
        if (id) return await act(id);
        if (Date.now() > until) throw new Error(`no element ${target}`);
      } catch (error) {
        if (Date.now() > until || !/not interactable|stale element/.test(error.message)) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  click(target) {
    return this.act(target, (id) => this.session.elementClick(id));
  }
  type(target, text) {
    return this.act(target, (id) => this.session.elementSendKeys(id, text));
  }
  run(expression) {
    return this.session.executeScript(`return ${expression}`);
  }
  screenshot() {
    return this.session.takeScreenshot();
  }
  /** Sizes the window so that the page gets `width`×`height` inside MiniBrowser's toolbar. */
  async setViewport({ width, height }) {
    await this.session.setWindowRect(width, height);
    const [w, h] = await this.evaluate(() => [innerWidth, innerHeight]);
    await this.session.setWindowRect(2 * width - w, 2 * height - h);
  }
  /** What the test server's probe noted in this tab's pages (see probe.js); none on about:blank. */
  problems() {
    return this.evaluate(() =>
      location.protocol === 'about:' ? [] : JSON.parse(sessionStorage.getItem('e2e-problems') ?? '[]'),
    );
  }
  close() {
    return this.session.close();
  }
}
