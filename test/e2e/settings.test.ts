import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeWithCli, unsourcedCount, type CliResult } from './helpers/analyze-with-cli';
import { badgeText } from './helpers/badge-text';
import { controlNamed } from './helpers/control-named';
import { highlightSizes, unsourcedRanges } from './helpers/highlight-sizes';
import { launchChromium, type ChromiumSession } from './helpers/launch-chromium';
import { foldSpaces, localeMessage } from './helpers/locale-message';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { openPopup } from './helpers/open-popup';
import { FIXTURES } from './helpers/paths';
import { startStaticServer, type StaticServer } from './helpers/static-server';

const FILE = 'en-article.html';
const message = (key: string) => foldSpaces(localeMessage('en', key));

describe('the reader’s settings take effect on an open article, without a reload', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let article: OpenArticle;
  let cli: CliResult;
  let options: Page;

  const paintedCount = async () => Object.values(await highlightSizes(article.page)).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  // set in the page's own world: still there only if the page was never reloaded
  const notReloaded = () => article.page.evaluate(() => (window as { unsourcedTestMark?: boolean }).unsourcedTestMark === true);

  beforeAll(async () => {
    server = await startStaticServer(FIXTURES);
    [browser, cli] = await Promise.all([launchChromium(), analyzeWithCli(join(FIXTURES, FILE))]);
    article = await openArticle(browser, server.url(`/${FILE}`));
    await article.page.evaluate(() => ((window as { unsourcedTestMark?: boolean }).unsourcedTestMark = true));
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extension!.id}/options.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('options: unchecking a label empties its highlight, checking it paints it again', async () => {
    const hedged = controlNamed(options, message('label_hedged_name'));
    await hedged.uncheck();
    await expect.poll(async () => (await highlightSizes(article.page))['unsourced-hedged'] ?? 0, { timeout: 5_000 }).toBe(0);
    expect((await highlightSizes(article.page))['unsourced-unattributed']).toBe(cli.totals.unattributed);

    await hedged.check();
    await expect.poll(async () => (await highlightSizes(article.page))['unsourced-hedged'], { timeout: 5_000 }).toBe(cli.totals.hedged);
    expect(await notReloaded()).toBe(true);
  });

  test('popup: "Show highlights on this page" off hides them all, on paints them again', async () => {
    const popup = await openPopup(browser, article.page);
    const show = controlNamed(popup, message('popup_highlights'));
    await show.click();
    await expect.poll(paintedCount, { timeout: 5_000 }).toBe(0);
    await show.click();
    await expect.poll(async () => unsourcedRanges(await highlightSizes(article.page)), { timeout: 5_000 }).toBe(unsourcedCount(cli));
    expect(await notReloaded()).toBe(true);
    await popup.close();
  });

  test('popup: "Never run on this site" removes the highlights and the badge, and it stays off after a reload', async () => {
    const popup = await openPopup(browser, article.page);
    await controlNamed(popup, message('popup_never_run')).click();
    await expect.poll(paintedCount, { timeout: 5_000 }).toBe(0);
    await expect.poll(() => badgeText(browser, article.tabId), { timeout: 5_000 }).toBe('');
    expect(await notReloaded()).toBe(true);
    await popup.close();

    await article.page.reload({ waitUntil: 'load' });
    await article.page.waitForTimeout(1_500);
    expect(await paintedCount()).toBe(0);
    expect(await badgeText(browser, article.tabId)).toBe('');
  });
});
