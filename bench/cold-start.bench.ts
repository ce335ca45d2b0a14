/**
 * Does the Latin shortcut for Unicode property escapes still pay, now that the analyzer runs warm in
 * the background? It pays on a cold start only: the first page after the background starts (an MV3
 * service worker is stopped after 30 s without events, so a reader's next article usually starts
 * it again) and every CLI process and worker thread. Each row runs in a fresh Node process, and is
 * the median of `runs` processes:
 *   notClaims exact      every `notClaims` rule of both lexicons compiled as written (`u`/`iu`) and run once
 *   notClaims latin      the same through its Latin translation (what LatinRegex does on Latin text)
 *   chars exact          the five property classes of chars.ts compiled and run once
 *   first analysis       analyze() on a short English and a short French article, first call, as shipped
 *   warm analysis        the same after twenty calls
 *
 *   npx tsx bench/cold-start.bench.ts [runs=7]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 7);
const self = fileURLToPath(import.meta.url);

async function measure(row: string): Promise<number> {
  const { LEXICONS } = await import('../analyzer/lexicons');
  const { LatinRegex } = await import('../analyzer/latin-regex');
  const sample = 'The council approved the new bus routes on Tuesday, officials said.';
  const rules = [...LEXICONS.en.notClaims, ...LEXICONS.fr.notClaims];
  if (row === 'notClaims exact' || row === 'notClaims latin') {
    const latin = row === 'notClaims latin';
    const t = performance.now();
    for (const rule of rules) new LatinRegex(rule.pattern, !rule.caseSensitive).test(sample, latin);
    return performance.now() - t;
  }
  if (row === 'chars exact') {
    const t = performance.now();
    for (const source of ['^[\\p{L}\\p{M}\\p{N}]$', '^\\p{L}$', '^[\\p{L}\\p{N}]$', '^\\p{Lu}$', '^\\p{Ll}$']) new RegExp(source, 'u').test('é');
    return performance.now() - t;
  }
  const { analyze } = await import('../analyzer/index');
  const { articleFromText } = await import('../analyzer/article');
  const en = articleFromText('The mayor said the bridge would close in May. Officials reportedly fear delays. Prices rose sharply last year.');
  const fr = articleFromText('Le maire a déclaré que le pont fermera en mai. Les travaux auraient pris du retard. Les prix ont fortement augmenté.');
  if (row === 'warm analysis') {
    for (let i = 0; i < 20; i++) {
      analyze(en, { lang: 'en' });
      analyze(fr, { lang: 'fr' });
    }
  }
  const t = performance.now();
  analyze(en, { lang: 'en' });
  analyze(fr, { lang: 'fr' });
  return performance.now() - t;
}

const ROWS = ['notClaims exact', 'notClaims latin', 'chars exact', 'first analysis', 'warm analysis'];
const child = process.argv[2] === '--row';
if (child) {
  console.log(await measure(process.argv.slice(3).join(' ')));
} else {
  console.log(`| cold start, fresh process (median of ${runs}) | ms |\n|---|--:|`);
  for (const row of ROWS) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, ['--import', 'tsx', self, '--row', ...row.split(' ')], { encoding: 'utf8' }).trim()));
    times.sort((a, b) => a - b);
    console.log(`| ${row} | ${times[times.length >> 1]!.toFixed(2)} |`);
  }
}
