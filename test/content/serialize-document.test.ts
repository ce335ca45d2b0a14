// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../analyzer/types';
import { extractHtml } from '../../extract/extract-html';
import { serializeDocument } from '../../content/serialize-document';
import { withoutCode } from '../../content/without-code';
import { MAX_HTML_PART_CHARS } from '../../messages/limits';
import { extractArticle } from '../../page/extract-article';

const URL_OF_PAGE = 'https://ledger.example.com/news/2024/bridge.html';

/** A fresh document of this environment's DOM, loaded with `html`, its links read at URL_OF_PAGE (a <base>). */
function documentOf(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = URL_OF_PAGE;
  doc.head.prepend(base);
  return doc;
}

/** Runs a serialization to its end, with a task boundary that costs nothing; the parts and slices it took. */
async function serialize(doc: Document, options: { maxChars?: number; stopAfter?: number } = {}) {
  const parts: string[] = [];
  let waits = 0;
  const outcome = await serializeDocument(doc, (part) => parts.push(part), {
    current: () => options.stopAfter === undefined || waits < options.stopAfter,
    nextTask: async () => void waits++,
    maxChars: options.maxChars,
  });
  return { outcome, parts, markup: parts.join(''), waits };
}

/** The article the background reads from `markup` has the blocks Readability finds on `doc` itself; it is returned. */
function expectSameArticle(doc: Document, markup: string): Article {
  const live = extractArticle(doc, { url: URL_OF_PAGE });
  const copy = extractHtml(markup, { url: URL_OF_PAGE, wellFormed: true });
  if (!live.ok || !copy.ok) throw new Error(`no article: live ${live.ok || live.reason}, copy ${copy.ok || copy.reason}`);
  expect(copy.article.blocks).toEqual(live.article.blocks);
  return copy.article;
}

const wireStory = () => documentOf(readFileSync(resolve('test/page/fixtures/wire-story.html'), 'utf8'));
// A page too big to serialize in one go: 3,000 paragraphs (each two elements) in one article.
const bigPage = () => documentOf(`<body><article>${Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}, <em>said</em> the council.</p>`).join('')}</article></body>`);

describe('serializeDocument', () => {
  test('a page read from its serialized parts gives the article Readability finds on the page itself, block for block, locators included', async () => {
    const doc = wireStory();
    const { outcome, markup } = await serialize(doc);
    expect(outcome).toBe('done');
    const copy = expectSameArticle(doc, markup);
    expect(copy.blocks.every((b) => typeof b.liveIndex === 'number')).toBe(true);
  });

  test('a big page is opened rather than serialized whole: several slices, the same markup as the browser\'s serializer in one call, element for element', async () => {
    const doc = bigPage();
    const { outcome, markup } = await serialize(doc);
    expect(outcome).toBe('done');
    const whole = new XMLSerializer().serializeToString(doc.documentElement);
    // the opened elements' children carry their own namespace declaration; nothing else differs
    const bare = (s: string) => s.replaceAll(' xmlns="http://www.w3.org/1999/xhtml"', '');
    expect(bare(markup)).toBe(bare(whole));
    const elements = (s: string) => s.match(/<[a-z]/g)!.length;
    expect(elements(markup)).toBe(doc.getElementsByTagName('*').length);
  });

  test('code is never serialized: the markup is XMLSerializer\'s with every script and style sheet emptied (withoutCode), element for element', async () => {
    const code = (i: number) => `<script>var s${i} = "${'z'.repeat(200)}";</script>`;
    const doc = documentOf(
      `<head><style>p { margin: 0 }</style><script type="application/ld+json">{"headline":"Kept"}</script></head>` +
        `<body><nav>${code(0)}<a href="/">Home</a></nav><article>${Array.from({ length: 40 }, (_, i) => `<div><p>Paragraph ${i}.</p>${i % 7 === 0 ? code(i) : ''}</div>`).join('')}</article>` +
        `<svg><style>.a { fill: red }</style><path d="M0 0"/></svg><script src="/app.js"></script></body>`,
    );
    const { outcome, markup } = await serialize(doc);
    expect(outcome).toBe('done');
    const bare = (s: string) => s.replaceAll(/ xmlns="[^"]*"/g, '');
    expect(bare(markup)).toBe(bare(withoutCode(new XMLSerializer().serializeToString(doc.documentElement))));
    expect(markup).not.toContain('zzz');
    expect(markup).not.toContain('fill: red');
    expect(markup).toContain('{"headline":"Kept"}');
  });

  test('slices end after about SLICE_MS (4 ms) and give the page a task between them; every part fits a message', async () => {
    const { waits, parts } = await serialize(bigPage());
    // jsdom serializes slowly: a page of 6,000 elements takes more than one slice here
    expect(waits).toBeGreaterThan(0);
    expect(parts.every((p) => p.length > 0 && p.length <= MAX_HTML_PART_CHARS)).toBe(true);
  });

  test('past the character bound it stops: "too-large", and what was sent stays under the bound', async () => {
    const { outcome, markup } = await serialize(bigPage(), { maxChars: 20_000 });
    expect(outcome).toBe('too-large');
    expect(markup.length).toBeLessThanOrEqual(20_000);
  });

  test('a run overtaken between two slices stops there: "moot"', async () => {
    const { outcome, waits } = await serialize(bigPage(), { stopAfter: 1 });
    expect(outcome).toBe('moot');
    expect(waits).toBe(1);
  });

  test('attribute values are escaped in the start tags written by hand, and the page is not changed', async () => {
    const doc = documentOf(`<body><article data-x='a "b" & <c>'>${'<p>x</p>'.repeat(700)}</article></body>`);
    const snapshot = () => new XMLSerializer().serializeToString(doc);
    const before = snapshot();
    const { markup } = await serialize(doc);
    expect(markup).toContain('<article data-x="a &quot;b&quot; &amp; &lt;c&gt;">');
    expect(snapshot()).toBe(before);
  });

  test('scripts and style sheets go out empty, JSON-LD whole; the article, its locators and its headline are those of the page', async () => {
    const code = `window.__state = ${JSON.stringify({ story: 'x'.repeat(50_000) })}; if (a < b && "</p>") run();`;
    const doc = documentOf(
      readFileSync(resolve('test/page/fixtures/wire-story.html'), 'utf8').replace(
        '</head>',
        `<style>p > a { color: red }</style><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry fares rise at dawn"}</script></head>`,
      ),
    );
    const script = doc.createElement('script');
    script.textContent = code;
    doc.body.prepend(script);
    const { markup } = await serialize(doc);
    expect(markup).not.toContain('__state');
    expect(markup).not.toContain('color: red');
    expect(markup).toContain('<script></script>');
    expect(markup).toContain('"headline":"Ferry fares rise at dawn"');
    expect(expectSameArticle(doc, markup).title).toBe('Ferry fares rise at dawn');
  });
});

describe('withoutCode', () => {
  test.each([
    ['a script', '<div><script type="module">let a = 1 &lt; 2;</script><p>x</p></div>', '<div><script type="module"></script><p>x</p></div>'],
    ['a style sheet, in SVG too', '<style media="print">p { }</style><svg><style>.a { }</style></svg>', '<style media="print"></style><svg><style></style></svg>'],
    ['JSON-LD is kept', '<script type="application/ld+json">{"headline":"A"}</script>', '<script type="application/ld+json">{"headline":"A"}</script>'],
    ['an empty script stays as it is', '<script src="/app.js"></script>', '<script src="/app.js"></script>'],
    ['a script given child elements by a page script is left whole', '<script><b>x</b></script>', '<script><b>x</b></script>'],
    ['an escaped ">" in an attribute does not end the tag', '<script data-x="a &gt; b">code()</script>', '<script data-x="a &gt; b"></script>'],
    ['text that only names a script is text', '<p>the &lt;script&gt; tag</p>', '<p>the &lt;script&gt; tag</p>'],
    ['a <scripts> element is not a script', '<scripts>kept</scripts>', '<scripts>kept</scripts>'],
  ])('%s', (_name, markup, expected) => {
    expect(withoutCode(markup)).toBe(expected);
  });
});
