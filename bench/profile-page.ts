/**
 * Where the content script's main-thread time goes on saved pages: a V8 CPU profile of each page's
 * load in Chromium with the built extension (or the build at $EXT), its samples laid to the extension's functions (self time,
 * by function and file). A probe for performance work, not a test.
 *
 *   npx wxt build && npx tsx bench/profile-page.ts <corpus folder> <slug,slug,...>
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from '../harness/launch-chromium';
import { startStaticServer } from '../harness/static-server';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const [folder, slugs] = process.argv.slice(2);
if (!folder || !slugs) throw new Error('usage: bench/profile-page.ts <folder> <slug,...>');
const server = await startStaticServer(folder);
const session = await launchChromium(process.env.EXT ? { extensionPath: process.env.EXT } : {});
const totals = new Map<string, number>();
for (const slug of slugs.split(',')) {
  const page = await session.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(`/${slug}/source.html`), { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('unsourced:first-run').length > 0, null, { timeout: 30_000 }).catch(() => undefined);
  await sleep(300);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('unsourced:')).map((m) => `${m.name.slice(10)} ${m.duration.toFixed(1)}`));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const u = n.callFrame.url;
    const where = u.startsWith('chrome-extension://') ? u.replace(/^chrome-extension:\/\/[^/]+\//, '') : u ? 'page' : n.callFrame.functionName || '(native)';
    const key = u.startsWith('chrome-extension://') ? `${where}:${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : where;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const ext = [...self].filter(([k]) => k.includes('.js:')).sort((a, b) => b[1] - a[1]);
  const extTotal = ext.reduce((s, [, v]) => s + v, 0);
  console.log(`\n## ${slug}: extension self time ${extTotal.toFixed(1)} ms; ${measures.join(', ')}`);
  for (const [k, v] of ext.slice(0, 15)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
  const other = [...self].filter(([k]) => !k.includes('.js:')).sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log('  other:', other.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
  for (const [k, v] of ext) totals.set(k, (totals.get(k) ?? 0) + v);
  await page.close();
}
console.log('\n## all pages');
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
await session.close();
await server.close();
