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
    await this.page.locator('.results, .article--marked').first().waitFor();
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
