import { hasExactKeys, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';
import { isPageReport, type PageReport } from './page-report';

/** Content script → background. */
export type ContentMessage = { type: 'report'; report: PageReport };

/** Content script → background: a `report` with a valid `PageReport`, at most MAX_MESSAGE_BYTES as JSON. */
export function isContentMessage(message: unknown): message is ContentMessage {
  // Shape first: every bound is checked before anything is walked or serialised.
  return isRecord(message) && hasExactKeys(message, ['type', 'report']) && message.type === 'report' && isPageReport(message.report) && fitsMessageSize(message);
}
