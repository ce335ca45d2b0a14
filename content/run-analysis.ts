import { browser } from 'wxt/browser';
import type { Analysis } from '../analyzer/types';
import type { Truncation } from '../messages/analysis-port';
import { MAX_DEPTH, nestedDeeperThan } from '../page/page-shape';
import { mark, measure, measureSince } from '../page/perf-marks';
import type { AnalysisChunk } from '../entrypoints/analysis';
import { AnalysisChannel } from './analysis-channel';
import { probablyReaderable } from './probably-readerable';
import { serializeDocument } from './serialize-document';
import { SLICE_MS, yieldToPage } from '../page/yield-to-page';

export type RunResult =
  | {
      ok: true;
      analysis: Analysis;
      /** One live range per claim sentence (not-claims are never painted), keyed by sentence index. */
      ranges: Map<number, Range>;
      truncated: Truncation;
      /** The token of the report the background built from this answer and holds (content-to-background.ts `painted`). */
      reportToken: string;
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
 * check → depth → serialize → analyze → locate, each stage measured with
 * `performance.measure('unsourced:…')`. The check (`unsourced:check`, Readability's isProbablyReaderable)
 * is all a page that is not an article ever costs; the depth (`unsourced:shape`) is asked after it.
 * Past them, a connection to the background opens (it wakes and warms up), the page serializes
 * itself in short slices sent as they come (`unsourced:serialize`, one measure a slice), and the
 * background parses, extracts and analyses it (`unsourced:analyze`: the page only waits) while the
 * chunk that locates sentences loads (`unsourced:load`). Then the sentences are located in the live
 * page in short slices (`unsourced:highlight`, one measure a slice; the caller measures its painting
 * under the same name). `current()` is asked after each wait:
 * a run overtaken meanwhile (navigation, newer run, extension reloaded) stops there.
 */
export async function runAnalysis(doc: Document, current: () => boolean): Promise<Run | null> {
  mark('check');
  const readable = probablyReaderable(doc);
  measure('check');
  if (!readable) return { result: { ok: false, reason: 'not-readable' }, loadMs: 0 };
  // Asked only of a page that may be an article, so a page that is not pays for the check alone.
  // Deeper than the HTML parser ever nests: only script builds such a tree, and serializing it (each
  // opened element counts its subtree) would grow with elements × depth.
  mark('shape');
  const deep = nestedDeeperThan(doc, MAX_DEPTH);
  measure('shape');
  if (deep) return { result: { ok: false, reason: 'too-deep' }, loadMs: 0 };

  // opened now, so the background connects and warms up while the page serializes itself
  const channel = new AnalysisChannel();
  const loadStart = performance.now();
  let loadMs = 0;
  const api = loadChunk().then(
    (chunk) => {
      loadMs = performance.now() - loadStart;
      measureSince('load', loadStart);
      return chunk;
    },
    () => null,
  );

  const serialized = await serializeDocument(doc, (part) => channel.send(part), { current });
  if (serialized !== 'done') {
    channel.close();
    return serialized === 'moot' ? null : { result: { ok: false, reason: 'too-large' }, loadMs };
  }
  mark('analyze');
  const answer = await channel.analyse(doc.URL || null);
  measure('analyze');
  if (!current()) return null;
  if (!answer) return { result: { ok: false, reason: 'analysis-failed' }, loadMs };
  if (!answer.ok) return { result: answer, loadMs };

  const chunk = await api;
  if (!current()) return null;
  if (!chunk) return { result: { ok: false, reason: 'extract-failed' }, loadMs };
  const ranges = await chunk.locateClaims(doc, answer.analysis, { sliceMs: SLICE_MS, nextTask: yieldToPage, current });
  if (!ranges || !current()) return null;
  return { result: { ok: true, analysis: answer.analysis, ranges, truncated: answer.truncated, reportToken: answer.reportToken }, loadMs };
}
