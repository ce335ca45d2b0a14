/**
 * The floor under the page-side serialization: what the browser's own serializer costs in one call,
 * the minimum of a few calls, on each saved page of a folder (Chromium, no extension, the page's own
 * world), and how long its markup is. Scripts and style sheets included: the extension leaves their
 * text out, which a single call cannot, so on a page heavy with code this is above what the
 * extension's sliced serializer pays. No extension can copy a page out of its renderer any cheaper
 * (the background has no DOM of the page): a design that reads the page elsewhere pays about this on
 * the page's main thread, before locating and painting.
 *
 *   npx tsx bench/serialize-floor.ts [folder=../shared/corpus/readability] [calls=3]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { eachSavedPage, savedPageSlugs } from '../harness/each-saved-page';

const folder = resolve(process.argv[2] ?? '../shared/corpus/readability');
const calls = Number(process.argv[3] ?? 3);
if (!existsSync(folder)) {
  console.error(`serialize-floor: ${folder} not found`);
  process.exit(2);
}
const xml: number[] = [];
const chars: number[] = [];
await eachSavedPage(folder, savedPageSlugs(folder), async (page) => {
  const times = await page.evaluate((n) => {
    const best = (run: () => unknown) => {
      let min = Infinity;
      for (let i = 0; i < n; i++) {
        const started = performance.now();
        run();
        min = Math.min(min, performance.now() - started);
      }
      return min;
    };
    return { xml: best(() => new XMLSerializer().serializeToString(document)), chars: new XMLSerializer().serializeToString(document).length };
  }, calls);
  xml.push(times.xml);
  chars.push(times.chars);
});
if (xml.length === 0) throw new Error('serialize-floor: no page measured');
const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!.toFixed(1);
console.log(`${xml.length} pages, the minimum of ${calls} calls each, ms`);
console.log(`XMLSerializer(document): p50 ${at(xml, 0.5)}, p90 ${at(xml, 0.9)}, max ${at(xml, 1)}`);
console.log(`its markup, characters:   p50 ${at(chars, 0.5)}, p90 ${at(chars, 0.9)}, max ${at(chars, 1)}`);
