import type { Reading } from '../messages/analysis-port';
import { type TabReportResponse, isPopupToBackground } from '../messages/popup-to-background';
import type { TabReports } from './tab-reports';
import { isContentMessage, type PaintedResponse } from '../messages/content-to-background';

/** What `runtime.onMessage` says about the sender (the fields used here). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface MessageContext {
  reports: TabReports;
  /** `browser.runtime.id`. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`: where the popup and the options page live. */
  extensionOrigin: string;
  /** The background's analyzer (background/analysis-service.ts), for analysis connections (accept-analysis-port.ts). */
  analyzer: {
    /** Gets ready for a page soon (returns at once; the work is done later). */
    prepare(): void;
    /** Reads a page from its serialized markup: the answer to send back. */
    read(html: string, url: string | null): Reading;
  };
}

/**
 * The background's `runtime.onMessage` listener, minus the browser. A promise is the answer (the
 * polyfill sends what it resolves to); `undefined` means the message was dropped, with a warning.
 */
export function handleMessage(message: unknown, sender: Sender, context: MessageContext): Promise<TabReportResponse | PaintedResponse | undefined> | undefined {
  // Only our own content scripts and pages; other extensions arrive through onMessageExternal,
  // which is never listened to, and `externally_connectable` is never declared.
  if (sender.id !== context.extensionId) return drop('from another extension');
  const fromOurPage = sender.url !== undefined && sender.url.startsWith(context.extensionOrigin);

  if (isContentMessage(message)) {
    // The tab is the browser's word, never the message's; a popup or an options tab cannot report.
    const tabId = sender.tab?.id;
    if (tabId === undefined || !Number.isSafeInteger(tabId) || tabId < 0) return drop('a report from outside a tab');
    if (fromOurPage) return drop('a report from an extension page');
    // A report describes the page: an iframe's content script must not overwrite it.
    if (sender.frameId !== undefined && sender.frameId !== 0) return drop('a report from a frame');
    if (message.type === 'painted') return context.reports.painted(tabId, message.token, message.highlighted, sender.url ?? null).then((held) => ({ held }));
    return context.reports.set(tabId, message.report, sender.url ?? null).then(() => undefined);
  }

  if (isPopupToBackground(message)) {
    // A popup has no tab; an options page opened in a tab has one, but our own URL.
    if (!fromOurPage && (sender.tab !== undefined || sender.url !== undefined)) return drop('a popup request from a web page');
    return context.reports.get(message.tabId).then((report) => ({ report }));
  }

  return drop('not a message of ours, or malformed');
}

function drop(why: string): undefined {
  console.warn(`[unsourced] message dropped: ${why}`);
  return undefined;
}
