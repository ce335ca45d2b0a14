import { describe, expect, test } from 'vitest';
import { formatProgress } from '../../cli/format-progress';

describe('formatProgress', () => {
  test.each([
    [{ done: 0, errors: 0, total: null, elapsedMs: 0 }, '0 pages · 0.0 pages/s · 0 errors'],
    [{ done: 312, errors: 1, total: null, elapsedMs: 10_000 }, '312 pages · 31.2 pages/s · 1 error'],
    [{ done: 312, errors: 2, total: 1290, elapsedMs: 10_000 }, '312/1,290 pages · 31.2 pages/s · 2 errors · ETA 32 s'],
    [{ done: 10, errors: 0, total: 100_000, elapsedMs: 1_000 }, '10/100,000 pages · 10.0 pages/s · 0 errors · ETA 2 h 46 min'],
    [{ done: 100, errors: 0, total: 1000, elapsedMs: 10_000 }, '100/1,000 pages · 10.0 pages/s · 0 errors · ETA 1 min 30 s'],
    [{ done: 5, errors: 0, total: 5, elapsedMs: 500 }, '5/5 pages · 10.0 pages/s · 0 errors · ETA 0 s'],
  ])('%j', (progress, line) => {
    expect(formatProgress(progress)).toBe(line);
  });
});
