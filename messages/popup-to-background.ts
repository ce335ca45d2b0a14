import { hasExactKeys, isCount, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';
import { isPageReport, type PageReport } from './page-report';

/** Popup → background. */
export type PopupToBackground = { type: 'get-tab-report'; tabId: number };

/** Background's answer to `get-tab-report`: null when the tab has no content script (a browser page). */
export type TabReportResponse = { report: PageReport | null };

/** Popup → background: `get-tab-report` for a real tab id (0 or more; -1 is "no tab"). */
export function isPopupToBackground(message: unknown): message is PopupToBackground {
  return isRecord(message) && hasExactKeys(message, ['type', 'tabId']) && message.type === 'get-tab-report' && isCount(message.tabId) && fitsMessageSize(message);
}

/** Background → popup, the answer to `get-tab-report`: a valid report, or null. */
export function isTabReportResponse(message: unknown): message is TabReportResponse {
  return isRecord(message) && hasExactKeys(message, ['report']) && (message.report === null || isPageReport(message.report)) && fitsMessageSize(message);
}
