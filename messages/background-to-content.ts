import { hasExactKeys, isRecord } from './field-guards';

/**
 * Background → content script, after the tab finished loading something (often only an iframe).
 * Needs no answer and must be ignored silently: the background only learns whether any content
 * script still listens in the tab's top frame (the browser rejects the send when none does).
 */
export type BackgroundToContent = { type: 'ping' };

/** Background → content script: the `ping` a content script must ignore without a warning. */
export function isBackgroundToContent(message: unknown): message is BackgroundToContent {
  return isRecord(message) && hasExactKeys(message, ['type']) && message.type === 'ping';
}
