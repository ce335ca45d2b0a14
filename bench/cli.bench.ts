// npm run bench (second part) — the built CLI as a user runs it: a fresh `node dist/cli/analyze.mjs`
// per row, wall time (and, with GNU time, CPU and peak memory of the whole process, worker threads
// included). Rows: one small text file (next to a bare `node -e 0`, the floor of any Node start);
// the 129 saved pages of ../shared/corpus/readability in one call, --jobs 1 and the default (one
// thread per core); the same pages ten times over (a JSONL file of 1,290 records) for linearity.
// Medians of 5 runs for the small rows, one run for the big ones; on a shared machine, compare
// figures of the same run, not across runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sniffHtmlCharset } from '../cli/sniff-html-charset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli/analyze.mjs');
const PAGES = resolve(ROOT, '../shared/corpus/readability');
const GNU_TIME = '/usr/bin/time';

interface Measure {
  wallS: number;
  cpuS: number | null;
  peakMb: number | null;
}

/** One run of a command, its output thrown away; GNU time's figures when it is installed. */
function measure(args: string[]): Measure {
  const withTime = existsSync(GNU_TIME);
  const start = performance.now();
  const run = withTime
    ? spawnSync(GNU_TIME, ['-f', '%U %S %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallS = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
  if (!withTime) return { wallS, cpuS: null, peakMb: null };
  const [user, sys, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { wallS, cpuS: user + sys, peakMb: kb / 1024 };
}

function medianOf(runs: number, args: string[]): Measure {
  const all = Array.from({ length: runs }, () => measure(args)).sort((a, b) => a.wallS - b.wallS);
  return all[Math.floor(runs / 2)]!;
}

const rows: [string, Measure][] = [];
// the CLI is built by `prepare`; built again so that the figures are the current sources'
execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });

rows.push(['node -e 0 (any Node start)', medianOf(5, ['-e', '0'])]);
rows.push(['one small text file (demo/en-wire-report.txt, 2 KB)', medianOf(5, [CLI, '--format', 'jsonl', join(ROOT, 'demo/en-wire-report.txt')])]);

if (!existsSync(PAGES)) {
  console.log(`(${PAGES} is absent: the corpus rows are skipped)`);
} else {
  const cores = availableParallelism();
  rows.push(['129 pages, one call, --jobs 1', measure([CLI, '--jobs', '1', '--format', 'jsonl', PAGES])]);
  rows.push([`129 pages, one call, default --jobs (${cores})`, measure([CLI, '--format', 'jsonl', PAGES])]);
  const tmp = mkdtempSync(join(tmpdir(), 'unsourced-bench-'));
  try {
    const slugs = readdirSync(PAGES).filter((s) => existsSync(join(PAGES, s, 'source.html'))).sort();
    // each page decoded as the CLI decodes a file (its <meta> charset, else UTF-8, else windows-1252)
    const html = (slug: string) => {
      const bytes = readFileSync(join(PAGES, slug, 'source.html'));
      return new TextDecoder(sniffHtmlCharset(bytes) ?? 'windows-1252').decode(bytes);
    };
    const lines = slugs.map((s) => JSON.stringify({ url: `https://${s}.example/`, html: html(s) }));
    writeFileSync(join(tmp, 'x1.jsonl'), lines.join('\n') + '\n');
    writeFileSync(join(tmp, 'x10.jsonl'), Array.from({ length: 10 }, () => lines.join('\n')).join('\n') + '\n');
    rows.push([`the same ${slugs.length} pages as JSONL records`, measure([CLI, '--format', 'jsonl', join(tmp, 'x1.jsonl')])]);
    rows.push([`ten times the records (${slugs.length * 10})`, measure([CLI, '--format', 'jsonl', join(tmp, 'x10.jsonl')])]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

console.log('\n| CLI run | wall | CPU | peak memory |\n|---|--:|--:|--:|');
for (const [name, m] of rows) {
  const cpu = m.cpuS === null ? 'n/a' : `${m.cpuS.toFixed(2)} s`;
  const peak = m.peakMb === null ? 'n/a' : `${Math.round(m.peakMb)} MB`;
  console.log(`| ${name} | ${m.wallS.toFixed(2)} s | ${cpu} | ${peak} |`);
}
const one = rows.find(([n]) => n.startsWith('the same'))?.[1];
const ten = rows.find(([n]) => n.startsWith('ten times'))?.[1];
if (one && ten) {
  console.log(`\nten times the pages: ${(ten.wallS / one.wallS).toFixed(2)}× the wall time` + (one.cpuS && ten.cpuS ? `, ${(ten.cpuS / one.cpuS).toFixed(2)}× the CPU time` : ''));
}
