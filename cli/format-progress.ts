export interface Progress {
  done: number;
  errors: number;
  /** Known once every input has been listed (a folder walked, a file of records read to its end). */
  total: number | null;
  elapsedMs: number;
}

/** `312/1,290 pages · 41.7 pages/s · 2 errors · ETA 23 s`: one line, to be redrawn in place. */
export function formatProgress(p: Progress): string {
  const rate = p.elapsedMs > 0 ? (1000 * p.done) / p.elapsedMs : 0;
  const parts = [`${count(p.done)}${p.total === null ? '' : `/${count(p.total)}`} pages`, `${rate.toFixed(1)} pages/s`];
  parts.push(`${count(p.errors)} error${p.errors === 1 ? '' : 's'}`);
  if (p.total !== null && rate > 0) parts.push(`ETA ${duration((p.total - p.done) / rate)}`);
  return parts.join(' · ');
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor(s / 60) % 60).padStart(2, '0')} min`;
}
