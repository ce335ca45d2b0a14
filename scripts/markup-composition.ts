import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { eachSavedPage, savedPageSlugs } from '../harness/each-saved-page';
import { withoutCode } from '../content/without-code';

/**
 * `npx tsx scripts/markup-composition.ts [folder] [slug,…]`: what the serialized copy of each saved
 * page (`<slug>/source.html`, default ../shared/corpus/readability) is made of, as the page sends it
 * (XMLSerializer's markup, code emptied): characters of text, of white-space-only text, of tags, and of
 * each attribute, summed over the pages, as shares of the whole; then how much folding the runs of
 * white space next to a tag would take off (a probe: done on the page it costs more than it saves,
 * docs/performance.md). Chromium without the extension; the count runs in the page.
 */
const folder = resolve(process.argv[2] ?? '../shared/corpus/readability');
if (!existsSync(folder)) {
  console.error(`markup-composition: ${folder} not found (the shared corpus is not checked out next to this project)`);
  process.exit(2);
}
const slugs = process.argv[3]?.split(',') ?? savedPageSlugs(folder);

/** Runs in the page: characters by kind, and the markup itself. */
function composition(): { markup: string; chars: Record<string, number> } {
  const code = 'script:not([type="application/ld+json" i]), style';
  const chars: Record<string, number> = {};
  const add = (kind: string, n: number) => void (chars[kind] = (chars[kind] ?? 0) + n);
  for (const el of document.querySelectorAll('*')) {
    add('tags', el.localName.length * 2 + 5);
    for (const a of el.attributes) add(a.name.startsWith('data-') ? 'attribute data-*' : `attribute ${a.name}`, a.name.length + a.value.length + 4);
  }
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.matches(code)) continue;
    const data = (n as CharacterData).data;
    add(n.nodeType === Node.COMMENT_NODE ? 'comments' : data.trim() ? 'text (with its edge spaces)' : 'white-space-only text', data.length);
  }
  return { markup: new XMLSerializer().serializeToString(document), chars };
}

// White space next to a tag, as one character: what a page could leave out of its copy.
const PADDING = />[\t\n\f\r ]+([\t\n\f\r ])|([\t\n\f\r ])[\t\n\f\r ]+</g;
const fold = (markup: string) => markup.replace(PADDING, (_run, after: string | undefined, before: string | undefined) => (after !== undefined ? `>${after}` : `${before}<`));
let before = 0;
let after = 0;
const kept: number[] = [];
const totals = new Map<string, number>();
await eachSavedPage(folder, slugs, async (page) => {
  const { markup, chars } = await page.evaluate(composition);
  const sent = withoutCode(markup);
  const light = fold(sent);
  before += sent.length;
  after += light.length;
  kept.push(light.length / sent.length);
  for (const [kind, n] of Object.entries(chars)) totals.set(kind, (totals.get(kind) ?? 0) + n);
});
const pct = (n: number) => `${((n / before) * 100).toFixed(1)} %`;
console.log(`${kept.length} pages, ${before} characters of markup (code emptied)`);
for (const [kind, n] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${kind.padEnd(32)} ${pct(n).padStart(7)}`);
kept.sort((a, b) => a - b);
const median = kept[Math.floor(kept.length / 2)] ?? 1;
console.log(`white space next to a tag folded: ${before} → ${after} characters (${pct(after)} kept); at the median page ${(median * 100).toFixed(1)} % kept`);
