import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { claimPoint } from './helpers/claim-point';
import { openArticle } from './helpers/open-article';
import { openPopup } from './helpers/open-popup';
import { FIXTURES } from './helpers/paths';
import { tooltipText } from './helpers/tooltip-text';

const ARTICLES = ['en-article.html', 'fr-article.html'];

let server: StaticServer;
let withExtension: ChromiumSession;
let without: ChromiumSession;
beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
  [withExtension, without] = await Promise.all([launchChromium(), launchChromium({ withExtension: false })]);
});
afterAll(async () => {
  await Promise.all([withExtension?.close(), without?.close()]);
  await server?.close();
});

describe('the page is left as it was', () => {
  test.each(ARTICLES)('%s: document.body.innerText is byte-identical with and without the extension, card shown', async (file) => {
    const url = server.url(`/${file}`);
    const article = await openArticle(withExtension, url);
    const point = await claimPoint(article.page, 'unsourced-unattributed', 0);
    await article.page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipText(article.page), { timeout: 5_000 }).not.toBe('');
    const withText = await article.page.evaluate(() => document.body.innerText);

    const plain = await without.newPage();
    await plain.goto(url, { waitUntil: 'load' });
    await plain.evaluate(() => window.scrollTo(0, 0));
    const withoutText = await plain.evaluate(() => document.body.innerText);

    expect(Buffer.from(withText, 'utf8').equals(Buffer.from(withoutText, 'utf8'))).toBe(true);
    expect(withText).toBe(withoutText); // shows the difference if any
  });
});

describe('the extension makes no network request', () => {
  test('articles, a page that is not an article, the popup and the options page: nothing but 127.0.0.1', async () => {
    for (const file of [...ARTICLES, 'not-article.html']) {
      const page = await withExtension.newPage();
      await page.goto(server.url(`/${file}`), { waitUntil: 'load' });
      await page.waitForTimeout(1_000);
      if (file !== 'not-article.html') {
        const popup = await openPopup(withExtension, page);
        await popup.waitForTimeout(1_000);
        await popup.close();
      }
    }
    const options = await withExtension.context.newPage();
    await options.goto(`chrome-extension://${withExtension.extension!.id}/options.html`);
    await options.waitForTimeout(1_000);
    expect(withExtension.offSiteRequests).toEqual([]);
  });
});
