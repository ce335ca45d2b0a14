import type {
  CorpusPage,
  ExtensionVerdict,
  LoadResult,
  LongTask,
  Metric,
  MetricVerdict,
  Observed,
  PageResult,
  PageSnapshot,
  Stage,
} from './types';
import { MAIN_THREAD_STAGES, METRICS, STAGES, WAITING_STAGES } from './types';

type Loaded = Extract<LoadResult, { status: 'ok' }>;

export interface PageLoads {
  without: LoadResult;
  /** Null when the page was not loaded with the extension (its plain load already failed). */
  with: LoadResult | null;
  /** The second load without the extension, to tell a page that changes by itself; null if not needed. */
  withoutAgain: LoadResult | null;
  /** The second load with the extension, to see a change happen again; null if not needed. */
  withAgain: LoadResult | null;
}

/** Whether, from the loads so far, the extension looks to have changed some metric of the page. */
export function looksChanged(loads: PageLoads): boolean {
  return METRICS.some((m) => compareMetric(m, loads) === 'changed-by-extension');
}

/** One page's verdict from its loads: errors, what the extension changed, what it found, how long it took. */
export function judgePage(page: CorpusPage, url: string, loads: PageLoads): PageResult {
  const all = [loads.without, loads.with, loads.withoutAgain, loads.withAgain];
  const failed = all.find((l) => l && l.status !== 'ok');
  const ext = loads.with?.status === 'ok' ? loads.with : null;
  const snapshot = ext?.snapshot ?? null;
  const measures = firstRunMeasures(snapshot);
  const mainThread = MAIN_THREAD_STAGES.map((stage) => measures[stage]).filter((d): d is number => d !== null);
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
      withAgain: loads.withAgain?.status ?? null,
    },
    verdict,
    reason: verdict === 'not-article' ? (ext?.tab?.reason ?? reasonFromMeasures(measures)) : null,
    errors: all.flatMap((l) => l?.errors ?? []),
    metrics,
    differences,
    observed: {
      without: observed(loads.without),
      with: loads.with ? observed(loads.with) : null,
      withoutAgain: loads.withoutAgain ? observed(loads.withoutAgain) : null,
      withAgain: loads.withAgain ? observed(loads.withAgain) : null,
    },
    badge: ext?.tab?.badge ?? null,
    extensionCount: verdict !== 'article' ? null : (ext?.tab?.unsourced ?? ranges),
    ranges: verdict === 'article' ? ranges : null,
    highlights: snapshot?.highlights ?? {},
    truncated: ext?.tab?.truncated ?? false,
    measures,
    mainThreadMs: mainThread.length ? mainThread.reduce((a, b) => a + b, 0) : null,
    longTasks: snapshot ? longTasksOfRun(snapshot) : [],
    longTaskSource: snapshot?.longTaskSource ?? null,
    backgroundAnalyzeMs: verdict === 'article' ? (ext?.tab?.backgroundAnalyzeMs ?? null) : null,
    runs: snapshot?.measures.filter((m) => m.name === 'unsourced:check').length ?? 0,
    cli: null,
    agrees: null,
  };
}

/**
 * Per metric: `same` when the extension's load equals a load without it; `changed-by-extension` when
 * the loads without it agree, the extension's differs, and a second load with it differs again;
 * `unstable` when the page is not the same twice without the extension (a clock, a random ad, an
 * animation), or when the difference did not happen again: then nothing can be said.
 */
function compareLoads(loads: PageLoads): { metrics: Record<Metric, MetricVerdict>; differences: string[] } {
  const metrics = { text: 'same', elements: 'same', height: 'same' } as Record<Metric, MetricVerdict>;
  const differences: string[] = [];
  const [a, w] = [snapshotOf(loads.without), snapshotOf(loads.with)];
  if (!a || !w) return { metrics, differences };
  for (const m of METRICS) {
    metrics[m] = compareMetric(m, loads);
    if (metrics[m] === 'same') continue;
    const why = !agree(m, [a, snapshotOf(loads.withoutAgain)])
      ? ' (unstable: the page differs between two loads without the extension)'
      : metrics[m] === 'unstable'
        ? ' (unstable: a second load with the extension did not differ)'
        : '';
    differences.push(`${m}${why}: ${describeDifference(m, a, w)}`);
  }
  return { metrics, differences };
}

function compareMetric(m: Metric, loads: PageLoads): MetricVerdict {
  const plain = [snapshotOf(loads.without), snapshotOf(loads.withoutAgain)].filter((s) => s !== null);
  const [first, again] = [snapshotOf(loads.with), snapshotOf(loads.withAgain)];
  if (!first || plain.length === 0 || plain.some((p) => sameMetric(m, p, first))) return 'same';
  if (!agree(m, plain)) return 'unstable';
  if (again && plain.some((p) => sameMetric(m, p, again))) return 'unstable';
  return 'changed-by-extension';
}

function agree(m: Metric, snapshots: (PageSnapshot | null)[]): boolean {
  const present = snapshots.filter((s) => s !== null);
  return present.every((s) => sameMetric(m, present[0]!, s));
}

const snapshotOf = (load: LoadResult | null) => (load?.status === 'ok' ? load.snapshot : null);

/**
 * `scrollHeight` is a whole number rounded from fractional layout, and Firefox balances multi-column
 * blocks (Wikipedia's reference lists) a fraction of a pixel differently depending on when layout
 * happens to run: two loads of the same page, with or without any extension, can end 1 px apart.
 */
export const HEIGHT_TOLERANCE_PX = 1;

function sameMetric(metric: Metric, x: PageSnapshot, y: PageSnapshot): boolean {
  if (metric === 'height') return Math.abs(x.height - y.height) <= HEIGHT_TOLERANCE_PX;
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

function observed(load: LoadResult): Observed | null {
  if (load.status !== 'ok') return null;
  const { text, elements, height } = load.snapshot;
  return { textLength: text.length, elements, height, ms: load.ms };
}

/** The duration of each stage in the extension's first run (re-runs add entries of the same names). */
/**
 * Each stage's time in the first run: its measures that start before the first `unsourced:run` ends,
 * summed (a sliced stage has one measure per slice); `run` and `first-run` are the first of theirs.
 */
function firstRunMeasures(snapshot: PageSnapshot | null): Record<Stage, number | null> {
  const result = Object.fromEntries(STAGES.map((s) => [s, null])) as Record<Stage, number | null>;
  const measures = snapshot?.measures ?? [];
  const run = measures.find((m) => m.name === 'unsourced:run');
  const end = run ? run.start + run.duration : Infinity;
  for (const { name, start, duration } of measures) {
    const stage = name.slice('unsourced:'.length) as Stage;
    if (!STAGES.includes(stage)) continue;
    if (stage === 'run' || stage === 'first-run') result[stage] ??= duration;
    else if (start < end) result[stage] = (result[stage] ?? 0) + duration;
  }
  return result;
}


/**
 * The page's long tasks from the extension's first measure to the end of its last, each laid to the
 * work stage it overlaps most, else to the waiting stage it overlaps most (`page` when none: the
 * site's own work, or ours between two measures).
 */
function longTasksOfRun(snapshot: PageSnapshot): LongTask[] {
  const ours = snapshot.measures.filter((m) => m.name.startsWith('unsourced:'));
  if (ours.length === 0) return [];
  const from = Math.min(...ours.map((m) => m.start));
  const to = Math.max(...ours.map((m) => m.start + m.duration));
  const out: LongTask[] = [];
  for (const task of snapshot.longTasks) {
    const taskEnd = task.start + task.duration;
    if (taskEnd <= from || task.start >= to) continue;
    const overlapping = (stages: readonly Stage[]) => {
      let stage: Stage | null = null;
      let best = 0;
      for (const m of ours) {
        const name = m.name.slice('unsourced:'.length) as Stage;
        if (!stages.includes(name)) continue;
        const overlap = Math.min(taskEnd, m.start + m.duration) - Math.max(task.start, m.start);
        if (overlap > best) [stage, best] = [name, overlap];
      }
      return stage;
    };
    out.push({ start: task.start, duration: task.duration, stage: overlapping(MAIN_THREAD_STAGES) ?? overlapping(WAITING_STAGES) ?? 'page' });
  }
  return out;
}

/**
 * Article or not, from the report when the browser gives one (Chromium) and else from the stages
 * measured: a page that is no article stops after the check (or after a failed extract).
 */
function verdictOf(ext: Loaded | null, measures: Record<Stage, number | null>): ExtensionVerdict {
  const state = ext?.tab?.state;
  if (state === 'article') return 'article';
  if (state === 'not-article') return 'not-article';
  if (measures.check === null && measures.shape === null) return 'not-run';
  return measures.analyze !== null ? 'article' : 'not-article';
}

function reasonFromMeasures(measures: Record<Stage, number | null>): string {
  if (measures.check === null) return 'unreadable-shape';
  return measures.serialize === null ? 'not-readable' : 'no-article-extracted';
}
