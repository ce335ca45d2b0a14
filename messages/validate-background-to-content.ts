import { hasExactKeys, isRecord } from './field-guards';
import type { BackgroundToContent } from './protocol';

/** Background → content script: the `ping` a content script must ignore without a warning. */
export function isBackgroundToContent(message: unknown): message is BackgroundToContent {
  return isRecord(message) && hasExactKeys(message, ['type']) && message.type === 'ping';
}
