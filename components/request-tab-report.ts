import { browser } from 'wxt/browser';
import type { PageReport } from '../messages/page-report';
import { type PopupToBackground, isTabReportResponse } from '../messages/popup-to-background';

/**
 * The popup's question to the background: the report of `tabId`, or null when the tab has none (a
 * browser page, or a page still loading). Rejects when the background gives no valid answer.
 */
export async function requestTabReport(tabId: number): Promise<PageReport | null> {
  const request: PopupToBackground = { type: 'get-tab-report', tabId };
  const response: unknown = await browser.runtime.sendMessage(request);
  if (!isTabReportResponse(response)) throw new Error('Unsourced: the background gave no valid answer to get-tab-report');
  return response.report;
}
