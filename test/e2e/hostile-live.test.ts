import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badgeText } from '../../harness/badge-text';
import type { PageReport } from '../../messages/page-report';
import { startHostileBrowser, type HostileBrowser } from './helpers/hostile-browser';
import { articleReport, expectNoExtensionErrors, isArticle, runsSoFar } from './helpers/open-watched';
import { pageMetrics } from './helpers/page-metrics';
import { paintedTexts } from './helpers/painted-texts';

// Pages that keep changing, or fight the extension, while they are open.
let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostileBrowser();
});
afterAll(async () => {
  await hostile?.close();
});

const open: HostileBrowser['open'] = (path, done) => hostile.open(path, done);

describe('pages that change all the time', () => {
  test('a ticker rewriting its article every 100 ms: re-read at most 3 times in 10 s, nothing kept from old runs', async () => {
    const opened = await open('/hostile/ticker.html');
    const first = await articleReport(opened);
    const before = await pageMetrics(opened.watch.cdp, opened.page);
    await sleep(10_000);
    const after = await pageMetrics(opened.watch.cdp, opened.page);
    expect(Number(await opened.page.evaluate(() => document.documentElement.dataset.ticks))).toBeGreaterThan(50);
    // the live line changed, so the page was read again; the pacer keeps it to one run per ~4 s
    expect(after.runs - before.runs).toBeGreaterThanOrEqual(1);
    expect(after.runs - before.runs).toBeLessThanOrEqual(3);
    // each run clones the document: none of the clones outlives its run
    expect(after.documents).toBeLessThanOrEqual(before.documents);
    // the report follows the live line; the paragraphs that never change stay painted
    const live = (r: PageReport) => (isArticle(r) ? r.sentences.find((s) => s.text.startsWith('Live:'))?.text : undefined);
    await expect.poll(async () => live((await opened.report())!)).not.toBe(live(first));
    expect((await paintedTexts(opened.page))['unsourced-unattributed']).toContain('Bank shares lost the most ground.');
    expectNoExtensionErrors(opened);
  });

  test('an endless page appending five stories: read again after the appends (not once per append), the report grows to the last', async () => {
    const opened = await open('/hostile/infinite-scroll.html');
    const first = await articleReport(opened);
    const before = await runsSoFar(opened.page);
    for (let appended = 1; appended <= 5; appended++) {
      await opened.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect.poll(() => opened.page.evaluate(() => document.documentElement.dataset.appended)).toBe(String(appended));
    }
    const last = await opened.settled((r) => isArticle(r) && r.sentences.some((s) => s.text.includes('Eskford')), 20_000);
    expect(isArticle(last) && last.totals.claims).toBeGreaterThan(first.totals.claims);
    const eskford = (last as Extract<PageReport, { state: 'article' }>).sentences.filter((s) => s.text.includes('Eskford') && s.label !== 'attributed');
    expect(eskford.length).toBeGreaterThan(0);
    await expect.poll(async () => Object.values(await paintedTexts(opened.page)).flat()).toEqual(expect.arrayContaining(eskford.map((s) => s.text)));
    expect(await runsSoFar(opened.page)).toBeLessThanOrEqual(before + 5);
    const sizes = await paintedTexts(opened.page);
    expect(await badgeText(hostile.browser, opened.tabId)).toBe(String(sizes['unsourced-unattributed'].length + sizes['unsourced-hedged'].length));
    expectNoExtensionErrors(opened);
  });

  test('an article that arrives after the page is idle (client-rendered): first "not an article", then read and painted', async () => {
    const opened = await open('/hostile/late-article.html');
    const report = await articleReport(opened, 20_000);
    expect(report.title).toContain('Night buses return to the city in September');
    expect(await runsSoFar(opened.page)).toBeGreaterThanOrEqual(2);
    expect((await paintedTexts(opened.page))['unsourced-hedged']).toContain('Taxi drivers reportedly fear losing their best customers.');
    expectNoExtensionErrors(opened);
  });
});

describe('a page that fights over the highlight registry', () => {
  /** Each of our names: how many ranges its entry holds, and whether the page made it. */
  const entries = (page: Page) =>
    page.evaluate(() => {
      const isPage = (window as unknown as { isPageHighlight(h: unknown): boolean }).isPageHighlight;
      return Object.fromEntries(
        ['unsourced-unattributed', 'unsourced-hedged', 'unsourced-vague', 'unsourced-attributed', 'page-own'].map((name) => {
          const h = CSS.highlights.get(name);
          return [name, h ? { size: h.size, byPage: isPage(h) } : null];
        }),
      );
    });

  test('registering its own highlights under our names, deleting ours, clearing the registry: ours come back, its own are left alone', async () => {
    const opened = await open('/hostile/highlight-thief.html');
    const report = await articleReport(opened);
    // the page took the registry over five times, each time after our highlights came back
    await expect.poll(() => opened.page.evaluate(() => document.documentElement.dataset.thefts), { timeout: 20_000 }).toBe('5');
    await expect
      .poll(() => entries(opened.page), { timeout: 5_000 })
      .toEqual({
        'unsourced-unattributed': { size: report.totals.unattributed, byPage: false },
        'unsourced-hedged': { size: report.totals.hedged, byPage: false },
        'unsourced-vague': { size: report.totals.vague, byPage: false },
        // not painted by default: the page's entry under our name is removed
        'unsourced-attributed': null,
        'page-own': { size: 1, byPage: true },
      });
    expectNoExtensionErrors(opened);
  });
});
