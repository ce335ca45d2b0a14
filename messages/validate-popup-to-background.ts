import { hasExactKeys, isCount, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';
import type { PopupToBackground } from './protocol';

/** Popup → background: `get-tab-report` for a real tab id (0 or more; -1 is "no tab"). */
export function isPopupToBackground(message: unknown): message is PopupToBackground {
  return isRecord(message) && hasExactKeys(message, ['type', 'tabId']) && message.type === 'get-tab-report' && isCount(message.tabId) && fitsMessageSize(message);
}
