import type { PageReport } from '../messages/page-report';
import type { TabReportResponse } from '../messages/popup-to-background';

export type ArticleReport = Extract<PageReport, { state: 'article' }>;

/** What the popup shows, one screen per case. */
export type PopupStatus =
  | { kind: 'loading' } // the background has not answered yet
  | { kind: 'browser-page' } // chrome://, about:, the web store: no extension may run there
  | { kind: 'reload' } // a web page with no content script: open before the extension was installed
  | { kind: 'unreachable' } // no report, and the browser hides the address: one of the two above
  | { kind: 'site-disabled'; site: string }
  | { kind: 'analysing' }
  | { kind: 'waiting' } // auto-run is off
  | { kind: 'not-article'; reason: string }
  | { kind: 'article'; report: ArticleReport };

export interface PopupStatusInput {
  /**
   * The active tab's address. Undefined when the browser hides it: without the `tabs` permission it shows
   * only the addresses of pages the extension may script, so a report (which carries its own) is needed.
   */
  tabUrl: string | undefined;
  /** The tab is still loading its page: no report is expected yet. */
  tabLoading: boolean;
  /** The background's answer; undefined while it has not come. */
  response: TabReportResponse | undefined;
  /** The entry of `disabledSites` that covers the tab, if any (the settings are newer than a report). */
  disabledBy: string | null;
  /** The reader just asked for a run (Analyse, or turning the site back on): the report will follow. */
  runRequested: boolean;
}

/** Pages no extension can script, though their address is http(s). */
const STORE_PAGES = [/^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/addons\.mozilla\.org\//, /^https:\/\/microsoftedge\.microsoft\.com\/addons/];

/** The screen for a tab, from its address, the background's answer and the settings. */
export function popupStatus({ tabUrl, tabLoading, response, disabledBy, runRequested }: PopupStatusInput): PopupStatus {
  const report = response?.report ?? null;
  const webPage = !!tabUrl && /^https?:/.test(tabUrl) && !STORE_PAGES.some((p) => p.test(tabUrl));
  if (tabUrl && !webPage && !report) return { kind: 'browser-page' };
  if (disabledBy) return { kind: 'site-disabled', site: disabledBy };
  if (!response) return { kind: 'loading' };
  if (!report) {
    if (tabLoading || runRequested) return { kind: 'analysing' };
    return tabUrl ? { kind: 'reload' } : { kind: 'unreachable' };
  }
  switch (report.state) {
    case 'article':
      return { kind: 'article', report };
    case 'not-article':
      return { kind: 'not-article', reason: report.reason };
    case 'analysing':
      return { kind: 'analysing' };
    // A site-disabled report while the settings already say "on": the content script is catching up.
    case 'waiting':
    case 'site-disabled':
      return runRequested ? { kind: 'analysing' } : { kind: 'waiting' };
  }
}
