import isProbablyReaderable from '@mozilla/readability/Readability-readerable';
import { browser } from 'wxt/browser';
import type { Analysis } from '../../analyzer/types';
import type { AnalyzeRequest, PrepareRequest } from '../../messages/protocol';
import type { Truncation } from '../../page/analyse-article';
import { mark, measure } from '../../page/perf-marks';
import type { AnalysisChunk } from '../analysis';

export type RunResult =
  | {
      ok: true;
      analysis: Analysis;
      /** One live range per claim sentence (not-claims are never painted), keyed by sentence index. */
      ranges: Map<number, Range>;
      truncated: Truncation;
    }
  | { ok: false; reason: string };

/** A run's result, or null when a newer run, a navigation or an invalidation made it moot. */
export interface Run {
  result: RunResult;
  /** Time spent waiting for the analysis chunk (the first run on a page only), not the run's own cost. */
  loadMs: number;
}

let chunk: Promise<AnalysisChunk> | null = null;

/**
 * The analysis chunk, imported once per page (the module is cached; so is this promise). The URL is a
 * web-accessible resource (wxt.config.ts); in Chrome it is the session's dynamic URL, which a page
 * cannot guess. The import runs in the content script's isolated world, whatever the page's CSP.
 */
function loadChunk(): Promise<AnalysisChunk> {
  chunk ??= (import(/* @vite-ignore */ browser.runtime.getURL('/analysis.js')) as Promise<{ default: AnalysisChunk }>).then(
    (m) => m.default,
    (e: unknown) => {
      chunk = null; // a later run tries again
      throw e;
    },
  );
  return chunk;
}

/**
 * check → load → extract → analyze → locate, each stage measured with
 * `performance.measure('unsourced:…')`. The check (`unsourced:check`, Readability's
 * isProbablyReaderable) is all a page that is not an article ever costs: the rest is in the analysis
 * chunk, loaded (`unsourced:load`) only after the check passes. The article is analysed by the
 * background (`unsourced:analyze` is the whole round trip), told to get ready as soon as the check
 * passes. `current()` is asked after each wait: a run overtaken meanwhile (navigation, newer run,
 * extension reloaded) stops there.
 */
export async function runAnalysis(doc: Document, current: () => boolean): Promise<Run | null> {
  mark('check');
  const readable = isProbablyReaderable(doc);
  measure('check');
  if (!readable) return { result: { ok: false, reason: 'not-readable' }, loadMs: 0 };

  const prepare: PrepareRequest = { type: 'prepare' };
  browser.runtime.sendMessage(prepare).catch(() => undefined); // a warm-up only: the analysis itself reports failures

  const loadStart = performance.now();
  mark('load');
  let api: AnalysisChunk;
  try {
    api = await loadChunk();
  } catch {
    measure('load');
    return current() ? { result: { ok: false, reason: 'extract-failed' }, loadMs: performance.now() - loadStart } : null;
  }
  measure('load');
  const loadMs = performance.now() - loadStart;
  if (!current()) return null;

  const extracted = api.extractForAnalysis(doc);
  if (!extracted.ok) return { result: extracted, loadMs };

  mark('analyze');
  const analysis = await analyseInBackground(extracted.article);
  measure('analyze');
  if (!current()) return null;
  if (!analysis) return { result: { ok: false, reason: 'analysis-failed' }, loadMs };

  return { result: { ok: true, analysis, ranges: api.locateClaims(doc, analysis), truncated: extracted.truncated }, loadMs };
}

/** The background's analysis of the article, or null when it gave none (the extension was reloaded). */
async function analyseInBackground(article: AnalyzeRequest['article']): Promise<Analysis | null> {
  const request: AnalyzeRequest = { type: 'analyze', article };
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    return isAnalysisResponse(response) ? response.analysis : null;
  } catch {
    return null;
  }
}

// Our own background's answer; checked for the shape the page side reads, so that a background of
// another version (mid-update) fails the run instead of throwing in it.
function isAnalysisResponse(value: unknown): value is { analysis: Analysis } {
  if (typeof value !== 'object' || value === null) return false;
  const analysis = (value as { analysis?: unknown }).analysis;
  if (typeof analysis !== 'object' || analysis === null) return false;
  const a = analysis as Partial<Record<keyof Analysis, unknown>>;
  return typeof a.text === 'string' && Array.isArray(a.sentences) && Array.isArray(a.blocks) && Array.isArray(a.sources) && typeof a.totals === 'object';
}
