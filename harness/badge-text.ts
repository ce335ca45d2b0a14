import type { ChromeApi } from './chrome-api';
import { extensionWorker } from './extension-worker';
import type { ChromiumSession } from './launch-chromium';

declare const chrome: ChromeApi;

/** The text on the toolbar icon for one tab, as the browser shows it. */
export async function badgeText(session: ChromiumSession, tabId: number): Promise<string> {
  const worker = await extensionWorker(session);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
