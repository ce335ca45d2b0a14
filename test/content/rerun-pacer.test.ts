import { describe, expect, test } from 'vitest';
import { PACER_DEFAULTS, RerunPacer } from '../../content/rerun-pacer';

/**
 * Drives a pacer the way the content script does, on a simulated clock: the page changes at the given
 * times, one timer is armed as the pacer says, and each run takes `runMs`. Returns when runs started.
 */
function simulate({ changes, runMs, until, noArticle = false }: { changes: (t: number) => boolean; runMs: number; until: number; noArticle?: boolean }): number[] {
  const pacer = new RerunPacer();
  const runs: number[] = [];
  let fireAt: number | null = null;
  for (let t = 0; t <= until; t += 10) {
    if (fireAt !== null && t >= fireAt) {
      fireAt = null;
      pacer.fired();
      runs.push(t);
      pacer.ran(t, t + runMs);
      if (noArticle) pacer.foundNothing(t + runMs);
      t += runMs - (runMs % 10);
    }
    if (changes(t)) {
      const delay = pacer.changed(t);
      if (delay !== null) fireAt = t + delay;
    }
  }
  return runs;
}

describe('RerunPacer', () => {
  test('a page that settles is read once, a debounce after its last change', () => {
    const runs = simulate({ changes: (t) => t < 500 && t % 100 === 0, runMs: 30, until: 10_000 });
    expect(runs).toEqual([400 + PACER_DEFAULTS.debounceMs]);
  });

  test('a ticker (a change every 100 ms) is read about every 4 s, not more', () => {
    const runs = simulate({ changes: (t) => t % 100 === 0, runMs: 30, until: 10_000 });
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < runs.length; i++) expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(PACER_DEFAULTS.maxWaitMs);
  });

  test('a run that costs 800 ms (a 5 MB article) leaves nine times that before the next: at most a tenth of the time', () => {
    const runMs = 800;
    const runs = simulate({ changes: (t) => t % 100 === 0, runMs, until: 60_000 });
    for (let i = 1; i < runs.length; i++) expect(runs[i]! - runs[i - 1]!).toBeGreaterThanOrEqual(runMs * (1 + PACER_DEFAULTS.costFactor));
    expect(runs.length).toBeGreaterThan(2);
    expect(((runs.length - 1) * runMs) / (runs[runs.length - 1]! - runs[0]!)).toBeLessThanOrEqual(0.1);
  });

  test('a page that keeps having no article is checked ever less often, down to once a minute', () => {
    const runs = simulate({ changes: (t) => t % 100 === 0, runMs: 5, until: 600_000, noArticle: true });
    const gaps = runs.slice(1).map((t, i) => t - runs[i]!);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!);
    expect(gaps[gaps.length - 1]!).toBeGreaterThanOrEqual(PACER_DEFAULTS.maxRecheckGapMs);
    expect(gaps[gaps.length - 1]!).toBeLessThan(PACER_DEFAULTS.maxRecheckGapMs + PACER_DEFAULTS.maxWaitMs + PACER_DEFAULTS.debounceMs);
  });

  test('starting over (an article found, an in-site navigation) drops the long wait', () => {
    const pacer = new RerunPacer();
    for (let i = 0; i < 10; i++) pacer.foundNothing(0);
    expect(pacer.changed(1000)).toBeGreaterThan(30_000);
    pacer.fired();
    pacer.startOver();
    expect(pacer.changed(1000)).toBe(PACER_DEFAULTS.debounceMs);
  });
});
