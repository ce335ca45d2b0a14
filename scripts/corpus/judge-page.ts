import type {
  CorpusPage,
  ExtensionVerdict,
  LoadResult,
  Metric,
  MetricVerdict,
  PageResult,
  PageSnapshot,
  Stage,
} from './types';
import { METRICS, STAGES } from './types';

type Loaded = Extract<LoadResult, { status: 'ok' }>;

export interface PageLoads {
  without: LoadResult;
  /** Null when the page was not loaded with the extension (its plain load already failed). */
  with: LoadResult | null;
  /** The second load without the extension, to tell a page that changes by itself; null if not needed. */
  withoutAgain: LoadResult | null;
}

/** Whether the load with the extension differs from the first load without it on any metric. */
export function differsWithExtension(without: LoadResult, withExtension: LoadResult): boolean {
  if (without.status !== 'ok' || withExtension.status !== 'ok') return false;
  return METRICS.some((m) => !sameMetric(m, without.snapshot, withExtension.snapshot));
}

/** One page's verdict from its loads: errors, what the extension changed, what it found, how long it took. */
export function judgePage(page: CorpusPage, url: string, loads: PageLoads): PageResult {
  const failed = [loads.without, loads.with, loads.withoutAgain].find((l) => l && l.status !== 'ok');
  const ext = loads.with?.status === 'ok' ? loads.with : null;
  const snapshot = ext?.snapshot ?? null;
  const measures = firstRunMeasures(snapshot);
  const verdict = verdictOf(ext, measures);
  const ranges = snapshot ? (snapshot.highlights['unsourced-unattributed'] ?? 0) + (snapshot.highlights['unsourced-hedged'] ?? 0) : null;
  const { metrics, differences } = compareLoads(loads);
  return {
    slug: page.slug,
    file: page.file,
    url,
    status: failed?.status ?? 'ok',
    ...(failed && failed.status !== 'ok' ? { message: failed.message } : {}),
    loads: {
      without: loads.without.status,
      with: loads.with?.status ?? null,
      withoutAgain: loads.withoutAgain?.status ?? null,
    },
    verdict,
    reason: verdict === 'not-article' ? (ext?.tab?.reason ?? reasonFromMeasures(measures)) : null,
    errors: [...loads.without.errors, ...(loads.with?.errors ?? []), ...(loads.withoutAgain?.errors ?? [])],
    metrics,
    differences,
    badge: ext?.tab?.badge ?? null,
    extensionCount: verdict !== 'article' ? null : (ext?.tab?.unsourced ?? ranges),
    ranges: verdict === 'article' ? ranges : null,
    truncated: ext?.tab?.truncated ?? false,
    measures,
    runs: snapshot?.measures.filter((m) => m.name === 'unsourced:check').length ?? 0,
    cli: null,
    agrees: null,
  };
}

/**
 * Per metric: `same` when the extension's load equals a load without it; `changed-by-extension` when
 * the two loads without it agree and the extension's differs; `unstable` when the page is not the
 * same twice without the extension (a clock, a random ad, an animation) and the extension's load
 * matches neither, so nothing can be said.
 */
function compareLoads(loads: PageLoads): { metrics: Record<Metric, MetricVerdict>; differences: string[] } {
  const a = loads.without.status === 'ok' ? loads.without.snapshot : null;
  const w = loads.with?.status === 'ok' ? loads.with.snapshot : null;
  const b = loads.withoutAgain?.status === 'ok' ? loads.withoutAgain.snapshot : null;
  const metrics = { text: 'same', elements: 'same', height: 'same' } as Record<Metric, MetricVerdict>;
  const differences: string[] = [];
  if (!a || !w) return { metrics, differences };
  for (const m of METRICS) {
    if (sameMetric(m, a, w) || (b && sameMetric(m, b, w))) continue;
    const unstable = b !== null && !sameMetric(m, a, b);
    metrics[m] = unstable ? 'unstable' : 'changed-by-extension';
    differences.push(`${m}${unstable ? ' (unstable without the extension)' : ''}: ${describeDifference(m, a, w)}`);
  }
  return { metrics, differences };
}

function sameMetric(metric: Metric, x: PageSnapshot, y: PageSnapshot): boolean {
  return x[metric] === y[metric];
}

function describeDifference(metric: Metric, without: PageSnapshot, withExtension: PageSnapshot): string {
  if (metric !== 'text') return `${without[metric]} without the extension, ${withExtension[metric]} with it`;
  const [x, y] = [without.text, withExtension.text];
  let at = 0;
  while (at < x.length && at < y.length && x[at] === y[at]) at++;
  const excerpt = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 20), at + 40));
  return `${x.length} characters without the extension, ${y.length} with it; first difference at ${at}: ${excerpt(x)} vs ${excerpt(y)}`;
}

/** The duration of each stage in the extension's first run (re-runs add entries of the same names). */
function firstRunMeasures(snapshot: PageSnapshot | null): Record<Stage, number | null> {
  const result = Object.fromEntries(STAGES.map((s) => [s, null])) as Record<Stage, number | null>;
  for (const { name, duration } of snapshot?.measures ?? []) {
    const stage = name.slice('unsourced:'.length) as Stage;
    if (STAGES.includes(stage) && result[stage] === null) result[stage] = duration;
  }
  return result;
}

/**
 * Article or not, from the report when the browser gives one (Chromium) and else from the stages
 * measured: a page that is no article stops after the check (or after a failed extract).
 */
function verdictOf(ext: Loaded | null, measures: Record<Stage, number | null>): ExtensionVerdict {
  const state = ext?.tab?.state;
  if (state === 'article') return 'article';
  if (state === 'not-article') return 'not-article';
  if (measures.check === null) return 'not-run';
  return measures.analyze !== null ? 'article' : 'not-article';
}

function reasonFromMeasures(measures: Record<Stage, number | null>): string {
  return measures.extract === null ? 'not-readable' : 'no-article-extracted';
}
