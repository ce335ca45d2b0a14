import { hasExactKeys, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';
import type { TabReportResponse } from './protocol';
import { isPageReport } from './validate-page-report';

/** Background → popup, the answer to `get-tab-report`: a valid report, or null. */
export function isTabReportResponse(message: unknown): message is TabReportResponse {
  return isRecord(message) && hasExactKeys(message, ['report']) && (message.report === null || isPageReport(message.report)) && fitsMessageSize(message);
}
