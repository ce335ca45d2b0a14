import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badgeText } from '../../harness/badge-text';
import { launchChromium, type ChromiumSession } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { analyzeWithCli, unsourcedCount } from './helpers/analyze-with-cli';
import { highlightSizes, unsourcedRanges } from './helpers/highlight-sizes';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { FIXTURES } from './helpers/paths';

// A single-page news site: the next story replaces the article and pushes a new address, no new document.
describe('a single-page news site', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let article: OpenArticle;

  beforeAll(async () => {
    server = await startStaticServer(FIXTURES);
    browser = await launchChromium();
    article = await openArticle(browser, server.url('/spa.html'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the first story is highlighted and counted, as the CLI counts it', async () => {
    const sizes = await highlightSizes(article.page);
    expect(unsourcedRanges(sizes)).toBe(Number(article.badge));
    expect(Number(article.badge)).toBe(unsourcedCount(await analyzeWithCli(join(FIXTURES, 'spa.html'))));
  });

  test('after in-site navigation the new story is analysed: highlights and badge follow it', async () => {
    const firstText = await article.page.evaluate(() => document.querySelector('h1')?.textContent);
    await article.page.click('#next');
    await expect.poll(() => article.page.evaluate(() => location.pathname)).toBe('/story-two');
    // The second story: three plain claims in two paragraphs plus one more, one named source.
    await expect
      .poll(async () => {
        const ranges = await article.page.evaluate(() => {
          const h = CSS.highlights.get('unsourced-unattributed');
          return h ? [...h].map((r) => r.startContainer.textContent ?? '') : [];
        });
        return ranges.some((t) => t.includes('Schools in the southern districts'));
      }, { timeout: 10_000 })
      .toBe(true);
    expect(await article.page.evaluate(() => document.querySelector('h1')?.textContent)).not.toBe(firstText);
    const sizes = await highlightSizes(article.page);
    await expect.poll(() => badgeText(browser, article.tabId), { timeout: 10_000 }).toBe(String(unsourcedRanges(sizes)));
    // Nothing of the first story is left painted.
    const stale = await article.page.evaluate(() => [...(CSS.highlights.get('unsourced-hedged') ?? [])].filter((r) => !r.startContainer.isConnected).length);
    expect(stale).toBe(0);
  });
});
