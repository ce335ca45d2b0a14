import { hasExactKeys, isCount, isRecord } from './field-guards';
import { fitsMessageSize } from './fits-message-size';
import type { PopupToContent } from './protocol';

/** Popup → content script: `run`, `scroll-to` a sentence id, or `set-highlights-visible`. */
export function isPopupToContent(message: unknown): message is PopupToContent {
  if (!isRecord(message) || !fitsMessageSize(message)) return false;
  switch (message.type) {
    case 'run':
      return hasExactKeys(message, ['type']);
    case 'scroll-to':
      return hasExactKeys(message, ['type', 'id']) && isCount(message.id);
    case 'set-highlights-visible':
      return hasExactKeys(message, ['type', 'visible']) && typeof message.visible === 'boolean';
    default:
      return false;
  }
}
