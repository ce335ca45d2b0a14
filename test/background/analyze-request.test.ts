import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisService } from '../../background/analysis-service';
import { WARM_UP_EN, WARM_UP_FR } from '../../background/warm-up-articles';
import { analyze } from '../../analyzer/index';
import type { Article, Block } from '../../analyzer/types';
import { handleMessage, type MessageContext, type Sender } from '../../messages/handle-message';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, MAX_ARTICLE_LINK_CHARS, MAX_ARTICLE_LINKS } from '../../messages/protocol';
import { TabReports, type SessionArea } from '../../messages/tab-reports';
import { isAnalyzeRequest, isPrepareRequest } from '../../messages/validate-analyze-request';
import { limitArticle } from '../../page/analyse-article';

const ID = 'our-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://news.example.com/2026/05/ferries';
const fromContent = (extra: Partial<Sender> = {}): Sender => ({ id: ID, url: PAGE, frameId: 0, tab: { id: 7 }, ...extra });

// An article as the page side extracts it (page/blocks-from-content.ts): kind, text, links, liveIndex.
function pageArticle(): Article {
  return {
    title: 'Ferries are back',
    lang: 'en',
    url: PAGE,
    blocks: [
      { kind: 'heading', text: 'Ferries are back on the lakes', links: [], liveIndex: 3 },
      { kind: 'paragraph', text: 'Ferries returned on Tuesday, the harbour authority said.', links: [{ start: 31, end: 50, href: 'https://harbour.example.org/' }], liveIndex: 5 },
      { kind: 'paragraph', text: 'The storm reportedly damaged the lighthouse. Repairs will cost 3 million crowns.', links: [], liveIndex: 6 },
    ],
  };
}
const request = (article: unknown = pageArticle()) => ({ type: 'analyze', article });

let later: (() => void)[];
let context: MessageContext;
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  later = [];
  const analyzer = new AnalysisService((task) => later.push(task));
  context = { reports: new TabReports({ session: fakeBrowser.storage.session as unknown as SessionArea }), extensionId: ID, extensionOrigin: ORIGIN, analyzer };
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('analyze from our content script', () => {
  test('is answered with the analysis of the article, as the analyzer gives it', async () => {
    const answer = await handleMessage(request(), fromContent(), context);
    expect(answer).toEqual({ analysis: analyze(pageArticle(), { lang: 'en' }) });
    const { analysis } = answer as { analysis: ReturnType<typeof analyze> };
    expect(analysis.sentences.map((s) => s.label)).toEqual(['not-claim', 'attributed', 'hedged', 'unattributed']);
    // the live indexes come back with the blocks: the page side locates sentences through them
    expect(analysis.blocks.map((b) => b.liveIndex)).toEqual([3, 5, 6]);
    expect(warn).not.toHaveBeenCalled();
  });

  test('survives the trip through JSON (Chrome serialises messages): the same analysis', async () => {
    const sent = JSON.parse(JSON.stringify(request())) as unknown;
    expect(isAnalyzeRequest(sent)).toBe(true);
    expect(await handleMessage(sent, fromContent(), context)).toEqual(await handleMessage(request(), fromContent(), context));
  });

  test('follows the language the page declares, or detects it', async () => {
    const fr: Article = { ...pageArticle(), lang: null, blocks: [{ kind: 'paragraph', text: 'Les bacs ont repris mardi, a annoncé l’autorité portuaire. La tempête aurait endommagé le phare.' }] };
    const answer = (await handleMessage(request(fr), fromContent(), context)) as { analysis: ReturnType<typeof analyze> };
    expect(answer.analysis.language).toBe('fr');
    expect(answer.analysis.sentences.map((s) => s.label)).toEqual(['attributed', 'hedged']);
  });

  test('an analyzer that throws rejects the answer (the page says the analysis failed)', async () => {
    context.analyzer.analyze = () => {
      throw new Error('broken');
    };
    await expect(handleMessage(request(), fromContent(), context)).rejects.toThrow('broken');
  });
});

describe('prepare', () => {
  test('is answered at once, warms the analyzer later, once', async () => {
    expect(await handleMessage({ type: 'prepare' }, fromContent(), context)).toBeUndefined();
    expect(later).toHaveLength(1);
    await handleMessage({ type: 'prepare' }, fromContent(), context);
    expect(later).toHaveLength(1);
    expect(() => later[0]!()).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  test('after a real analysis there is nothing left to warm', async () => {
    await handleMessage(request(), fromContent(), context);
    await handleMessage({ type: 'prepare' }, fromContent(), context);
    expect(later).toHaveLength(0);
  });

  test('the warm-up articles take the analyzer through every claim label in both languages', () => {
    for (const [article, lang] of [[WARM_UP_EN, 'en'], [WARM_UP_FR, 'fr']] as const) {
      const analysis = analyze(article, { lang });
      expect(analysis.language).toBe(lang);
      expect(new Set(analysis.sentences.map((s) => s.label))).toEqual(new Set(['not-claim', 'attributed', 'vague', 'hedged', 'unattributed']));
      expect(analysis.sources.some((s) => s.kind === 'named')).toBe(true);
    }
  });
});

// A block of `chars` characters.
const block = (chars: number, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', text: 'a'.repeat(chars), ...extra });
const manyLinks = (n: number, href = 'https://x.example/') => Array.from({ length: n }, () => ({ start: 0, end: 1, href }));

describe('analyze is dropped, with a warning and no answer', () => {
  test.each<[string, unknown, Sender]>([
    ['from another extension', request(), fromContent({ id: 'someone-else' })],
    ['from a web page (no extension id)', request(), { url: PAGE, tab: { id: 7 } }],
    ['from outside a tab', request(), { id: ID, url: PAGE }],
    ['from our own page in a tab', request(), fromContent({ url: `${ORIGIN}options.html` })],
    ['from the popup', request(), { id: ID, url: `${ORIGIN}popup.html` }],
    ['with a key of its own', { ...request(), tabId: 3 }, fromContent()],
    ['without an article', { type: 'analyze' }, fromContent()],
    ['with the article\'s own text (offsets the page side never sends)', request({ ...pageArticle(), text: 'x' }), fromContent()],
    ['with a title that is not a string', request({ ...pageArticle(), title: 42 }), fromContent()],
    ['with a title over its bound', request({ ...pageArticle(), title: 'T'.repeat(1001) }), fromContent()],
    ['with a language tag over its bound', request({ ...pageArticle(), lang: 'x'.repeat(36) }), fromContent()],
    ['with blocks that are not a list', request({ ...pageArticle(), blocks: { 0: block(3) } }), fromContent()],
    ['with a block of an unknown kind', request({ ...pageArticle(), blocks: [block(3, { kind: 'table' as Block['kind'] })] }), fromContent()],
    ['with a block with a key of its own', request({ ...pageArticle(), blocks: [{ ...block(3), html: '<b>' }] }), fromContent()],
    ['with a negative live index', request({ ...pageArticle(), blocks: [block(3, { liveIndex: -1 })] }), fromContent()],
    ['with a link past its block', request({ ...pageArticle(), blocks: [block(3, { links: [{ start: 1, end: 4, href: 'https://x.example/' }] })] }), fromContent()],
    ['with a link that ends before it starts', request({ ...pageArticle(), blocks: [block(3, { links: [{ start: 2, end: 1, href: 'https://x.example/' }] })] }), fromContent()],
    ['with a link without an address', request({ ...pageArticle(), blocks: [block(3, { links: [{ start: 0, end: 1 } as never] })] }), fromContent()],
    [`with more than ${MAX_ARTICLE_BLOCKS} blocks`, request({ ...pageArticle(), blocks: Array.from({ length: MAX_ARTICLE_BLOCKS + 1 }, () => block(1)) }), fromContent()],
    [`with more than ${MAX_ARTICLE_CHARS} characters in all`, request({ ...pageArticle(), blocks: [block(MAX_ARTICLE_CHARS / 2), block(MAX_ARTICLE_CHARS / 2 + 1)] }), fromContent()],
    [`with more than ${MAX_ARTICLE_LINKS} links in all`, request({ ...pageArticle(), blocks: [block(2, { links: manyLinks(MAX_ARTICLE_LINKS) }), block(2, { links: manyLinks(1) })] }), fromContent()],
    [`with more than ${MAX_ARTICLE_LINK_CHARS} characters of addresses`, request({ ...pageArticle(), blocks: [block(2, { links: manyLinks(100, 'h'.repeat(MAX_ARTICLE_LINK_CHARS / 100)) }), block(2, { links: manyLinks(1) })] }), fromContent()],
    ['prepare with a key of its own', { type: 'prepare', now: true }, fromContent()],
    ['prepare from another extension', { type: 'prepare' }, fromContent({ id: 'someone-else' })],
  ])('%s', (_name, message, sender) => {
    expect(handleMessage(message, sender, context)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(later).toHaveLength(0);
  });

  test('each bound is exactly where the refusal starts', () => {
    const at = (blocks: Block[]) => isAnalyzeRequest(request({ ...pageArticle(), blocks }));
    expect(at(Array.from({ length: MAX_ARTICLE_BLOCKS }, () => block(1)))).toBe(true);
    expect(at([block(MAX_ARTICLE_CHARS / 2), block(MAX_ARTICLE_CHARS / 2)])).toBe(true);
    expect(at([block(2, { links: manyLinks(MAX_ARTICLE_LINKS - 1) }), block(2, { links: manyLinks(1) })])).toBe(true);
    expect(at([block(2, { links: manyLinks(100, 'h'.repeat(MAX_ARTICLE_LINK_CHARS / 100)) })])).toBe(true);
    expect(isPrepareRequest({ type: 'prepare' })).toBe(true);
  });
});

describe('limitArticle cuts what the page found to what a request may carry', () => {
  test('an article within every bound is sent whole', () => {
    const { article, truncated } = limitArticle(pageArticle());
    expect(truncated).toBeNull();
    expect(article).toEqual(pageArticle());
    expect(isAnalyzeRequest(request(article))).toBe(true);
  });

  test.each<[string, Block[], number]>([
    ['blocks', Array.from({ length: MAX_ARTICLE_BLOCKS + 20 }, () => block(5)), MAX_ARTICLE_BLOCKS],
    ['characters', Array.from({ length: 5 }, () => block(150_000)), 2],
    ['links', Array.from({ length: 30 }, () => block(2, { links: manyLinks(1000) })), 20],
    ['characters of addresses', Array.from({ length: 30 }, () => block(2, { links: manyLinks(10, 'h'.repeat(3000)) })), 13],
  ])('too many %s: the first blocks that fit, never half a block, and the request is accepted', (_what, blocks, kept) => {
    const { article, truncated } = limitArticle({ ...pageArticle(), blocks });
    expect(truncated).toEqual({ analysedBlocks: kept, totalBlocks: blocks.length });
    expect(article.blocks).toEqual(blocks.slice(0, kept));
    expect(isAnalyzeRequest(request(article))).toBe(true);
  });

  test('a title over its bound is cut; a language tag or an address that cannot be one is dropped', () => {
    const { article } = limitArticle({ ...pageArticle(), title: 'T'.repeat(5000), lang: 'en-'.repeat(20), url: `${PAGE}?${'q'.repeat(9000)}` });
    expect(article.title).toBe('T'.repeat(1000));
    expect(article.lang).toBeNull();
    expect(article.url).toBeNull();
    expect(isAnalyzeRequest(request(article))).toBe(true);
  });
});
