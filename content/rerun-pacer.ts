export interface PacerOptions {
  /** A page that settles is read this long after its last change. */
  debounceMs: number;
  /** A page that never settles (a ticker) is read this long after the first change of a batch, plus the debounce. */
  maxWaitMs: number;
  /** A run waits at least this many times as long as the previous run took. */
  costFactor: number;
  /** The longest wait between re-checks of a page that keeps having no article. */
  maxRecheckGapMs: number;
}

export const PACER_DEFAULTS: PacerOptions = {
  debounceMs: 800,
  maxWaitMs: 3000,
  // Re-reading a page that keeps changing (a ticker, an endless feed, a 5 MB article) never takes more
  // than a tenth of its main thread.
  costFactor: 9,
  // A web app that never stops changing and has no article costs one check a minute.
  maxRecheckGapMs: 60_000,
};

/**
 * When to read a changing page again: debounced, with a maximum wait, never sooner than the last
 * run's cost allows, and ever later (doubling) while a page with no article keeps having none. Times are
 * `performance.now()` values; the caller owns the one timer and asks here how to arm it.
 */
export class RerunPacer {
  private batchStart: number | null = null;
  /** Not before this, for the last run's cost. */
  private costReadyAt = 0;
  /** Not before this, while a page keeps having no article. */
  private recheckReadyAt = 0;
  private recheckGap: number;

  constructor(private readonly options: PacerOptions = PACER_DEFAULTS) {
    this.recheckGap = options.maxWaitMs;
  }

  /**
   * The page changed at `now`: the delay to (re)arm the timer with, or null to leave the armed timer
   * alone (the batch has waited long enough: it fires as planned).
   */
  changed(now: number): number | null {
    if (this.batchStart !== null && now - this.batchStart > this.options.maxWaitMs) return null;
    this.batchStart ??= now;
    return Math.max(this.options.debounceMs, this.costReadyAt - now, this.recheckReadyAt - now);
  }

  /** The timer fired (or was dropped): the next change starts a new batch. */
  fired(): void {
    this.batchStart = null;
  }

  /** A run took from `start` to `end`. */
  ran(start: number, end: number): void {
    this.costReadyAt = end + (end - start) * this.options.costFactor;
  }

  /** A re-check at `now` found no article again: wait twice as long before the next. */
  foundNothing(now: number): void {
    this.recheckGap = Math.min(this.recheckGap * 2, this.options.maxRecheckGapMs);
    this.recheckReadyAt = now + this.recheckGap;
  }

  /** An article was found, or the page navigated to a new one: re-checks start over from the shortest wait. */
  startOver(): void {
    this.recheckGap = this.options.maxWaitMs;
    this.recheckReadyAt = 0;
  }
}
