import type { Article, ClaimLabel, Label, ReasonCode, Source, SourceEntry, Totals } from '../analyzer/types';

import type { CompactAnalysis } from './compact-analysis';

/** One flagged or attributed sentence as the popup lists it. `id` is its index in the analysis. */
export interface ReportSentence {
  id: number;
  label: Label;
  /** The sentence text, cut to MAX_SENTENCE_CHARS. */
  text: string;
  reasons: { code: ReasonCode; cue?: string }[];
  source: Source | null;
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

/**
 * The connection (`runtime.connect`) a content script opens to have an article analysed by the
 * background, whose analyzer stays compiled and warm from page to page (a content script's runs cold,
 * every page). Opened as soon as the page passes the reader-able check, so that a background that was
 * asleep starts, warms its analyzer and sets the connection up while the page extracts its article;
 * then one `AnalyzeRequest` goes over it and one `AnalyzeResponse` comes back.
 */
export const ANALYSIS_PORT = 'unsourced:analysis';

/**
 * Content script → background, over an ANALYSIS_PORT connection: the article the page's Readability
 * found. Blocks carry `kind`, `text`, `links`, `liveIndex` and `role`; the article fits every MAX_ARTICLE_…
 * bound (page/analyse-article.ts cuts it to fit).
 */
export type AnalyzeRequest = { type: 'analyze'; article: Article };

/**
 * The background's answer to `analyze`, on the same connection (compact-analysis.ts); `failed` when it
 * refused the request or its analyzer threw (the page does not ask again: it would fail the same way).
 */
export type AnalyzeResponse = { analysis: CompactAnalysis } | { failed: true };

/** Popup → background. */
export type PopupToBackground = { type: 'get-tab-report'; tabId: number };

/** Popup → content script of the active tab (through `browser.tabs.sendMessage`). */
export type PopupToContent =
  | { type: 'run' }
  | { type: 'scroll-to'; id: number }
  | { type: 'set-highlights-visible'; visible: boolean };

/** Background's answer to `get-tab-report`: null when the tab has no content script (a browser page). */
export type TabReportResponse = { report: PageReport | null };

/**
 * Background → content script, after the tab finished loading something (often only an iframe).
 * Needs no answer and must be ignored silently: the background only learns whether any content
 * script still listens in the tab's top frame (the browser rejects the send when none does).
 */
export type BackgroundToContent = { type: 'ping' };

/**
 * Background → extension pages (the open popup), whenever a tab's report is stored or cleared.
 * Only the tab id: the popup asks `get-tab-report` again if it is showing that tab.
 */
export type BackgroundToPopup = { type: 'tab-report-changed'; tabId: number };

export const MAX_SENTENCE_CHARS = 400;
export const MAX_SENTENCES = 2000;
export const MAX_SOURCES = 500;
/** The whole message as JSON, in UTF-8 bytes. */
export const MAX_MESSAGE_BYTES = 1_000_000;

// Every other string and list has a bound too, so a message is rejected before anything walks it.
// Lengths are in UTF-16 code units (`string.length`): cut with `.slice(0, MAX_…)` before sending.
/** A source name, a reason's cue. */
export const MAX_NAME_CHARS = 200;
export const MAX_REASONS_PER_SENTENCE = 16;
export const MAX_TITLE_CHARS = 1000;
export const MAX_URL_CHARS = 8192;
/** The `reason` of a not-article report. */
export const MAX_REASON_CHARS = 500;
/** A language tag such as `fr`, `en-GB` or `und` (BCP 47 tags stay under 35 in practice). */
export const MAX_LANGUAGE_CHARS = 35;

// An analysis request: past these the content script sends the article's first blocks only, and the
// popup says "only the first N of M paragraphs were analysed".
export const MAX_ARTICLE_BLOCKS = 1500;
/** Characters of all the blocks' text together. */
export const MAX_ARTICLE_CHARS = 400_000;
/** Links of all the blocks together. */
export const MAX_ARTICLE_LINKS = 20_000;
/** Characters of all the links' addresses together. */
export const MAX_ARTICLE_LINK_CHARS = 400_000;
