// npm run bench — the analyzer's speed in characters per millisecond, on real texts (when
// ../shared/corpus is present) and on adversarial inputs built to trip non-linear code.
// Each figure is the median of several runs after a warm-up; sizes of 10 KB, 100 KB and 1 MB show
// whether time per character stays flat (linear time). Each adversarial input at each size runs in a
// process of its own: most of a big input's time is garbage collection, whose cost depends on what the
// heap already holds, so in one process the figures depended on the order of the rows.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromText } from '../analyzer/article';
import { analyze } from '../analyzer/index';
import type { Article } from '../analyzer/types';
import { htmlArticle } from '../cli/html-article';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median milliseconds of analyze() over `runs` runs of each article, after one warm-up. */
function time(articles: Article[], runs: number): number {
  for (const a of articles) analyze(a);
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const a of articles) analyze(a);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows: { input: string; chars: number; ms: number }[] = [];
/** Each page's own median time, then the median and p90 over the pages (the corpus run's "median page"). */
let perPage = null as { p50: number; p90: number; n: number } | null;

function pageSpread(articles: Article[], runs: number): { p50: number; p90: number; n: number } {
  const sorted = articles.map((a) => time([a], runs)).sort((a, b) => a - b);
  return { p50: median(sorted), p90: sorted[Math.floor(0.9 * (sorted.length - 1))] ?? 0, n: sorted.length };
}

function measure(input: string, articles: Article[], runs = 5): void {
  const chars = articles.reduce((n, a) => n + (a.text ?? a.blocks.map((b) => b.text).join('\n\n')).length, 0);
  rows.push({ input, chars, ms: time(articles, runs) });
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

// Adversarial inputs, each at three sizes.
const ADVERSARIAL: [string, string][] = [
  ['one character repeated', 'a'],
  ['nested quotes', '« “ « “ ‘ '],
  ['closing quotes only', '» ” " '],
  ['« selon » repeated', 'selon '],
  ['"said" repeated', 'said '],
  ['abbreviations and initials', 'Mr. J. F. Gov. '],
  ['one-word sentences', 'Yes. '],
  ['commas and apposition', 'Smith, a spokesman, '],
];
/** One adversarial input at one size, in this process: prints its median ms (the parent reads it). */
function runOne(index: number, size: number): void {
  const [, unit] = ADVERSARIAL[index]!;
  const article = articleFromText(repeat(unit, size));
  analyze(article); // a second warm-up run, time() makes the first
  console.log(JSON.stringify({ ms: time([article], size >= 1_000_000 ? 5 : size >= 100_000 ? 9 : 21) }));
}

/** Runs `runOne` in a fresh process with this one's loader (tsx) and flags. */
function inFreshProcess(index: number, size: number): number {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, [...process.execArgv, script, '--one', String(index), String(size)], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number }).ms;
}

function realTexts(): void {
  if (!existsSync(CORPUS)) {
    console.log(`(${CORPUS} is missing: real-text figures skipped)\n`);
    return;
  }
  measure('seed report (fr)', [articleFromText(readFileSync(join(CORPUS, 'seed/article.txt'), 'utf8'))], 50);
  const lib = htmlArticle(new Uint8Array(readFileSync(join(CORPUS, 'liberation-1/source.html'))), 'file:///liberation-1.html', null);
  measure('Libération page, extracted (fr)', [lib], 50);
  const dev = join(CORPUS, 'polnear/dev/text');
  measure('PolNeAR dev, 84 articles (en)', readdirSync(dev).filter((f) => f.endsWith('.txt')).map((f) => articleFromText(readFileSync(join(dev, f), 'utf8'))), 5);
  const rd = join(CORPUS, 'readability');
  const pages: Article[] = [];
  for (const slug of readdirSync(rd)) {
    try {
      pages.push(htmlArticle(new Uint8Array(readFileSync(join(rd, slug, 'source.html'))), `https://example.org/${slug}/`, null));
    } catch {
      // pages with no article are left out of this figure
    }
  }
  measure(`Readability test pages, ${pages.length} extracted articles`, pages, 3);
  perPage = pageSpread(pages, 7);
}

if (process.argv[2] === '--one') {
  runOne(Number(process.argv[3]), Number(process.argv[4]));
  process.exit(0);
}

realTexts();
ADVERSARIAL.forEach(([name], index) => {
  for (const size of [10_000, 100_000, 1_000_000]) {
    rows.push({ input: `${name}, ${size / 1000} KB`, chars: size, ms: inFreshProcess(index, size) });
  }
});

const width = Math.max(...rows.map((r) => r.input.length));
console.log(`${'input'.padEnd(width)}  ${'chars'.padStart(9)}  ${'ms'.padStart(9)}  ${'chars/ms'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.input.padEnd(width)}  ${String(r.chars).padStart(9)}  ${r.ms.toFixed(2).padStart(9)}  ${Math.round(r.chars / r.ms).toString().padStart(9)}`);
}
if (perPage) {
  console.log(`\nReadability test pages, one at a time (warm): median page ${perPage.p50.toFixed(2)} ms, p90 ${perPage.p90.toFixed(2)} ms (${perPage.n} pages)`);
}
// Linearity: time per character at 1 MB over time per character at 10 KB, per adversarial input.
console.log('\nlinearity (ms per char at 1 MB ÷ ms per char at 10 KB; flat is 1):');
for (const [name] of ADVERSARIAL) {
  const small = rows.find((r) => r.input === `${name}, 10 KB`)!;
  const big = rows.find((r) => r.input === `${name}, 1000 KB`)!;
  console.log(`  ${name.padEnd(28)} ${(big.ms / big.chars / (small.ms / small.chars)).toFixed(2)}`);
}
