import isProbablyReaderable from '@mozilla/readability/Readability-readerable';
import { browser } from 'wxt/browser';
import type { Analysis } from '../analyzer/types';
import type { Truncation } from '../page/analyse-article';
import { mark, measure } from '../page/perf-marks';
import type { AnalysisChunk } from '../entrypoints/analysis';
import { AnalysisChannel } from './analysis-channel';

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
 * background (`unsourced:analyze` is the whole round trip), over a connection opened as soon as the
 * check passes. `current()` is asked after each wait: a run overtaken meanwhile (navigation, newer run,
 * extension reloaded) stops there.
 */
export async function runAnalysis(doc: Document, current: () => boolean): Promise<Run | null> {
  mark('check');
  const readable = isProbablyReaderable(doc);
  measure('check');
  if (!readable) return { result: { ok: false, reason: 'not-readable' }, loadMs: 0 };

  // opened now, so the background connects and warms up while the chunk loads and the article is extracted
  const channel = new AnalysisChannel();

  const loadStart = performance.now();
  mark('load');
  let api: AnalysisChunk;
  try {
    api = await loadChunk();
  } catch {
    measure('load');
    channel.close();
    return current() ? { result: { ok: false, reason: 'extract-failed' }, loadMs: performance.now() - loadStart } : null;
  }
  measure('load');
  const loadMs = performance.now() - loadStart;
  if (!current()) {
    channel.close();
    return null;
  }

  const extracted = api.extractForAnalysis(doc);
  if (!extracted.ok) {
    channel.close();
    return { result: extracted, loadMs };
  }

  mark('analyze');
  const analysis = await channel.analyse(extracted.article);
  measure('analyze');
  if (!current()) return null;
  if (!analysis) return { result: { ok: false, reason: 'analysis-failed' }, loadMs };

  return { result: { ok: true, analysis, ranges: api.locateClaims(doc, analysis), truncated: extracted.truncated }, loadMs };
}
