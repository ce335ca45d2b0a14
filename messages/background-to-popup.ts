import { hasExactKeys, isCount, isRecord } from './field-guards';

/**
 * Background → extension pages (the open popup), whenever a tab's report is stored or cleared.
 * Only the tab id: the popup asks `get-tab-report` again if it is showing that tab.
 */
export type BackgroundToPopup = { type: 'tab-report-changed'; tabId: number };

/** Background → popup: a tab's report changed. */
export function isBackgroundToPopup(message: unknown): message is BackgroundToPopup {
  return isRecord(message) && hasExactKeys(message, ['type', 'tabId']) && message.type === 'tab-report-changed' && isCount(message.tabId);
}
