/**
 * The `unsourced:<stage>` performance marks and measures (check, load, extract, analyze, highlight),
 * read by the corpus runner (scripts/corpus). Used by the content script and the analysis chunk alike:
 * both write to the page's one performance timeline.
 */
export function mark(stage: string): void {
  try {
    // One start mark per stage: a page re-read for hours (a ticker) does not pile them up.
    performance.clearMarks(`unsourced:${stage}:start`);
    performance.mark(`unsourced:${stage}:start`);
  } catch {
    // a page that replaces the performance API must not break the run
  }
}

/** Ends the measure of a stage started with `mark`; the highlight stage is measured again after painting. */
export function measure(stage: string): void {
  try {
    performance.measure(`unsourced:${stage}`, `unsourced:${stage}:start`);
  } catch {
    // a page that clears performance marks must not break the run
  }
}

/** `unsourced:<stage>` from a start time (`performance.now()`). */
export function measureSince(stage: string, start: number): void {
  try {
    performance.measure(`unsourced:${stage}`, { start });
  } catch {
    // a page that cleared or replaced the timeline must not break the run
  }
}

/** Forgets the earlier `unsourced:<stage>` measures. */
export function clearMeasures(stage: string): void {
  try {
    performance.clearMeasures(`unsourced:${stage}`);
  } catch {
    // as above
  }
}
