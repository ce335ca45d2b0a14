import type { ClaimLabel, Label, ReasonCode, SourceEntry, SourceKind, Totals } from '../analyzer/types';

/** One flagged or attributed sentence as the popup lists it. `id` is its index in the analysis. */
export interface ReportSentence {
  id: number;
  label: Label;
  /** The sentence text, cut to MAX_SENTENCE_CHARS. */
  text: string;
  reasons: { code: ReasonCode; cue?: string }[];
  source: { name: string; kind: SourceKind } | null;
}

/** What the content script found on its page: everything the popup and the badge show. */
export type PageReport =
  | {
      state: 'article';
      url: string;
      title: string | null;
      language: string;
      unsupportedLanguage: boolean;
      totals: Totals;
      sources: SourceEntry[];
      /** Every claim sentence, in reading order (not-claims left out). */
      sentences: ReportSentence[];
      /** Set when only part of the page was analysed ("first N paragraphs"). */
      truncated: { analysedBlocks: number; totalBlocks: number } | null;
      /** Labels currently painted on the page. */
      highlighted: ClaimLabel[];
      highlightsVisible: boolean;
    }
  | { state: 'not-article'; url: string; reason: string }
  | { state: 'site-disabled'; url: string }
  | { state: 'waiting'; url: string } // auto-run is off: analysed only when the popup asks
  | { state: 'analysing'; url: string };

/** Content script → background. */
export type ContentMessage = { type: 'report'; report: PageReport };

/** Popup → background. */
export type PopupToBackground = { type: 'get-tab-report'; tabId: number };

/** Popup → content script of the active tab (through `browser.tabs.sendMessage`). */
export type PopupToContent =
  | { type: 'run' }
  | { type: 'scroll-to'; id: number }
  | { type: 'set-highlights-visible'; visible: boolean };

/** Background's answer to `get-tab-report`: null when the tab has no content script (a browser page). */
export type TabReportResponse = { report: PageReport | null };

export const MAX_SENTENCE_CHARS = 400;
export const MAX_SENTENCES = 2000;
export const MAX_SOURCES = 500;
export const MAX_MESSAGE_BYTES = 1_000_000;
