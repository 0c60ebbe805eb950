// A page object for the explorer: the reader's actions by role and name,
// so the tests read like what a reader does.
import assert from 'node:assert/strict';

export const IDS = {
  reported: 'shes-no-stranger-to-tears-cdec',
  holding: 'i-was-holding-it-in-5941',
  numb: 'i-started-questioning-if-i-cb2d',
  star: 'a-star-is-born-8f28',
  producer: 'i-need-to-work-with-8b76',
};

export class Explorer {
  constructor(page) {
    this.page = page;
  }

  /** Opens `url` and waits until the app has taken over the prerendered page. */
  async open(url) {
    await this.page.goto(url);
    await this.live();
    await this.page.locator('.results, .article--marked, .sources').first().waitFor();
  }

  /** Reloads and waits until the app has taken over again. */
  async reload() {
    await this.page.reload();
    await this.live();
  }

  /** Waits for the app, and for the worker to read a link's article if it carries one. */
  async live() {
    await this.started();
    await this.page.locator('.opening').waitFor({ state: 'detached' });
  }

  /** Waits until the app has taken over the prerendered page (`html[data-app=live]`). */
  async started({ timeout } = {}) {
    await this.page.locator('html[data-app=live]').waitFor({ state: 'attached', timeout });
  }

  /** Whether the app has taken over yet, or the page is still the prerendered one. */
  async isLive() {
    return (await this.page.locator('html[data-app=live]').count()) > 0;
  }

  /** The query string of the address bar, without `?`. */
  query() {
    return new URL(this.page.url()).search.replace(/^\?/, '');
  }

  checkbox(group, name) {
    return this.page
      .getByRole('group', { name: group, exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });
  }

  cards() {
    return this.page.locator('.results__list figure.quote-card');
  }

  async cardTexts() {
    return this.cards().locator('blockquote, .quote-card__paraphrase').allTextContents();
  }

  async waitForQuery(expected) {
    await this.page.waitForFunction((q) => location.search.replace(/^\?/, '') === q, expected);
    assert.equal(this.query(), expected);
  }

  search() {
    return this.page.getByRole('searchbox', { name: 'Search quotes' });
  }
}

/**
 * The same reader's actions for a Tab of any engine (engines.mjs): found by
 * the text a reader sees, through XPath, and read in the page.
 */
export class TabExplorer {
  constructor(tab) {
    this.tab = tab;
  }

  /** Opens `url` and waits until the app has taken over and shows quotes or the article. */
  async open(url) {
    await this.tab.goto(url);
    await this.live();
    await this.tab.waitFor(() => document.querySelector('.results, .article--marked'));
  }

  async reload() {
    await this.tab.reload();
    await this.live();
  }

  /** Waits for the app (`html[data-app=live]`) and for the worker to read a link's article. */
  live() {
    return this.tab.waitFor(() => document.documentElement.dataset.app === 'live' && !document.querySelector('.opening'));
  }

  async waitForQuery(expected) {
    await this.tab.waitFor((q) => location.search.replace(/^\?/, '') === q, expected);
  }

  /** Waits until `text` is on the page (a toast, a notice). */
  waitForText(text) {
    return this.tab.waitFor((text) => document.body.innerText.includes(text), text);
  }

  /** The checkbox of option `name` in filter group `group` (Speaker, Theme, Kind). */
  checkbox(group, name) {
    return `//fieldset[legend[normalize-space()=${xpathString(group)}]]//label[span[@class="facet__label"][normalize-space()=${xpathString(name)}]]/input`;
  }

  async isChecked(group, name) {
    return this.tab.evaluate((path) => document.evaluate(path, document, null, 9, null).singleNodeValue.checked, this.checkbox(group, name));
  }

  /** The first button (or menu summary) whose text is `name`, within `within` (an XPath). */
  button(name, within = '') {
    return `(${within}//*[self::button or self::summary][normalize-space()=${xpathString(name)}])[1]`;
  }

  cardTexts() {
    return this.tab.evaluate(() =>
      [...document.querySelectorAll('.results__list figure.quote-card')].map(
        (card) => card.querySelector('blockquote, .quote-card__paraphrase').textContent,
      ),
    );
  }

  /** Back, as the browser's button does it. */
  back() {
    return this.tab.evaluate(() => history.back());
  }

  /**
   * The colours on screen at `points` (`[x, y]` in CSS pixels of the
   * viewport), as `[r, g, b]`: what the reader sees, painted, which no
   * computed style tells. The screenshot is read back in the page.
   */
  async colours(points) {
    const png = await this.tab.screenshot();
    return this.tab.evaluate(
      async (png, points) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return points.map(([x, y]) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)]);
      },
      png,
      points,
    );
  }
}

/** `text` as an XPath string literal. */
function xpathString(text) {
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}
