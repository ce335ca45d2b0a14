import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badgeText } from '../../harness/badge-text';
import { tabReport } from '../../harness/tab-report';
import { extensionWorker } from '../../harness/extension-worker';
import { launchChromium, type ChromiumSession } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { analyzeWithCli, unsourcedCount, type CliResult } from './helpers/analyze-with-cli';
import { controlNamed } from './helpers/control-named';
import { highlightSizes, unsourcedRanges } from './helpers/highlight-sizes';
import { foldSpaces, localeMessage } from './helpers/locale-message';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { openPopup } from './helpers/open-popup';
import { FIXTURES } from './helpers/paths';

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

  test('a background stopped since the page was read holds no report for it: a change of labels still reaches the popup, the page sending its report whole', async () => {
    const before = await tabReport(options, article.tabId);
    expect(before).toMatchObject({ state: 'article', highlighted: expect.arrayContaining(['hedged']) });
    // the worker is stopped as the browser stops an idle one; its reports wait in storage.session
    const mark = () => (globalThis as { unsourcedTestMark?: boolean }).unsourcedTestMark;
    await (await extensionWorker(browser)).evaluate(() => void ((globalThis as { unsourcedTestMark?: boolean }).unsourcedTestMark = true));
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const hedged = controlNamed(options, message('label_hedged_name'));
    await hedged.uncheck();
    await expect.poll(() => tabReport(options, article.tabId), { timeout: 10_000 }).toMatchObject({ state: 'article', highlighted: expect.not.arrayContaining(['hedged']) });
    const after = await tabReport(options, article.tabId);
    // a new worker answered: the old one, and what it held, are gone
    expect(await (await extensionWorker(browser)).evaluate(mark)).toBeUndefined();
    // the same report but for what is painted: built by the page, as the background built it
    expect({ ...after, highlighted: [] }).toEqual({ ...before, highlighted: [] });
    await hedged.check();
    await expect.poll(() => tabReport(options, article.tabId), { timeout: 10_000 }).toMatchObject({ state: 'article', highlighted: expect.arrayContaining(['hedged']) });
  });

  test('popup: "Mark on the page" — nothing, only vague and unconfirmed, everything; remembered, and per site when asked', async () => {
    const popup = await openPopup(browser, article.page);
    const sizes = () => highlightSizes(article.page);
    await popup.getByRole('radio', { name: message('display_none') }).check({ force: true });
    await expect.poll(paintedCount, { timeout: 5_000 }).toBe(0);
    // the badge still counts
    expect(await badgeText(browser, article.tabId)).toBe(String(unsourcedCount(cli)));

    await popup.getByRole('radio', { name: message('display_vague_hedged') }).check({ force: true });
    await expect.poll(async () => (await sizes())['unsourced-vague'] ?? 0, { timeout: 5_000 }).toBe(cli.totals.vague);
    expect((await sizes())['unsourced-hedged'] ?? 0).toBe(cli.totals.hedged);
    expect((await sizes())['unsourced-unattributed'] ?? 0).toBe(0);
    // remembered for the reader: the options page shows the same choice
    await expect.poll(() => options.getByRole('radio', { name: message('display_vague_hedged') }).isChecked(), { timeout: 5_000 }).toBe(true);

    // this site's own choice: "Nothing" here, while the default stays "Vague and unconfirmed"
    await controlNamed(popup, message('popup_display_site').replace('$SITE$', '127.0.0.1')).check();
    await popup.getByRole('radio', { name: message('display_none') }).check({ force: true });
    await expect.poll(paintedCount, { timeout: 5_000 }).toBe(0);
    await expect.poll(() => options.getByText('127.0.0.1', { exact: true }).count(), { timeout: 5_000 }).toBe(1);
    expect(await options.getByRole('radio', { name: message('display_vague_hedged') }).isChecked()).toBe(true);

    // back to the default on this site, then everything everywhere
    await controlNamed(popup, message('popup_display_site').replace('$SITE$', '127.0.0.1')).uncheck();
    await expect.poll(async () => (await sizes())['unsourced-vague'] ?? 0, { timeout: 5_000 }).toBe(cli.totals.vague);
    await popup.getByRole('radio', { name: message('display_all') }).check({ force: true });
    await expect.poll(async () => unsourcedRanges(await sizes()), { timeout: 5_000 }).toBe(unsourcedCount(cli));
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
