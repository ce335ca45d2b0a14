import type { TabReports } from './tab-reports';

/** The part of `browser.tabs` watched here. */
export interface TabEvents {
  onUpdated: EventLike<(tabId: number, changeInfo: { status?: string; url?: string }) => Promise<void>>;
  onRemoved: EventLike<(tabId: number) => Promise<void>>;
}

interface EventLike<T> {
  addListener(listener: T): void;
  removeListener(listener: T): void;
}

/**
 * Clears a tab's report when its page is gone, with only the `storage` permission. Without `tabs`
 * (or host permissions), `tabs.onUpdated` says `status` but never `url`, and `status: 'loading'`
 * also fires when any iframe loads, so it cannot tell a new page from an ad refresh. So:
 * - when the tab finishes loading anything, ask whether a content script of ours still listens in
 *   its top frame: if none does, the page that reported is gone (a browser page, a PDF, a site
 *   outside our matches) and the report goes; if one does, it is either the old page (an iframe
 *   loaded) or a new page whose content script reports for itself;
 * - when the browser does give a URL (a host permission granted), a different document clears at once;
 * - when the tab closes, the report goes.
 * Returns a function that stops watching.
 */
export function watchTabs(tabs: TabEvents, reports: TabReports, isContentScriptAlive: (tabId: number) => Promise<boolean>): () => void {
  // The listeners return their promise: browsers ignore it, tests await it.
  const onUpdated = async (tabId: number, changeInfo: { status?: string; url?: string }): Promise<void> => {
    if (changeInfo.status !== 'complete' && changeInfo.url === undefined) return;
    const entry = await reports.entry(tabId);
    if (!entry) return;
    if (changeInfo.url !== undefined && entry.documentUrl !== null && !sameDocument(changeInfo.url, entry.documentUrl)) {
      await reports.clearIfStill(tabId, entry);
      return;
    }
    if (changeInfo.status !== 'complete') return;
    if (await isContentScriptAlive(tabId)) return;
    // Only if no new report arrived while we asked.
    await reports.clearIfStill(tabId, entry);
  };
  const onRemoved = (tabId: number): Promise<void> => reports.forget(tabId);
  tabs.onUpdated.addListener(onUpdated);
  tabs.onRemoved.addListener(onRemoved);
  return () => {
    tabs.onUpdated.removeListener(onUpdated);
    tabs.onRemoved.removeListener(onRemoved);
  };
}

/** Same document: the URLs differ at most in their #fragment. */
function sameDocument(a: string, b: string): boolean {
  return a.split('#', 1)[0] === b.split('#', 1)[0];
}
