import { browser } from 'wxt/browser';
import type { BackgroundToPopup } from '../messages/background-to-popup';
import type { PageReport } from '../messages/page-report';
import { updateBadge } from './update-badge';

/** After a tab's report changed: its badge, and a word to the popup if one is open. */
export async function announceTabReport(tabId: number, report: PageReport | null): Promise<void> {
  await updateBadge(tabId, report);
  const changed: BackgroundToPopup = { type: 'tab-report-changed', tabId };
  // Reaches extension pages only (content scripts hear tabs.sendMessage); rejects when none is open.
  // Not awaited: a popup slow to answer must not hold up the next report of this tab.
  void browser.runtime.sendMessage(changed).catch(() => undefined);
}
