import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badgeText } from '../../harness/badge-text';
import { launchChromium, type ChromiumSession, type UiLocale } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { tabIdOf } from '../../harness/tab-id-of';
import { analyzeWithCli, unsourcedCount, type CliResult } from './helpers/analyze-with-cli';
import { highlightSizes, unsourcedRanges } from './helpers/highlight-sizes';
import { foldSpaces } from './helpers/locale-message';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { FIXTURES } from './helpers/paths';
import { saveScreenshot } from './helpers/save-screenshot';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
});
afterAll(async () => {
  await server?.close();
});

describe.each<{ locale: UiLocale; file: string }>([
  { locale: 'en', file: 'en-article.html' },
  { locale: 'fr', file: 'fr-article.html' },
])('$file in Chromium', ({ locale, file }) => {
  let browser: ChromiumSession;
  let article: OpenArticle;
  let cli: CliResult;

  beforeAll(async () => {
    [browser, cli] = await Promise.all([launchChromium({ locale }), analyzeWithCli(join(FIXTURES, file))]);
    article = await openArticle(browser, server.url(`/${file}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the fixture has every label (checked with the CLI)', () => {
    const labels = new Set(cli.sentences.map((s) => s.label));
    expect([...labels].sort()).toEqual(['attributed', 'hedged', 'not-claim', 'unattributed', 'vague']);
  });

  test('the highlights are registered under their names, one range per flagged sentence', async () => {
    expect(await highlightSizes(article.page)).toEqual({
      'unsourced-unattributed': cli.totals.unattributed,
      'unsourced-hedged': cli.totals.hedged,
      'unsourced-vague': cli.totals.vague,
    });
    // attributed claims are painted only when the reader asks for it
    const attributed = await article.page.evaluate(() => CSS.highlights.get('unsourced-attributed')?.size ?? 0);
    expect(attributed).toBe(0);
  });

  test('ranges in unsourced-unattributed + unsourced-hedged == badge == the CLI’s unattributed + hedged', async () => {
    const ranges = unsourcedRanges(await highlightSizes(article.page));
    expect(ranges).toBeGreaterThan(0);
    expect(article.badge).toBe(String(ranges));
    expect(ranges).toBe(unsourcedCount(cli));
  });

  test('each range covers exactly one sentence the CLI gives the same label', async () => {
    const painted = await article.page.evaluate(() =>
      Object.fromEntries(
        ['unattributed', 'hedged', 'vague'].map((label) => [
          label,
          [...(CSS.highlights.get(`unsourced-${label}`) ?? [])].map((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString();
          }),
        ]),
      ),
    );
    for (const label of ['unattributed', 'hedged', 'vague']) {
      const expected = cli.sentences.filter((s) => s.label === label).map((s) => foldSpaces(s.text));
      expect(painted[label]!.map(foldSpaces).sort(), label).toEqual(expected.sort());
    }
  });

  test('each run is measured (performance.measure unsourced:check, :serialize, :load, :analyze, :highlight)', async () => {
    const names = await article.page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    expect(names).toEqual(expect.arrayContaining(['unsourced:check', 'unsourced:serialize', 'unsourced:analyze', 'unsourced:highlight', 'unsourced:run']));
    // the analysis chunk is imported once per page, whatever the number of runs
    expect(names.filter((n) => n === 'unsourced:load')).toEqual(['unsourced:load']);
  });

  test('the analysis chunk runs in the isolated world: the page sees no trace of it and cannot fetch it', async () => {
    const seen = await article.page.evaluate(async (id) => {
      const fixed = `chrome-extension://${id}/analysis.js`;
      const fetched = await fetch(fixed).then(
        () => 'fetched',
        () => 'refused',
      );
      const resources = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('analysis'));
      // what a page script could call: no global of ours
      const globals = Object.getOwnPropertyNames(window).filter((n) => /unsourced|extractForAnalysis|locateClaims|readability/i.test(n));
      return { fetched, resources, globals };
    }, browser.extension!.id);
    // use_dynamic_url: the fixed chrome-extension:// URL is not web-accessible, so a page cannot probe it
    expect(seen).toEqual({ fetched: 'refused', resources: [], globals: [] });
  });

  test('screenshot: the highlighted article', async () => {
    await article.page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(article.page, `${locale}-article-highlighted`);
  });
});

describe('a page that is not an article', () => {
  let browser: ChromiumSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('gets no highlight and an empty badge', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/not-article.html'), { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    // nothing to wait for on a page that is not an article: give the content script time to decide
    await sleep(2_000);
    expect(Object.values(await highlightSizes(page)).map((size) => size ?? 0)).toEqual([0, 0, 0]);
    expect(await badgeText(browser, tabId)).toBe('');
    // the reader-able check turned it down: the analysis chunk was never loaded
    const names = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
    expect(names).toContain('unsourced:check');
    expect(names).not.toContain('unsourced:load');
  });
});
