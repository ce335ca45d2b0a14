import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import type { PageReport } from '../../../messages/protocol';
import { watchExtensionErrors, type ExtensionErrors } from './extension-errors';
import type { ChromiumSession } from './launch-chromium';
import { startPageMetrics } from './page-metrics';
import { tabIdOf } from './tab-id-of';
import { tabReport } from './tab-report';

export interface WatchedPage {
  page: Page;
  tabId: number;
  watch: ExtensionErrors;
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
  const watch = await watchExtensionErrors(session, page);
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
