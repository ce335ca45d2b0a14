import type { Page } from 'playwright-core';
import type { PageReport } from '../messages/page-report';
import type { TabReportResponse } from '../messages/popup-to-background';
import type { ChromeApi } from './chrome-api';

declare const chrome: ChromeApi;

/** What the background keeps for a tab (the popup's `get-tab-report`), asked from an extension page. */
export async function tabReport(extensionPage: Page, tabId: number): Promise<PageReport | null> {
  const response = await extensionPage.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'get-tab-report', tabId: id }) as Promise<TabReportResponse | undefined>,
    tabId,
  );
  return response?.report ?? null;
}
