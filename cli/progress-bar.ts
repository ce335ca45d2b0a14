import { formatProgress, type Progress } from './format-progress';

/** How often the line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 200;
const CLEAR_LINE = '\r\x1b[K';

/**
 * The progress line of a long run on standard error, redrawn in place. Drawn only for a person at a
 * terminal: when standard error is a file or a pipe it writes nothing at all.
 */
export class ProgressBar {
  private readonly start = Date.now();
  private readonly state: Progress = { done: 0, errors: 0, total: null, elapsedMs: 0 };
  private lastDraw = 0;
  private shown = false;

  constructor(private readonly write: ((text: string) => void) | null) {}

  update(change: { done?: number; errors?: number; total?: number }): void {
    if (change.done) this.state.done += change.done;
    if (change.errors) this.state.errors += change.errors;
    if (change.total !== undefined) this.state.total = change.total;
    const now = Date.now();
    if (!this.write || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.state.elapsedMs = now - this.start;
    this.write(`${CLEAR_LINE}${formatProgress(this.state)}`);
    this.shown = true;
  }

  /** Clears the line, so that other output starts on a clean one; the next update draws it again. */
  clear(): void {
    if (!this.write || !this.shown) return;
    this.write(CLEAR_LINE);
    this.shown = false;
    this.lastDraw = 0;
  }
}
