import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Block } from '../analyzer/types';
import { sniffHtmlCharset } from '../cli/sniff-html-charset';
import { withoutCode } from '../content/without-code';
import { extractHtml } from '../extract/extract-html';
import type { ExtractResult } from '../extract/read-article';
import { extractArticle } from '../page/extract-article';

/**
 * `npx tsx scripts/compare-extraction.ts [folder]`: the article extracted from every saved page of a
 * folder (`<slug>/source.html`, default ../shared/corpus/readability) three ways, page by page:
 *   jsdom     the reference: jsdom parses the bytes, `extractArticle` reads a clone (the CLI until
 *             linkedom replaced it, and the extension's path on a live page);
 *   raw       `extractHtml` on the decoded file (linkedom), as the CLI now reads a page;
 *   xml       `extractHtml` on jsdom's `XMLSerializer` output of the same document, its code emptied
 *             (`withoutCode`), as the background
 *             reads a page the content script serialized; its `liveIndex`es must be jsdom's (the index
 *             of the same element of the page).
 * It prints one line per page that differs, then how many pages give the same text, the same blocks
 * (text, kind, links), and the same liveIndex, and the median and p90 time of each path.
 */
const folder = resolve(process.argv[2] ?? '../shared/corpus/readability');
if (!existsSync(folder)) {
  console.error(`compare-extraction: ${folder} not found (the shared corpus is not checked out next to this project)`);
  process.exit(2);
}
const slugs = readdirSync(folder).filter((slug) => existsSync(join(folder, slug, 'source.html'))).sort();

type Outcome = { result: ExtractResult | { ok: false; reason: string }; ms: number };

function timed(run: () => ExtractResult | { ok: false; reason: string }): Outcome {
  const start = performance.now();
  let result;
  try {
    result = run();
  } catch (error) {
    result = { ok: false as const, reason: `threw: ${(error as Error).message}` };
  }
  return { result, ms: performance.now() - start };
}

const textOf = (blocks: Block[]) => blocks.map((b) => b.text).join('\n');
const shapeOf = (blocks: Block[]) => JSON.stringify(blocks.map((b) => [b.kind, b.text, b.links]));
const metaOf = (o: Outcome) => (o.result.ok ? JSON.stringify([o.result.article.title, o.result.article.lang]) : '');
const describe = (o: Outcome) => (o.result.ok ? `${o.result.article.blocks.length} blocks` : o.result.reason);

const times: Record<'jsdom' | 'raw' | 'xml', number[]> = { jsdom: [], raw: [], xml: [] };
const same = { rawText: 0, rawBlocks: 0, xmlText: 0, xmlBlocks: 0, xmlLiveIndex: 0, rawLiveIndex: 0, articles: 0 };

for (const slug of slugs) {
  const bytes = readFileSync(join(folder, slug, 'source.html'));
  const url = pathToFileURL(join(folder, slug, 'source.html')).href;
  const charset = sniffHtmlCharset(bytes);
  const parse = () =>
    new JSDOM(bytes, { url, contentType: `text/html; charset=${charset ?? 'windows-1252'}`, virtualConsole: new VirtualConsole() }).window.document;
  const jsdom = timed(() => extractArticle(parse(), { url }));
  const html = new TextDecoder(charset ?? 'windows-1252').decode(bytes);
  const raw = timed(() => extractHtml(html, { url }));
  const reference = parse();
  const xmlText = withoutCode(new reference.defaultView!.XMLSerializer().serializeToString(reference));
  const xml = timed(() => extractHtml(xmlText, { url, wellFormed: true }));
  times.jsdom.push(jsdom.ms);
  times.raw.push(raw.ms);
  times.xml.push(xml.ms);

  const notes: string[] = [];
  if (!jsdom.result.ok) {
    if (raw.result.ok) notes.push(`raw: ${describe(raw)}, jsdom: ${jsdom.result.reason}`);
    if (xml.result.ok) notes.push(`xml: ${describe(xml)}, jsdom: ${jsdom.result.reason}`);
    if (notes.length) console.log(`${slug}: ${notes.join('; ')}`);
    continue;
  }
  same.articles++;
  const expected = jsdom.result.article.blocks;
  for (const [name, o] of [['raw', raw], ['xml', xml]] as const) {
    if (!o.result.ok) {
      notes.push(`${name}: ${o.result.reason}`);
      continue;
    }
    const blocks = o.result.article.blocks;
    const sameText = textOf(blocks) === textOf(expected);
    const sameBlocks = shapeOf(blocks) === shapeOf(expected);
    const bad = blocks.filter((b, i) => b.liveIndex !== expected[i]?.liveIndex).length;
    if (name === 'raw') {
      same.rawText += Number(sameText);
      same.rawBlocks += Number(sameBlocks);
      same.rawLiveIndex += Number(bad === 0);
    } else {
      same.xmlText += Number(sameText);
      same.xmlBlocks += Number(sameBlocks);
      same.xmlLiveIndex += Number(bad === 0);
    }
    if (bad) notes.push(`${name}: ${bad} of ${blocks.length} liveIndex differ`);
    if (metaOf(o) !== metaOf(jsdom)) notes.push(`${name}: title or lang differs: ${metaOf(o)} vs ${metaOf(jsdom)}`);
    if (!sameText) notes.push(`${name}: text differs (${textOf(blocks).length} vs ${textOf(expected).length} chars)`);
    else if (!sameBlocks) notes.push(`${name}: same text, blocks differ`);
  }
  if (notes.length) console.log(`${slug}: ${notes.join('; ')}`);
}

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;
const ms = (values: number[]) => `p50 ${pct(values, 0.5).toFixed(1)} ms, p90 ${pct(values, 0.9).toFixed(1)} ms`;
console.log(`\n${slugs.length} pages, ${same.articles} with an article through jsdom`);
console.log(`raw (linkedom on the file):        same text ${same.rawText}, same blocks ${same.rawBlocks}, same liveIndex ${same.rawLiveIndex}`);
console.log(`xml (linkedom on XMLSerializer):   same text ${same.xmlText}, same blocks ${same.xmlBlocks}, same liveIndex ${same.xmlLiveIndex}`);
console.log(`time: jsdom ${ms(times.jsdom)}; raw ${ms(times.raw)}; xml ${ms(times.xml)}`);
