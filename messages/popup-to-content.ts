import { hasExactKeys, isCount, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';

/** Popup → content script of the active tab (through `browser.tabs.sendMessage`). */
export type PopupToContent =
  | { type: 'run' }
  | { type: 'scroll-to'; id: number };

/** Popup → content script: `run` (analyse now), or `scroll-to` a sentence id. */
export function isPopupToContent(message: unknown): message is PopupToContent {
  if (!isRecord(message) || !fitsMessageSize(message)) return false;
  switch (message.type) {
    case 'run':
      return hasExactKeys(message, ['type']);
    case 'scroll-to':
      return hasExactKeys(message, ['type', 'id']) && isCount(message.id);
    default:
      return false;
  }
}
