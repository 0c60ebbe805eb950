// The core of the suite in each engine, Chromium, Firefox ESR and WebKit,
// written once over engines.mjs: the reader's journey, copying, embeds and
// their height, an article opened by paste and by link, a sample of the
// hostile links, and the page without JavaScript. The rest of the suite
// runs in Chromium alone.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { ENGINES } from './support/engines.mjs';
import { IDS, TabExplorer } from './support/explorer.mjs';
import { generator, hostileLink } from './support/hostile.mjs';
import { useEngine } from './support/release.mjs';

const HOSTILE_LINKS = 12;
const fixture = (name) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const packed = (bytes) => deflateRawSync(bytes).toString('base64url');

for (const name of ENGINES) {
  describe(name, () => {
    const session = useEngine(name);
    before(() => console.log(`# ${name}: ${session.engine.version}`));

    test('the reader’s journey: filter, reload, search as one types, Back, the article', async () => {
      const { ex, tab } = session;
      const url = session.server.url;
      await ex.open(url);
      assert.equal((await ex.cardTexts()).length, 5);
      await tab.click(ex.checkbox('Speaker', 'a producer'));
      await ex.waitForQuery('speaker=producer');
      assert.deepEqual(await ex.cardTexts(), ['I need to work with Mikey Madison ASAP.']);
      await ex.waitForText('Showing 1 of 5 quotes');
      await ex.reload();
      assert.ok(await ex.isChecked('Speaker', 'a producer'));
      assert.deepEqual(await ex.cardTexts(), ['I need to work with Mikey Madison ASAP.']);

      await tab.click(ex.button('Clear all'));
      await ex.waitForQuery('');
      await tab.type('input[type=search]', 'numb');
      await ex.waitForQuery('q=numb');
      assert.equal((await ex.cardTexts()).length, 1);
      assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('.results mark')].map((m) => m.textContent)), ['numb']);
      // Typing is one history entry: one Back returns to before the search.
      await ex.back();
      await ex.waitForQuery('');
      assert.equal(await tab.evaluate(() => document.querySelector('input[type=search]').value), '');
      assert.equal((await ex.cardTexts()).length, 5);

      await tab.click('//nav[@aria-label="Show"]//a[normalize-space()="Article"]');
      await ex.waitForQuery('view=article');
      // Its code comes with the second bundle, fetched on first use.
      await tab.waitFor(() => document.querySelector('article.article--marked'));
      assert.equal(await tab.evaluate(() => document.querySelectorAll('.article__quote').length), 5);
    });

    test('copy link and copy quote put the view and the quote with its citation on the clipboard', async () => {
      const { ex, tab } = session;
      const url = session.server.url;
      await ex.open(`${url}?kind=phrase`);
      // What the page gives the clipboard, whichever way the engine lets it:
      // the Clipboard API, or the selection the fallback copies.
      await tab.evaluate(() => {
        window.copied = [];
        const write = Clipboard.prototype.writeText;
        Clipboard.prototype.writeText = function (text) {
          return write.call(this, text).then(() => window.copied.push(text));
        };
        document.addEventListener('copy', (event) => window.copied.push(event.target.value ?? String(getSelection())));
      });
      await tab.click(ex.button('Copy link'));
      await ex.waitForText('Link to this view copied.');
      assert.deepEqual(await tab.evaluate(() => window.copied), [`${url}?kind=phrase`]);

      const card = '//figure[contains(@class, "quote-card")]';
      await tab.click(ex.button('Copy quote', card));
      await tab.click(ex.button('Markdown', card));
      await ex.waitForText('Quote copied with its citation.');
      assert.equal(
        (await tab.evaluate(() => window.copied))[1],
        `> “a star is born”\n>\n> — [Quote Explorer](${url}?quote=${IDS.star})`,
      );
    });

    test('a blog post’s embeds take their content’s height and ignore forged messages', async () => {
      const { tab } = session;
      await tab.goto(`${session.server.url}examples/blog-post.html`);
      for (const id of ['embed-full', 'embed-fixed']) {
        // The frames load lazily: each is scrolled to, as a reader would.
        await tab.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
        await tab.waitFor((id) => {
          const frame = document.getElementById(id);
          const root = frame.contentDocument?.documentElement;
          return root?.querySelector('.quote-card') && frame.style.height === `${root.scrollHeight}px`;
        }, id);
      }
      const heights = () =>
        tab.evaluate(() => ['embed-full', 'embed-fixed'].map((id) => document.getElementById(id).style.height));
      const sized = await heights();
      assert.notEqual(sized[0], sized[1], 'each frame has its own height');
      // Forged: from the page itself and from a stranger frame.
      await tab.evaluate(() => {
        window.postMessage({ type: 'quote-explorer:height', height: 5 }, '*');
        const stranger = document.createElement('iframe');
        stranger.srcdoc = `<script>parent.postMessage({type:'quote-explorer:height',height:7},'*')<\/script>`;
        document.body.append(stranger);
        return new Promise((resolve) => stranger.addEventListener('load', () => setTimeout(resolve, 300)));
      });
      assert.deepEqual(await heights(), sized);
    });

    test('a pasted article is explored, and its link opens it with the filter for another reader', async () => {
      const { ex, tab } = session;
      await ex.open(session.server.url);
      await tab.click(ex.button('Open another article'));
      // The form comes with the second bundle, fetched on first use.
      await tab.waitFor(() => document.getElementById('opener-text'));
      await tab.evaluate((text) => {
        const area = document.getElementById('opener-text');
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, await fixture('city-council-vote.txt'));
      await tab.click(ex.button('Open this text'));
      const counts = (tab) =>
        tab.waitFor(() => document.querySelector('.header__opened') && document.querySelector('.header__counts').textContent);
      assert.equal(await counts(tab), '7 quotes from 3 speakers');
      await tab.click(ex.checkbox('Speaker', 'Tom Reyes'));
      await tab.waitFor(() => location.search === '?speaker=tom-reyes');
      const cards = await ex.cardTexts();
      assert.equal(cards.length, 2);
      const link = await tab.url();
      assert.match(link, /\?speaker=tom-reyes#a=[\w-]+$/);

      // A fresh page, as the person the link was sent to.
      const theirs = new TabExplorer(await session.open());
      await theirs.open(link);
      assert.equal(await counts(theirs.tab), '7 quotes from 3 speakers');
      assert.ok(await theirs.isChecked('Speaker', 'Tom Reyes'));
      assert.deepEqual(await theirs.cardTexts(), cards);
    });

    test(`${HOSTILE_LINKS} hostile links and 2 forged articles: a notice each, and the page works`, async () => {
      const { ex, tab } = session;
      // Going on to the next link aborts what is still loading (the favicon).
      session.allow(/\((net::ERR_ABORTED|NS_BINDING_ABORTED)\)$/);
      const rng = generator(20261126);
      const links = Array.from({ length: HOSTILE_LINKS }, (_, i) => hostileLink(rng, i));
      links.push(`?n=bomb#a=${packed(Buffer.alloc(20 << 20, ' '))}`, '?n=damaged#a=AAAA');
      for (const link of links) {
        await tab.goto(`${session.server.url}${link}`);
        await ex.live();
        await tab
          .waitFor(
            () =>
              document.querySelector('.notice[role=alert]')?.textContent &&
              document.querySelector('h1')?.textContent &&
              document.querySelector('figure.quote-card, .article--marked, .empty'),
          )
          .catch(() => assert.fail(`a notice, a heading and quotes, the article or an empty state for ${link}`));
      }
    });

    test('a matrix too wide for its box fades its right edge while there is more, and only then', async () => {
      const { ex, tab } = session;
      await ex.open(session.server.url);
      // Where things are: the box, the cell with the most quotes (the
      // most colour, so a fade shows) and one of the last column. A spot
      // is a cell's corner, inside its rounding and away from its number.
      const layout = () =>
        tab.evaluate(() => {
          const overview = document.querySelector('.overview');
          const rect = (el) => {
            const { left, right, top } = el.getBoundingClientRect();
            return { left, right, top: top + 6 };
          };
          const cells = [...overview.querySelectorAll('.overview__cell:not(:disabled)')];
          const most = cells.reduce((a, b) => (Number(b.textContent) > Number(a.textContent) ? b : a));
          const last = [...overview.querySelectorAll('td:last-child .overview__cell:not(:disabled)')][0];
          return { box: rect(overview), most: rect(most), last: rect(last) };
        });
      const unlike = (a, b) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
      const settle = () => tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const unfaded = async ({ left, right, top }, why) => {
        const [start, end] = await ex.colours([[left + 6, top], [right - 6, top]]);
        assert.ok(unlike(start, end) <= 8, `${why}: ${start} then ${end} across a cell`);
      };

      await tab.evaluate(() => document.querySelector('.overview').scrollIntoView({ block: 'center' }));
      let { last, most } = await layout();
      await unfaded(last, 'where the matrix fits, no fade');

      // The box's edge halfway across the cell, and the matrix kept as it
      // is (not wrapped to fit): there is more to the right.
      await tab.evaluate((width) => {
        const table = document.querySelector('.overview__table');
        table.style.minWidth = `${table.offsetWidth}px`;
        document.querySelector('.overview').style.maxWidth = `${width}px`;
      }, (most.left + most.right) / 2 - (await layout()).box.left);
      await settle();
      let box;
      ({ box, most } = await layout());
      const [edge] = await ex.colours([[box.right - 3, most.top]]);
      await tab.evaluate(() => {
        const overview = document.querySelector('.overview');
        overview.scrollLeft = overview.scrollWidth;
      });
      await settle();
      const moved = await layout();
      // The same spot of the cell, away from the edge now, is its own colour.
      const [own] = await ex.colours([[box.right - 3 - (most.left - moved.most.left), most.top]]);
      assert.ok(unlike(edge, own) > 24, `faded at the edge: ${edge}, away from it ${own}`);
      await unfaded(moved.last, 'at the end, no fade');
    });

    test('with JavaScript off, the default view is there: header, filters and quotes', async () => {
      // With scripting off, Chromium refuses the script preload: expected here.
      session.allow(/\.js \(csp\)$/);
      const tab = await session.open({ javaScript: false });
      await tab.goto(session.server.url);
      const page = await tab.evaluate(() => ({
        live: document.documentElement.dataset.app ?? null,
        title: document.querySelector('h1').textContent,
        legends: [...document.querySelectorAll('legend')].map((legend) => legend.textContent),
        cards: [...document.querySelectorAll('figure.quote-card')].map((card) => card.textContent),
      }));
      assert.equal(page.live, null, 'no script ran');
      assert.equal(page.title, 'Who said what in this article');
      assert.deepEqual(page.legends, ['Speaker', 'Theme', 'Kind']);
      assert.equal(page.cards.length, 5);
      assert.match(page.cards[4], /I need to work with Mikey Madison ASAP\./);
    });
  });
}
