import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractHtml } from '../../extract/extract-html';
import { extractArticle } from '../../page/extract-article';

const PAGE_URL = 'https://ledger.example.com/news/2024/bridge.html';
const CORPUS = new URL('../../../shared/corpus/readability/', import.meta.url);

const jsdomOf = (html: string, url = PAGE_URL) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
const fixture = (name: string) => readFileSync(new URL(`../page/fixtures/${name}`, import.meta.url), 'utf8');
const serialize = (doc: Document) => new doc.defaultView!.XMLSerializer().serializeToString(doc);

const STORY =
  '<p>The minister said the bridge would close in May. Engineers found corrosion in two cables, according to a report.</p>' +
  '<p>Local businesses fear a drop in trade during the works, and some shop owners want compensation from the city.</p>';

/** Pages where a light DOM could part from a browser's: each must give what jsdom gives, liveIndex included. */
const PAGES: [string, string][] = [
  ['the wire story fixture', fixture('wire-story.html')],
  ['the photo gallery fixture', fixture('photo-gallery.html')],
  ['a login page (no article)', fixture('login-page.html')],
  ['a <template> before the article (kept out of the tree by browsers)', `<html><body><template><div><p>Never shown.</p></div></template><article>${STORY}</article></body></html>`],
  ['div paragraphs that Readability turns into <p>', `<html><body><div class="story"><div>${STORY}</div><div>The council agreed, officials said.<br>More <b>below</b>.</div></div></body></html>`],
  ['links relative to <base href>', `<html><head><base href="/archive/"></head><body><article>${STORY}<p>See <a href="2023/report.html">the report</a> and <a href="#top">the top</a>.</p></article></body></html>`],
  ['an editable comment box inside the article', `<html><body><article>${STORY}<div contenteditable="true"><p>My draft comment about the bridge.</p></div></article></body></html>`],
  ['a figure caption and a list', `<html lang="fr"><body><article>${STORY}<figure><img src="a.jpg"><figcaption>Le pont en 1968.</figcaption></figure><ul><li>Buses every ten minutes.</li><li>Extra ferries.</li></ul></article></body></html>`],
  ['JSON-LD metadata in CDATA, with an ampersand (its headline is the title)', `<html><head><title>Site</title><script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"Q&A: the <bridge> closes"}]]></script></head><body><article>${STORY}</article></body></html>`],
  ['a page of one short line', '<html><body><p>Hello.</p></body></html>'],
];

describe('extractHtml gives what extractArticle gives on jsdom', () => {
  test.each(PAGES)('%s, from the markup', (_name, html) => {
    expect(extractHtml(html, { url: PAGE_URL, minWords: 4 })).toEqual(extractArticle(jsdomOf(html), { url: PAGE_URL, minWords: 4 }));
  });

  test.each(PAGES)('%s, from its XMLSerializer output (liveIndex points at the live element)', (_name, html) => {
    const live = jsdomOf(html);
    expect(extractHtml(serialize(live), { url: PAGE_URL, wellFormed: true })).toEqual(extractArticle(live, { url: PAGE_URL }));
  });
});

describe('what extractHtml refuses', () => {
  test('elements nested deeper than a browser builds', () => {
    const html = `<html><body>${'<div>'.repeat(600)}${STORY}${'</div>'.repeat(600)}</body></html>`;
    expect(extractHtml(html, { url: PAGE_URL })).toEqual({
      ok: false,
      reason: 'too-deep',
      message: "the page's elements are nested too deeply (more than 512 levels) to analyse",
    });
  });

  test('more elements than maxElemsToParse: throws as Readability does', () => {
    const html = `<html><body><article>${STORY}${'<span></span>'.repeat(50)}</article></body></html>`;
    expect(() => extractHtml(html, { url: PAGE_URL, maxElemsToParse: 40 })).toThrow(/elements/);
    expect(extractHtml(html, { url: PAGE_URL, maxElemsToParse: 100 }).ok).toBe(true);
  });
});

test('extract/ runs in a service worker: no Node API, nothing from cli/', () => {
  const folder = new URL('../../extract/', import.meta.url);
  for (const file of readdirSync(folder)) {
    const source = readFileSync(new URL(file, folder), 'utf8');
    expect(source, file).not.toMatch(/from '(node:|fs|path|url|buffer|jsdom)|from '\.\.\/cli\//);
  }
});

/** News in several languages, Wikipedia, and the pages where linkedom once parted from jsdom. */
const CORPUS_PAGES = ['bbc-1', 'nytimes-1', 'liberation-1', 'wikipedia', 'article-author-tag', 'yahoo-4', 'qq', 'tumblr', 'breitbart', 'cnn'];

describe.skipIf(!existsSync(CORPUS))('real pages of ../shared/corpus/readability (skipped: the shared corpus is absent)', () => {
  test.each(CORPUS_PAGES)('%s: the serialized page gives jsdom\'s blocks and liveIndexes', (slug) => {
    const url = new URL(`${slug}/source.html`, CORPUS).href;
    const live = new JSDOM(readFileSync(new URL(`${slug}/source.html`, CORPUS)), { url, virtualConsole: new VirtualConsole() }).window.document;
    const expected = extractArticle(live, { url });
    expect(expected.ok).toBe(true);
    expect(extractHtml(serialize(live), { url, wellFormed: true })).toEqual(expected);
  });
});

describe('the address a page declares for itself', () => {
  const withCanonical = (href: string) => `<html><head><link rel="canonical" href="${href}"></head><body><article>${STORY}</article></body></html>`;
  const article = (result: ReturnType<typeof extractHtml>) => {
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };

  test('served from elsewhere (a saved copy, a syndicated story): kept beside the address it was read at', () => {
    const a = article(extractHtml(withCanonical('https://www.gazette.example/2024/05/bridge'), { url: 'http://127.0.0.1:8080/saved.html' }));
    expect([a.url, a.canonicalUrl]).toEqual(['http://127.0.0.1:8080/saved.html', 'https://www.gazette.example/2024/05/bridge']);
  });

  test('read from a file: the declared address is the address; the same address is not said twice', () => {
    const a = article(extractHtml(withCanonical('https://www.gazette.example/2024/05/bridge'), { url: 'file:///home/me/saved.html' }));
    expect([a.url, a.canonicalUrl]).toEqual(['https://www.gazette.example/2024/05/bridge', undefined]);
    const same = article(extractHtml(withCanonical(PAGE_URL), { url: PAGE_URL }));
    expect(same.canonicalUrl).toBeUndefined();
  });

  test('only a web address counts', () => {
    expect(article(extractHtml(withCanonical('javascript:alert(1)'), { url: PAGE_URL })).canonicalUrl).toBeUndefined();
  });
});
