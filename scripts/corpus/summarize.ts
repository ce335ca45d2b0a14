import type { DifferenceCause, Metric, PageResult } from './types';
import { METRICS } from './types';

/** The targets for real pages (DESIGN.md, "Budgets"). */
export const TARGETS = {
  /** Share of pages with no task over 50 ms during the extension's run. */
  pagesWithoutLongTask: 0.99,
  /** No task on any page longer than this. */
  longestTaskMs: 100,
  mainThreadP50Ms: 10,
  mainThreadP90Ms: 25,
  notArticleMainThreadMs: 2,
  idleToPaintedP50Ms: 150,
  notArticleCheckMs: 2,
  cliAgreement: 0.98,
} as const;

export interface Spread {
  p50: number;
  p90: number;
  max: number;
  n: number;
}

export interface Summary {
  pages: number;
  /** Pages whose loads all finished. */
  loaded: number;
  timedOut: string[];
  crashed: string[];
  failed: string[];
  articles: number;
  notArticles: number;
  /** Pages where the content script left no trace (it did not run, or the page wiped its measures). */
  notRun: string[];
  pagesWithErrors: string[];
  /** Errors and warnings, all pages together. */
  errorCount: number;
  warningCount: number;
  mutated: Record<Metric | 'any', string[]>;
  unstable: Record<Metric | 'any', string[]>;
  stageMs: Record<SummedStage, Spread | null>;
  longTasks: {
    /** `longtask` entries (Chromium) or late timer ticks (Firefox). */
    source: string;
    /** Pages whose loads with the extension were read. */
    watched: number;
    pagesWithAny: string[];
    pagesOver100: string[];
    longest: { slug: string; ms: number; stage: string } | null;
    /** Per page, the time over 50 ms of each long task, summed: pages with any. */
    blockingMs: Spread | null;
    /** How many long tasks each stage holds, all pages together. */
    byStage: Record<string, number>;
  };
  /** The extension's own main-thread time in its first run, article pages. */
  mainThreadMs: Spread | null;
  /** The same on pages that are not articles (every reason). */
  notArticleMainThreadMs: Spread | null;
  /** From the content script's start (document idle) to the first run's painted highlights, article pages. */
  idleToPaintedMs: Spread | null;
  /** The background's own time reading the page: parse, extract, analyse (Chromium; null in Firefox, whose background is out of reach). */
  backgroundAnalyzeMs: Spread | null;
  /** unsourced:check on pages Readability's check turned down. */
  notArticleCheckMs: Spread | null;
  /** unsourced:run on those pages: everything such a page costs (shape, check, the reason, the report). */
  notArticleRunMs: Spread | null;
  cli: {
    compared: number;
    agree: number;
    rate: number | null;
    /** Pages where the CLI agrees without `--url`, the file read at its own `file:` address. */
    agreeAtFileUrl: number;
    /** How many of the differences each cause explains. */
    causes: Partial<Record<DifferenceCause, number>>;
    differ: { slug: string; extension: number; cli: number | null; fileUrl: number | null; liveDom: number | null; cause: DifferenceCause | null; note: string }[];
  };
}

export const SUMMED_STAGES = ['load', 'extract', 'serialize', 'send', 'analyze', 'highlight'] as const;
export type SummedStage = (typeof SUMMED_STAGES)[number];

export function summarize(pages: PageResult[]): Summary {
  const articles = pages.filter((p) => p.verdict === 'article');
  const notReadable = pages.filter((p) => p.verdict === 'not-article' && p.reason === 'not-readable');
  const slugs = (list: PageResult[]) => list.map((p) => p.slug);
  const byMetric = (verdict: 'changed-by-extension' | 'unstable') => {
    const out = Object.fromEntries(METRICS.map((m) => [m, slugs(pages.filter((p) => p.metrics[m] === verdict))])) as Record<Metric | 'any', string[]>;
    out.any = slugs(pages.filter((p) => METRICS.some((m) => p.metrics[m] === verdict)));
    return out;
  };
  const compared = articles.filter((p) => p.agrees !== null);
  const errorsOf = (p: PageResult) => p.errors.filter((e) => e.kind !== 'console-warning');
  return {
    pages: pages.length,
    loaded: pages.filter((p) => p.status === 'ok').length,
    timedOut: slugs(pages.filter((p) => p.status === 'timeout')),
    crashed: slugs(pages.filter((p) => p.status === 'crashed')),
    failed: slugs(pages.filter((p) => p.status === 'failed')),
    articles: articles.length,
    notArticles: pages.filter((p) => p.verdict === 'not-article').length,
    notRun: slugs(pages.filter((p) => p.verdict === 'not-run' && p.loads.with === 'ok')),
    pagesWithErrors: slugs(pages.filter((p) => errorsOf(p).length > 0)),
    errorCount: pages.reduce((n, p) => n + errorsOf(p).length, 0),
    warningCount: pages.reduce((n, p) => n + p.errors.length - errorsOf(p).length, 0),
    mutated: byMetric('changed-by-extension'),
    unstable: byMetric('unstable'),
    backgroundAnalyzeMs: spread(articles.map((p) => p.backgroundAnalyzeMs)),
    stageMs: Object.fromEntries(SUMMED_STAGES.map((stage) => [stage, spread(articles.map((p) => p.measures[stage]))])) as Record<SummedStage, Spread | null>,
    longTasks: longTaskSummary(pages),
    mainThreadMs: spread(articles.map((p) => p.mainThreadMs)),
    notArticleMainThreadMs: spread(pages.filter((p) => p.verdict === 'not-article').map((p) => p.mainThreadMs)),
    idleToPaintedMs: spread(articles.map((p) => p.measures['first-run'])),
    notArticleCheckMs: spread(notReadable.map((p) => p.measures.check)),
    notArticleRunMs: spread(notReadable.map((p) => p.measures.run)),
    cli: {
      compared: compared.length,
      agree: compared.filter((p) => p.agrees).length,
      rate: compared.length ? compared.filter((p) => p.agrees).length / compared.length : null,
      agreeAtFileUrl: compared.filter((p) => p.cli?.fileUrlCount === p.extensionCount).length,
      causes: tally(compared.filter((p) => !p.agrees).map((p) => p.cli?.cause ?? 'unexplained')),
      differ: compared
        .filter((p) => !p.agrees)
        .map((p) => ({
          slug: p.slug,
          extension: p.extensionCount!,
          cli: p.cli?.count ?? null,
          fileUrl: p.cli?.fileUrlCount ?? null,
          liveDom: p.cli?.liveDomCount ?? null,
          cause: p.cli?.cause ?? null,
          note: p.cli?.error ?? '',
        })),
    },
  };
}

function longTaskSummary(pages: PageResult[]): Summary['longTasks'] {
  const watched = pages.filter((p) => p.longTaskSource !== null && p.longTaskSource !== 'none');
  const withAny = watched.filter((p) => p.longTasks.length > 0);
  let longest: Summary['longTasks']['longest'] = null;
  const byStage: Record<string, number> = {};
  for (const p of watched) {
    for (const t of p.longTasks) {
      byStage[t.stage] = (byStage[t.stage] ?? 0) + 1;
      if (!longest || t.duration > longest.ms) longest = { slug: p.slug, ms: t.duration, stage: t.stage };
    }
  }
  return {
    source: [...new Set(watched.map((p) => p.longTaskSource))].join(', ') || 'none',
    watched: watched.length,
    pagesWithAny: withAny.map((p) => p.slug),
    pagesOver100: watched.filter((p) => p.longTasks.some((t) => t.duration > TARGETS.longestTaskMs)).map((p) => p.slug),
    longest,
    blockingMs: spread(withAny.map((p) => p.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0))),
    byStage,
  };
}

function tally<T extends string>(values: T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Nearest-rank percentiles of the numbers present. */
export function spread(values: (number | null)[]): Spread | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: rank(0.5), p90: rank(0.9), max: sorted[sorted.length - 1]!, n: sorted.length };
}
