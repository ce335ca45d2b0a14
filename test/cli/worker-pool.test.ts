import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Outcome } from '../../cli/analyze-input';
import { WorkerPool } from '../../cli/worker-pool';
import { ROOT } from './run-cli';

// The pool runs the built worker (the global setup builds the CLI), as `--jobs` does.
const WORKER = new URL(`file://${join(ROOT, 'dist/cli/analyze-worker.mjs')}`);
const OPTIONS = { lang: 'auto', timeoutSeconds: 15, pageUrl: null } as const;

/** An article of `paragraphs` paragraphs, each with an unsourced claim and a sourced one. */
function articleHtml(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, n) => `<p>The harbour wall on pier ${n} was rebuilt in ${1900 + (n % 120)}. Engineers said the stones of berth ${n} would hold for a century.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>The harbour works</title></head><body><article><h1>The harbour works</h1>${body}</article></body></html>`;
}

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'unsourced-pool-'));
  writeFileSync(join(tmp, 'small.html'), articleHtml(20));
  writeFileSync(join(tmp, 'large.html'), articleHtml(20_000)); // 2.6 MB
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const job = (name: string) => ({ kind: 'input', input: join(tmp, name), site: 'local' }) as const;
const claims = (outcome: Outcome) => ('analysis' in outcome ? outcome.analysis.sentences.length : outcome.error);

test('a page that outgrows a thread’s capped heap is analysed again in a thread of its own, and the pool goes on', async () => {
  // 24 MB holds the small page but not the large one (the large one alone needs ~100 MB)
  const pool = new WorkerPool(WORKER, 1, OPTIONS, 24);
  try {
    const [small, large, after] = await Promise.all([pool.run(job('small.html')), pool.run(job('large.html')), pool.run(job('small.html'))]);
    expect(claims(small)).toBe(40);
    expect(claims(large)).toBe(40_000);
    expect(claims(after)).toBe(40);
  } finally {
    await pool.close();
  }
}, 120_000);
