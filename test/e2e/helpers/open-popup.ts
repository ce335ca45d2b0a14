import type { Page } from 'playwright-core';
import type { ChromeApi } from '../../../harness/chrome-api';
import type { ChromiumSession } from '../../../harness/launch-chromium';
import { tabIdOf } from '../../../harness/tab-id-of';

declare const chrome: ChromeApi;

/** The popup's size in Chromium's toolbar bubble is set by its own CSS; this viewport leaves room for it. */
const POPUP_VIEWPORT = { width: 420, height: 640 };

/**
 * Opens the extension's popup for the tab showing `article`, as a reader clicking the toolbar icon
 * would see it. Opened as a page, the popup would find itself as the active tab: so its
 * `tabs.query({ active: true })` is answered with the article's tab, and `?tabId=` names it too.
 */
export async function openPopup(session: ChromiumSession, article: Page): Promise<Page> {
  if (!session.extension) throw new Error('this browser was launched without the extension');
  const tabId = await tabIdOf(session, article);
  const popup = await session.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.addInitScript((articleTabId) => {
    const scope = globalThis as unknown as { chrome?: ChromeApi; browser?: ChromeApi };
    // the polyfill calls `chrome`; Chromium also has a native `browser` alias
    for (const api of new Set([scope.chrome, scope.browser])) {
      if (!api?.tabs) continue;
      const query = api.tabs.query.bind(api.tabs);
      api.tabs.query = (async (info: Parameters<typeof query>[0]) =>
        info.active ? [await chrome.tabs.get(articleTabId)] : query(info)) as typeof query;
    }
  }, tabId);
  await popup.goto(`chrome-extension://${session.extension.id}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Sizes the viewport to the popup's own width and height, as Chromium sizes its toolbar bubble
 * (at most 800 × 600), so a screenshot shows what a reader sees.
 */
export async function fitPopupViewport(popup: Page): Promise<void> {
  // laid out in a narrow window, the page overflows to exactly the width its own CSS asks for
  await popup.setViewportSize({ width: 100, height: 600 });
  const width = await popup.evaluate(() => document.documentElement.scrollWidth);
  await popup.setViewportSize({ width: Math.min(Math.max(width, 200), 800), height: 600 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: Math.min(Math.max(width, 200), 800), height: Math.min(Math.max(height, 100), 600) });
}
