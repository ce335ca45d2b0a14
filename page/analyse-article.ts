import { analyze } from '../analyzer/index';
import type { Analysis, Article, ClaimLabel } from '../analyzer/types';
import { extractArticle } from './extract-article';
import { locateSentences } from './locate-sentences';
import { mark, measure } from './perf-marks';

/** Past these sizes only the start of the article is analysed, and the popup says so. */
export const MAX_BLOCKS = 1500;
export const MAX_CHARS = 400_000;
/** Readability gives up on pages with more elements than this instead of freezing the tab. */
const MAX_ELEMS_TO_PARSE = 60_000;

export type RunResult =
  | {
      ok: true;
      analysis: Analysis;
      /** One live range per claim sentence (not-claims are never painted), keyed by sentence index. */
      ranges: Map<number, Range>;
      truncated: { analysedBlocks: number; totalBlocks: number } | null;
    }
  | { ok: false; reason: string };

const CLAIMS: ReadonlySet<string> = new Set<ClaimLabel>(['attributed', 'vague', 'hedged', 'unattributed']);

/**
 * The heavy part of a run, on a page that passed the reader-able check: extract → analyze → locate,
 * each stage measured with `performance.measure('unsourced:…')`. Built into the analysis chunk
 * (entrypoints/analysis.ts), which only article pages load.
 */
export function analyseArticle(doc: Document): RunResult {
  mark('extract');
  let extracted;
  try {
    extracted = extractArticle(doc, { url: doc.URL, maxElemsToParse: MAX_ELEMS_TO_PARSE });
  } catch (e) {
    // Readability throws past maxElemsToParse: a page this large is not read at all.
    measure('extract');
    return { ok: false, reason: e instanceof Error && /elements/i.test(e.message) ? 'too-many-elements' : 'extract-failed' };
  }
  measure('extract');
  if (!extracted.ok) return { ok: false, reason: extracted.reason };

  mark('analyze');
  const { article, truncated } = limit(extracted.article);
  const analysis = analyze(article, { lang: article.lang ?? 'auto' });
  measure('analyze');

  mark('highlight');
  // 'unsourced:highlight' (locate + paint) is measured by the caller once the ranges are painted.
  const { located } = locateSentences(doc, analysis, (s) => CLAIMS.has(s.label));
  return { ok: true, analysis, ranges: new Map(located.map((l) => [l.id, l.range])), truncated };
}

function limit(article: Article): { article: Article; truncated: { analysedBlocks: number; totalBlocks: number } | null } {
  let chars = 0;
  let n = 0;
  for (const b of article.blocks) {
    if (n >= MAX_BLOCKS || chars + b.text.length > MAX_CHARS) break;
    chars += b.text.length;
    n++;
  }
  if (n === article.blocks.length) return { article, truncated: null };
  return { article: { ...article, blocks: article.blocks.slice(0, n) }, truncated: { analysedBlocks: n, totalBlocks: article.blocks.length } };
}
