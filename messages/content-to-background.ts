import { CLAIM_LABELS, type ClaimLabel } from '../analyzer/types';
import { hasExactKeys, isBoundedArray, isBoundedString, isOneOf, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';
import { MAX_REPORT_TOKEN_CHARS } from './limits';
import { isPageReport, type PageReport } from './page-report';

/**
 * Content script → background (`runtime.sendMessage`):
 * - `report`: the page's whole report (no article, switched off, waiting; or an article the
 *   background no longer holds: it was restarted, or the page came back from the back/forward cache);
 * - `painted`: the article the background answered with `report` token `token` (analysis-port.ts) is
 *   painted with these labels: the background completes the report it built and holds, so the page
 *   never sends the claims' text back. The answer says whether it held it (`PaintedResponse`).
 */
export type ContentMessage = { type: 'report'; report: PageReport } | { type: 'painted'; token: string; highlighted: ClaimLabel[] };

/** The background's answer to `painted`: false when it holds no report of that token (the page then sends `report`). */
export type PaintedResponse = { held: boolean };

/** A `report` with a valid `PageReport`, at most MAX_MESSAGE_BYTES as JSON; or a `painted` within its bounds. */
export function isContentMessage(message: unknown): message is ContentMessage {
  // Shape first: every bound is checked before anything is walked or serialised.
  if (!isRecord(message)) return false;
  if (message.type === 'painted') {
    return (
      hasExactKeys(message, ['type', 'token', 'highlighted']) &&
      isBoundedString(message.token, MAX_REPORT_TOKEN_CHARS, 1) &&
      isBoundedArray(message.highlighted, CLAIM_LABELS.length) &&
      message.highlighted.every((label) => isOneOf(label, CLAIM_LABELS)) &&
      new Set(message.highlighted).size === message.highlighted.length
    );
  }
  return hasExactKeys(message, ['type', 'report']) && message.type === 'report' && isPageReport(message.report) && fitsMessageSize(message);
}

/** The background's answer to `painted`, as the page reads it (anything else: not held). */
export function isPaintedResponse(value: unknown): value is PaintedResponse {
  return isRecord(value) && typeof value.held === 'boolean';
}
