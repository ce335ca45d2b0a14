/** Shared shapes of a corpus run: what one load sees, what one page comes to, what the run sums up. */

import type { ExtensionError } from '../../harness/extension-error';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** One saved page of the corpus folder. */
export interface CorpusPage {
  /** `<slug>` of `<slug>/source.html`, or the file name without `.html` for a flat file. */
  slug: string;
  /** Absolute path of the HTML file. */
  file: string;
  /** Its path on the local server, relative to the corpus folder (`/bbc-1/source.html`). */
  urlPath: string;
}

/**
 * The names the content script measures: `shape` (can the page be read at all: HTML first, its depth
 * once it passed `check`), `check` (isProbablyReaderable), `load` (importing the analysis chunk,
 * article pages only, first run only), `extract`, `serialize` (the document as HTML, one measure per
 * slice), `send`, `analyze`, `highlight` (locate, one measure per slice, and paint), `report` (encoding the
 * messages that report the page to the background), `run`, which spans a whole run,
 * and `first-run`, from the content script's start (document idle) to the first run's end (painted, or
 * decided that there is no article).
 */
export const STAGES = ['shape', 'check', 'load', 'extract', 'serialize', 'send', 'analyze', 'highlight', 'card', 'report', 'run', 'first-run'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stages that run on the page's main thread, whose measures add up to the extension's own time
 * there. Not `analyze` (the page waits for the background) nor `load` (the analysis chunk's import,
 * which now runs while the page waits, and whose measure is that wait; the chunk's own evaluation, 3
 * KiB, is not measured apart). Runs of the former path (Readability on the page) are summed the same
 * way: their `load` (a 15 KiB chunk's fetch, compile and run, on the page's path before `extract`) is
 * reported beside.
 */
export const MAIN_THREAD_STAGES: readonly Stage[] = ['shape', 'check', 'extract', 'serialize', 'send', 'highlight', 'card', 'report'];

/** The stages during which the page only waits: a long task in them is laid to them only when it overlaps no work stage. */
export const WAITING_STAGES: readonly Stage[] = ['load', 'analyze'];

/** A task over 50 ms on the page's main thread, and the extension's stage it overlaps most. */
export interface LongTask {
  start: number;
  duration: number;
  /** A stage of MAIN_THREAD_STAGES, else of WAITING_STAGES; `page` when it overlaps none (the site's own, or between our stages). */
  stage: Stage | 'page';
}

/** What the page looks like once settled, read from the page's own world. */
export interface PageSnapshot {
  url: string;
  /** `document.body.innerText`. */
  text: string;
  /** `getElementsByTagName('*').length`, minus the extension's hover-card host under `<html>`. */
  elements: number;
  /** `document.documentElement.scrollHeight`. */
  height: number;
  /** Size of every `unsourced-*` entry of `CSS.highlights`. */
  highlights: Record<string, number>;
  /** Every `unsourced:*` performance measure, in the order of their start. */
  measures: { name: string; start: number; duration: number }[];
  /** Tasks over 50 ms on the page's main thread since it started (page-probe.ts LONG_TASK_WATCH_SCRIPT). */
  longTasks: { start: number; duration: number }[];
  /** `longtask` (Chromium's entries), `timer-gaps` (Firefox: a late 10 ms timer), `none` (not installed). */
  longTaskSource: 'longtask' | 'timer-gaps' | 'none';
}

/** What the background knows about the tab (Chromium only: Firefox's background is out of reach). */
export interface TabState {
  /** `article`, `not-article`, … as reported; null when no report arrived. */
  state: string | null;
  reason: string | null;
  badge: string | null;
  /** `unattributed + hedged` of the report's totals. */
  unsourced: number | null;
  truncated: boolean;
  /**
   * The background's own `unsourced:read` (its timeline keeps the last page only), ms: its share of
   * the page's `unsourced:analyze` wait. Null when the background has none.
   */
  backgroundAnalyzeMs: number | null;
}

export type LoadStatus = 'ok' | 'timeout' | 'crashed' | 'failed';

export type LoadResult =
  | {
      status: 'ok';
      snapshot: PageSnapshot;
      errors: ExtensionError[];
      tab: TabState | null;
      ms: number;
      /** The live DOM as HTML, read with the extension loaded (for the CLI comparison); null without. */
      html: string | null;
    }
  | { status: Exclude<LoadStatus, 'ok'>; message: string; errors: ExtensionError[]; ms: number };

export const METRICS = ['text', 'elements', 'height'] as const;
export type Metric = (typeof METRICS)[number];

/** How one metric compares across the loads of one page. */
export type MetricVerdict = 'same' | 'changed-by-extension' | 'unstable';

export interface Observed {
  textLength: number;
  elements: number;
  height: number;
  /** How long the load took, from navigation to snapshot. */
  ms: number;
}

export type ExtensionVerdict = 'article' | 'not-article' | 'not-run';

export interface PageResult {
  slug: string;
  file: string;
  url: string;
  /** ok when every load it needed finished; otherwise the first failure. */
  status: LoadStatus;
  message?: string;
  /** Null: not loaded (with the extension: the plain load failed; again: no difference to check). */
  loads: { without: LoadStatus; with: LoadStatus | null; withoutAgain: LoadStatus | null; withAgain: LoadStatus | null };
  verdict: ExtensionVerdict;
  /** Why it is not an article, from the report (Chromium) or from the measures taken (both). */
  reason: string | null;
  errors: ExtensionError[];
  metrics: Record<Metric, MetricVerdict>;
  /** What differed, for a person to look at: lengths, counts, heights, the first differing text. */
  differences: string[];
  /** The raw figures of each load, for a person to look at; null for a load not made or failed. */
  observed: { without: Observed | null; with: Observed | null; withoutAgain: Observed | null; withAgain: Observed | null };
  badge: string | null;
  /** unattributed + hedged as the extension says it: the report's totals (Chromium), else ranges. */
  extensionCount: number | null;
  /** unattributed + hedged highlight ranges painted. */
  ranges: number | null;
  /** Ranges in each `unsourced-*` highlight of `CSS.highlights`, as the page ended up. */
  highlights: Record<string, number>;
  truncated: boolean;
  /** First run's duration of each stage (summed over its slices), ms; null when the stage did not run. */
  measures: Record<Stage, number | null>;
  /** The extension's own main-thread time in its first run: MAIN_THREAD_STAGES summed, ms. */
  mainThreadMs: number | null;
  /** Long tasks from the extension's start to its last measure (re-runs included). */
  longTasks: LongTask[];
  longTaskSource: PageSnapshot['longTaskSource'] | null;
  /** The background's time analysing the page's article (its last run; Chromium only), ms. */
  backgroundAnalyzeMs: number | null;
  /** How many times the extension ran on the page (re-runs after the page changed itself). */
  runs: number;
  cli: CliComparison | null;
  /** Whether the extension's count equals the CLI's on the saved file. */
  agrees: boolean | null;
}

/** Why the CLI's count on the saved file differs from the extension's (the first check that agrees). */
export type DifferenceCause = 'live-dom' | 'truncated' | 'unexplained';

export interface CliComparison {
  /** unattributed + hedged from the CLI on the saved file read at the page's served URL (`--url`); null when it found no article. */
  count: number | null;
  error: string | null;
  /** The CLI on the same file at its own `file:` address (no `--url`): relative links lead nowhere. */
  fileUrlCount: number | null;
  /** Only when they still differ: the live DOM (after the page's scripts) with the served URL. */
  liveDomCount: number | null;
  cause: DifferenceCause | null;
}
