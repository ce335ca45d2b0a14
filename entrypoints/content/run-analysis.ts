import isProbablyReaderable from '@mozilla/readability/Readability-readerable';
import { browser } from 'wxt/browser';
import type { RunResult } from '../../page/analyse-article';
import { mark, measure } from '../../page/perf-marks';
import type { AnalysisChunk } from '../analysis';

export type { RunResult };

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
 * chunk, loaded (`unsourced:load`) only after the check passes. `current()` is asked once the chunk is
 * there: a run overtaken meanwhile (navigation, newer run, extension reloaded) stops without reading.
 */
export async function runAnalysis(doc: Document, current: () => boolean): Promise<Run | null> {
  mark('check');
  const readable = isProbablyReaderable(doc);
  measure('check');
  if (!readable) return { result: { ok: false, reason: 'not-readable' }, loadMs: 0 };

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
  return { result: api.analyseArticle(doc), loadMs };
}
