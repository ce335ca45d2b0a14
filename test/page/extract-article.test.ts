import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../analyzer/types';
import { extractArticle, type ExtractOptions } from '../../page/extract-article';
import { LIVE_INDEX_ATTRIBUTE } from '../../page/stamp-live-indexes';

const PAGE_URL = 'https://ledger.example.com/news/2024/bridge.html';

function domOf(html: string | Buffer, url = PAGE_URL): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

function fixture(name: string): Document {
  return domOf(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
}

function articleOf(doc: Document, options?: ExtractOptions): Article {
  const result = extractArticle(doc, options);
  if (!result.ok) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result.article;
}

/** A small page Readability accepts: its text sits in an <article>. */
function page(body: string, head = ''): Document {
  return domOf(`<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`);
}

describe('extractArticle on a wire story', () => {
  const doc = fixture('wire-story.html');
  const article = articleOf(doc);

  test('title, lang and url', () => {
    expect(article.title).toBe('Harbour bridge to close for repairs');
    expect(article.lang).toBe('en-GB');
    expect(article.url).toBe(PAGE_URL);
  });

  test('blocks in reading order with their kinds', () => {
    expect(article.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The Eastgate harbour bridge will close for six weeks from March, the regional transport authority said on Tuesday.'],
      ['paragraph', 'Engineers found corrosion in two of the main cables, according to an inspection report published by the authority.'],
      ['heading', 'Diversions expected'],
      ['paragraph', 'Traffic will be sent through the old tunnel, which carries about 9,000 vehicles a day. Local businesses fear a drop in trade during the works.'],
      ['paragraph', 'Some shop owners want compensation.'],
      ['list-item', 'Buses will run every ten minutes.'],
      ['list-item', 'Ferries will add extra crossings.'],
      ['quote', '“We know this is hard for commuters,” said Mayor Lena Okafor.'],
      ['caption', 'The Eastgate bridge opened in 1968.'],
      ['paragraph', 'Repairs are expected to cost about £14 million, officials said.'],
      ['paragraph', 'Cyclists will still be allowed to cross on a narrow lane protected by barriers, and pedestrians will keep the northern footpath for the whole duration of the works.'],
    ]);
  });

  test('script, style and navigation text stay out', () => {
    const all = article.blocks.map((b) => b.text).join('\n');
    for (const absent of ['analytics', 'document.write', 'color: #222', 'Sport', 'Subscribe']) {
      expect(all).not.toContain(absent);
    }
  });

  test.each([
    ['an inspection report', 'https://ledger.example.com/reports/bridge-inspection-2024.html'],
    ['extra crossings', 'https://ferries.example.org/timetable'],
  ])('link "%s" has offsets into its block and an absolute href', (text, href) => {
    const block = article.blocks.find((b) => b.links?.some((l) => l.href === href));
    expect(block).toBeDefined();
    const link = block!.links!.find((l) => l.href === href)!;
    expect(block!.text.slice(link.start, link.end)).toBe(text);
  });

  test.each([
    ['The Eastgate harbour bridge', 'p'],
    ['Diversions expected', 'h2'],
    ['Some shop owners', 'p'],
    ['Ferries will add', 'li'],
    ['“We know this', 'p'],
    ['The Eastgate bridge opened', 'figcaption'],
    ['Repairs are expected', 'p'],
  ])('the stamp of "%s" leads back to its live <%s>', (start, tag) => {
    const block = article.blocks.find((b) => b.text.startsWith(start))!;
    const live = doc.getElementsByTagName('*')[block.liveIndex!]!;
    expect(live.localName).toBe(tag);
    expect(live.textContent!.replace(/\s+/g, ' ')).toContain(block.text);
  });

  test('the live document is left untouched', () => {
    expect(doc.querySelectorAll(`[${LIVE_INDEX_ATTRIBUTE}]`)).toHaveLength(0);
    expect(doc.querySelector('article h1')?.textContent).toBe('Harbour bridge to close for repairs');
    expect(doc.querySelector('script')).not.toBeNull();
  });
});

describe('block walk', () => {
  test.each([
    ['runs of spaces, tabs and line breaks fold to one space', '<p>  one \t two\n\n   three  </p>', ['one two three']],
    ['inline elements do not split a block', '<p>a <b>bold</b><i> and</i> <span>plain</span> word</p>', ['a bold and plain word']],
    ['no space is invented between inline elements', '<p>con<em>cat</em>enated</p>', ['concatenated']],
    ['<br> ends a block', '<p>first line<br>second line</p>', ['first line', 'second line']],
    ['text beside a nested block makes blocks of its own', '<div>before<p>inside</p>after</div>', ['before', 'inside', 'after']],
    ['empty and white-space blocks are dropped', '<p>kept</p><p> \n </p><div><p></p></div><p>also kept</p>', ['kept', 'also kept']],
    ['no-break spaces are text, not foldable space', '<p>selon\u00a0l’AFP\u00a0»</p>', ['selon\u00a0l’AFP\u00a0»']],
    ['skipped elements leave no text', '<p>a<template>t</template><svg><text>s</text></svg><noscript>n</noscript> b</p>', ['a b']],
  ])('%s', (_name, body, texts) => {
    expect(articleOf(page(body)).blocks.map((b) => b.text)).toEqual(texts);
  });

  test.each([
    ['<blockquote><p>quoted</p></blockquote>', 'quote'],
    ['<ul><li><p>item</p></li></ul>', 'list-item'],
    ['<h3>heading</h3>', 'heading'],
    ['<pre>code  block</pre>', 'preformatted'],
    ['<table><caption>table caption</caption><tr><td>cell</td></tr></table>', 'caption'],
    ['<table><tr><td>cell</td></tr></table>', 'paragraph'],
  ])('%s is a %s block', (body, kind) => {
    expect(articleOf(page(body)).blocks[0]!.kind).toBe(kind);
  });

  test.each([
    [
      'a link keeps its offsets after folded space',
      '<p>See   <a href="/x">the\n   report</a>  here.</p>',
      [{ text: 'the report', href: 'https://ledger.example.com/x' }],
    ],
    [
      'a link split by <br> goes on in the next block',
      '<p><a href="https://a.example/">one<br>two</a></p>',
      [{ text: 'one', href: 'https://a.example/' }, { text: 'two', href: 'https://a.example/' }],
    ],
    [
      'links that lead nowhere are dropped',
      '<p><a href="javascript:void(0)">js</a> <a>no href</a> <a href="">empty</a> text</p>',
      [],
    ],
    ['a link with no text is dropped', '<p>text <a href="/x"><img src="a.png"></a></p>', []],
  ])('%s', (_name, body, expected) => {
    const blocks = articleOf(page(body)).blocks;
    const links = blocks.flatMap((b) => (b.links ?? []).map((l) => ({ text: b.text.slice(l.start, l.end), href: l.href })));
    expect(links).toEqual(expected);
  });

  test('relative links follow <base href>', () => {
    const doc = page('<p>Read <a href="doc.html">the file</a>.</p>', '<base href="https://archive.example.net/2019/">');
    expect(articleOf(doc).blocks[0]!.links).toEqual([{ start: 5, end: 13, href: 'https://archive.example.net/2019/doc.html' }]);
  });

  test('lang falls back to <html lang>, title to <title>, url to the option', () => {
    const doc = domOf('<html lang="fr"><head><title>Le titre</title></head><body><article><p>Un texte.</p></article></body></html>', 'about:blank');
    const article = articleOf(doc, { url: 'file:///tmp/page.html' });
    expect([article.lang, article.title, article.url]).toEqual(['fr', 'Le titre', 'file:///tmp/page.html']);
  });
});

describe('pages with no article', () => {
  test.each([
    ['a page with nothing readable', fixture('photo-gallery.html'), {}, 'not-readable'],
    ['an empty body', domOf('<html><body></body></html>'), {}, 'not-readable'],
    ['content with no text', page(`<p><svg><text>${'word '.repeat(200)}</text></svg></p>`), {}, 'no-text'],
    ['a login form under the word minimum', fixture('login-page.html'), { minWords: 4 }, 'too-short'],
  ])('%s', (_name, doc, options, reason) => {
    const result = extractArticle(doc, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/^no article found: /);
    }
  });
});

describe('extractArticle leaves out what a reader is typing', () => {
  const P = (s: string) => `<p>${s} The council voted on Tuesday and the work will start in the spring, officials said.</p>`;
  const doc = page(
    `${P('The bridge will close in May.')}<div contenteditable="true">${P('Typed draft one.')}</div>` +
      `<div contenteditable="false">${P('Locked paragraph stays.')}</div>` +
      `<section contenteditable>${P('Typed draft two.')}<div contenteditable="false">${P('A read-only island inside.')}</div></section>`,
  );
  const text = articleOf(doc).blocks.map((b) => b.text).join('\n');

  test('editable areas are not read, read-only ones are, and the live page keeps them', () => {
    expect(text).toContain('The bridge will close in May.');
    expect(text).toContain('Locked paragraph stays.');
    expect(text).not.toContain('Typed draft one.');
    expect(text).not.toContain('Typed draft two.');
    expect(doc.querySelectorAll('[contenteditable]').length).toBe(4);
  });
});
