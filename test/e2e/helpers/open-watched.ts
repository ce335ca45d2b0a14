import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { watchTabErrors, type TabErrors } from '../../../harness/chromium-tab-errors';
import type { ChromiumSession } from '../../../harness/launch-chromium';
import { tabIdOf } from '../../../harness/tab-id-of';
import { tabReport } from '../../../harness/tab-report';
import type { PageReport } from '../../../messages/page-report';
import { startPageMetrics } from './page-metrics';

export interface WatchedPage {
  page: Page;
  tabId: number;
  watch: TabErrors;
  /** The background's report for the tab now. */
  report(): Promise<PageReport | null>;
  /** Waits until the report satisfies `done` (by default: anything but "analysing"), and returns it. */
  settled(done?: (report: PageReport) => boolean, timeoutMs?: number): Promise<PageReport>;
}

/**
 * Opens `url` in a new tab watched from before its first byte (extension errors, Chromium's counters),
 * and waits until the extension has reported on it. `messenger` is any extension page, to ask the
 * background for the tab's report as the popup does.
 */
export async function openWatched(session: ChromiumSession, messenger: Page, url: string, done?: (report: PageReport) => boolean): Promise<WatchedPage> {
  const page = await session.newPage();
  const watch = await watchTabErrors(session, page);
  await startPageMetrics(watch.cdp);
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(session, page);
  const report = () => tabReport(messenger, tabId);
  const settled = async (until: (r: PageReport) => boolean = (r) => r.state !== 'analysing', timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = await report();
      if (now && until(now)) return now;
      if (Date.now() > deadline) throw new Error(`${url}: no report as expected after ${timeoutMs / 1000} s; last: ${JSON.stringify(now)?.slice(0, 300)}`);
      await sleep(100);
    }
  };
  await settled(done);
  return { page, tabId, watch, report, settled };
}

export type ArticleReport = Extract<PageReport, { state: 'article' }>;
export const isArticle = (r: PageReport): r is ArticleReport => r.state === 'article';

/** Waits for an article report and its highlights, and returns the report. */
export async function articleReport(opened: WatchedPage, timeoutMs?: number): Promise<ArticleReport> {
  const report = await opened.settled(isArticle, timeoutMs);
  // polled by evaluation: Playwright's waitForFunction needs the page's MutationObserver, which a page may break
  await expect.poll(() => opened.page.evaluate(() => performance.getEntriesByName('unsourced:highlight').length), { timeout: 10_000 }).toBeGreaterThan(0);
  return report as ArticleReport;
}

/** How many times the extension has read the page (each run starts with `unsourced:check`). */
export function runsSoFar(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('unsourced:check').length);
}

/** No error and no warning of the extension in the page, from its first byte until now. */
export function expectNoExtensionErrors(opened: WatchedPage): void {
  expect(opened.watch.errors(), 'errors of the extension in the page').toEqual([]);
  expect(opened.watch.warnings(), 'warnings of the extension in the page').toEqual([]);
}
