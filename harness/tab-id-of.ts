import type { Page } from 'playwright-core';
import type { ChromeApi } from './chrome-api';
import { extensionWorker } from './extension-worker';
import type { ChromiumSession } from './launch-chromium';

declare const chrome: ChromeApi;

/**
 * The `tabs` id of a page. The extension has no `tabs` permission, so tabs cannot be found by URL:
 * the page is made the active tab, then the extension's worker asks for the active tab.
 */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await extensionWorker(session);
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab found for ${page.url()}`);
  return id;
}
