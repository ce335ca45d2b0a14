import { hasExactKeys, isCount, isRecord } from './field-guards';
import type { BackgroundToPopup } from './protocol';

/** Background → popup: a tab's report changed. */
export function isBackgroundToPopup(message: unknown): message is BackgroundToPopup {
  return isRecord(message) && hasExactKeys(message, ['type', 'tabId']) && message.type === 'tab-report-changed' && isCount(message.tabId);
}
