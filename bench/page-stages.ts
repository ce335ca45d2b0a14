/**
 * The content script's stages on saved pages in Chromium, for one built extension or several side by
 * side. Each page is loaded `--runs` times with each build, the builds taking turns load by load, so
 * that a shared machine's noise falls on all of them alike; the minimum of each stage over the runs is
 * kept (the least disturbed), with the sum of the main-thread stages.
 *
 *   npx wxt build && npx tsx bench/page-stages.ts [--runs 5] [--ext .output/chrome-mv3 --ext /tmp/old] <folder> <slug,...>
 */
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium, type ChromiumSession } from '../harness/launch-chromium';
import { CHROME_BUILD } from '../harness/paths';
import { startStaticServer } from '../harness/static-server';
import { MAIN_THREAD_STAGES } from '../scripts/corpus/types';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, ext: { type: 'string', multiple: true } } });
const [folder, slugs] = positionals;
if (!folder || !slugs) throw new Error('usage: bench/page-stages.ts [--runs N] [--ext path]... <folder> <slug,...>');
const runs = Number(values.runs);
const builds = values.ext ?? [CHROME_BUILD];
const server = await startStaticServer(folder);
const sessions: ChromiumSession[] = [];
for (const extensionPath of builds) sessions.push(await launchChromium({ extensionPath }));
const STAGES = ['shape', 'check', 'serialize', 'load', 'analyze', 'highlight', 'first-run', 'main'];

async function sample(session: ChromiumSession, slug: string): Promise<Record<string, number>> {
  const page = await session.newPage();
  await page.goto(server.url(`/${slug}/source.html`), { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('unsourced:first-run').length > 0, null, { timeout: 30_000 }).catch(() => undefined);
  const entries = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('unsourced:')).map((m) => [m.name.slice(10), m.duration] as const));
  await page.close();
  const sums: Record<string, number> = {};
  for (const [name, ms] of entries) sums[name] = (sums[name] ?? 0) + ms;
  sums.main = MAIN_THREAD_STAGES.reduce((s, k) => s + (sums[k] ?? 0), 0);
  return sums;
}

const perBuild = builds.map(() => ({ main: [] as number[], first: [] as number[] }));
console.log(['page', 'build', ...STAGES].join('\t'));
for (const slug of slugs.split(',')) {
  const samples = builds.map(() => [] as Record<string, number>[]);
  for (let i = 0; i < runs; i++) {
    for (let b = 0; b < builds.length; b++) {
      samples[b]!.push(await sample(sessions[b]!, slug));
      await sleep(50);
    }
  }
  samples.forEach((list, b) => {
    const min = (k: string) => Math.min(...list.map((s) => s[k] ?? 0));
    perBuild[b]!.main.push(min('main'));
    perBuild[b]!.first.push(min('first-run'));
    console.log([slug, b, ...STAGES.map((k) => min(k).toFixed(1))].join('\t'));
  });
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
builds.forEach((path, b) => console.log(`build ${b} (${path}): median over pages of the minimum: main thread ${median(perBuild[b]!.main).toFixed(1)} ms, idle → painted ${median(perBuild[b]!.first).toFixed(1)} ms`));
for (const s of sessions) await s.close();
await server.close();
