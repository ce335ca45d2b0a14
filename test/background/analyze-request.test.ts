import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisService } from '../../background/analysis-service';
import { WARM_UP_EN, WARM_UP_FR } from '../../background/warm-up-articles';
import { analyze } from '../../analyzer/index';
import type { Article, Block } from '../../analyzer/types';
import { acceptAnalysisPort, type AnalysisPort } from '../../background/accept-analysis-port';
import type { MessageContext, Sender } from '../../background/handle-message';
import { compactAnalysis, expandAnalysis } from '../../messages/compact-analysis';
import { ANALYSIS_PORT, type AnalyzeResponse, isAnalyzeRequest } from '../../messages/analysis-port';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, MAX_ARTICLE_LINK_CHARS, MAX_ARTICLE_LINKS, MAX_URL_CHARS } from '../../messages/limits';
import { TabReports, type SessionArea } from '../../background/tab-reports';
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
type Answered = Extract<AnalyzeResponse, { analysis: unknown }>;

/** The background's end of a connection, as `runtime.onConnect` gives it: records what it is sent and whether it was cut. */
class FakePort implements AnalysisPort {
  posted: unknown[] = [];
  disconnected = false;
  private listeners: ((message: unknown) => void)[] = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.listeners.push(listener) };
  constructor(
    readonly sender: Sender = fromContent(),
    readonly name = ANALYSIS_PORT,
  ) {}
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** The content script sends `message` over the connection. */
  receive(message: unknown): void {
    for (const listener of this.listeners) listener(message);
  }
}

/** Connects as a content script would, sends `message`, and returns the port. */
function ask(context: MessageContext, message: unknown, sender?: Sender, name?: string): FakePort {
  const port = new FakePort(sender, name);
  acceptAnalysisPort(port, context);
  if (!port.disconnected) port.receive(message);
  return port;
}

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

describe('an analysis connection from our content script', () => {
  test('gets the analysis of the article, as the analyzer gives it, on the same connection', () => {
    const port = ask(context, request());
    expect(port.posted).toEqual([{ analysis: compactAnalysis(analyze(pageArticle(), { lang: 'en' })) }]);
    // the page puts the texts back from the article it sent: exactly the analyzer's analysis
    const analysis = expandAnalysis(pageArticle(), (port.posted[0] as Answered).analysis)!;
    expect(analysis).toEqual(analyze(pageArticle(), { lang: 'en' }));
    expect(analysis.sentences.map((s) => s.label)).toEqual(['not-claim', 'attributed', 'hedged', 'unattributed']);
    // the live indexes come back with the blocks: the page side locates sentences through them
    expect(analysis.blocks.map((b) => b.liveIndex)).toEqual([3, 5, 6]);
    expect(port.disconnected).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  test('survives the trip through JSON (Chrome serialises messages): the same analysis', () => {
    const sent = JSON.parse(JSON.stringify(request())) as unknown;
    expect(isAnalyzeRequest(sent)).toBe(true);
    expect(ask(context, sent).posted).toEqual(ask(context, request()).posted);
  });

  test('follows the language the page declares, or detects it', () => {
    const fr: Article = { ...pageArticle(), lang: null, blocks: [{ kind: 'paragraph', text: 'Les bacs ont repris mardi, a annoncé l’autorité portuaire. La tempête aurait endommagé le phare.' }] };
    const { analysis } = ask(context, request(fr)).posted[0] as Answered;
    expect(analysis.language).toBe('fr');
    expect(analysis.sentences.map((s) => s.label)).toEqual(['attributed', 'hedged']);
  });

  test('an analyzer that throws answers "failed" and cuts the connection (the page says the analysis failed) and logs why', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    context.analyzer.analyze = () => {
      throw new Error('broken');
    };
    const port = ask(context, request());
    expect(port.posted).toEqual([{ failed: true }]);
    expect(port.disconnected).toBe(true);
    expect(error).toHaveBeenCalledWith('[unsourced] analysis failed:', expect.objectContaining({ message: 'broken' }));
    error.mockRestore();
  });

  test('a tab that went away while the article was analysed is no error', () => {
    const port = new FakePort();
    port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    acceptAnalysisPort(port, context);
    expect(() => port.receive(request())).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the compact analysis', () => {
  test('leaves out the texts the page already has: about half the size, and the same analysis once expanded', () => {
    const article = WARM_UP_EN;
    const full = analyze(article);
    const compact = compactAnalysis(full);
    expect(JSON.stringify(compact)).not.toContain('Ferries returned');
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length * 0.6);
    expect(expandAnalysis(article, compact)).toEqual(full);
  });

  test('is refused when it does not fit the article (a sentence past its text, a block it has not)', () => {
    const compact = compactAnalysis(analyze(pageArticle()));
    const last = compact.sentences.at(-1)!;
    expect(expandAnalysis(pageArticle(), { ...compact, sentences: [{ ...last, end: 10_000 }] })).toBeNull();
    expect(expandAnalysis(pageArticle(), { ...compact, sentences: [{ ...last, block: 3 }] })).toBeNull();
    expect(expandAnalysis(pageArticle(), { ...compact, sentences: [{ ...last, start: last.end + 1 }] })).toBeNull();
  });

  test('is refused when a sentence runs out of the block it names, has fractional offsets, or is no entry at all', () => {
    const compact = compactAnalysis(analyze(pageArticle()));
    const last = compact.sentences.at(-1)!;
    expect(last.block).toBe(2);
    // inside the text, but in the block before the one named
    expect(expandAnalysis(pageArticle(), { ...compact, sentences: [{ ...last, block: 1 }] })).toBeNull();
    expect(expandAnalysis(pageArticle(), { ...compact, sentences: [{ ...last, start: last.start + 0.5 }] })).toBeNull();
    const broken = [null, 'sentence', { ...last, block: '2' }] as unknown as typeof compact.sentences;
    for (const entry of broken) expect(expandAnalysis(pageArticle(), { ...compact, sentences: [entry] })).toBeNull();
  });
});

describe('warming up', () => {
  test('a connection warms the analyzer before any request, later, once', () => {
    acceptAnalysisPort(new FakePort(), context);
    expect(later).toHaveLength(1);
    acceptAnalysisPort(new FakePort(), context);
    expect(later).toHaveLength(1);
    expect(() => later[0]!()).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  test('a warm-up overtaken by a real analysis is skipped', () => {
    const articles: Article[] = [];
    const tasks: (() => void)[] = [];
    const service = new AnalysisService(
      (task) => tasks.push(task),
      (article, options) => {
        articles.push(article);
        return analyze(article, options);
      },
    );
    service.prepare();
    service.analyze(pageArticle());
    tasks.forEach((task) => task());
    expect(articles).toEqual([pageArticle()]);
  });

  test('a warm-up runs both articles when it comes first', () => {
    const articles: Article[] = [];
    const service = new AnalysisService(
      (task) => task(),
      (article, options) => {
        articles.push(article);
        return analyze(article, options);
      },
    );
    service.prepare();
    expect(articles).toEqual([WARM_UP_EN, WARM_UP_FR]);
  });

  test('after a real analysis there is nothing left to warm', () => {
    context.analyzer.analyze(pageArticle());
    acceptAnalysisPort(new FakePort(), context);
    expect(later).toHaveLength(0);
  });

  test('the warm-up articles take the analyzer through every label in both languages', () => {
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

describe('a connection is cut, with a warning and no answer', () => {
  test.each<[string, Sender | undefined, string]>([
    ['from another extension', fromContent({ id: 'someone-else' }), 'from another extension'],
    ['from a web page (no extension id)', { url: PAGE, tab: { id: 7 } }, 'from another extension'],
    ['from outside a tab', { id: ID, url: PAGE }, 'from outside a tab'],
    ['from our own page in a tab', fromContent({ url: `${ORIGIN}options.html` }), 'from an extension page'],
    ['from the popup', { id: ID, url: `${ORIGIN}popup.html` }, 'from outside a tab'],
    ['without a sender', {}, 'from another extension'],
  ])('%s', (_name, sender, why) => {
    const port = ask(context, request(), sender);
    expect(port.posted).toEqual([]);
    expect(port.disconnected).toBe(true);
    expect(later).toHaveLength(0); // nothing warmed for a stranger
    expect(warn).toHaveBeenCalledExactlyOnceWith(`[unsourced] analysis connection refused: ${why}`);
  });
});

describe('a malformed request from our content script is answered "failed" and cut, with a warning', () => {
  test.each<[string, unknown]>([
    ['with a key of its own', { ...request(), tabId: 3 }],
    ['without an article', { type: 'analyze' }],
    ['with the article\'s own text (offsets the page side never sends)', request({ ...pageArticle(), text: 'x' })],
    ['with a title that is not a string', request({ ...pageArticle(), title: 42 })],
    ['with a title over its bound', request({ ...pageArticle(), title: 'T'.repeat(1001) })],
    ['with a language tag over its bound', request({ ...pageArticle(), lang: 'x'.repeat(36) })],
    ['with blocks that are not a list', request({ ...pageArticle(), blocks: { 0: block(3) } })],
    ['with a block of an unknown kind', request({ ...pageArticle(), blocks: [block(3, { kind: 'table' as Block['kind'] })] })],
    ['with a block with a key of its own', request({ ...pageArticle(), blocks: [{ ...block(3), html: '<b>' }] })],
    ['with a live index that is not an integer', request({ ...pageArticle(), blocks: [block(3, { liveIndex: 1.5 })] })],
    ['with an address that is not a string', request({ ...pageArticle(), url: 42 })],
    [`with an address over its bound`, request({ ...pageArticle(), url: `https://x.example/${'p'.repeat(MAX_URL_CHARS)}` })],
    ['with a language tag that is not a string', request({ ...pageArticle(), lang: ['en'] })],
    ['with a negative live index', request({ ...pageArticle(), blocks: [block(3, { liveIndex: -1 })] })],
    ['with a link past its block', request({ ...pageArticle(), blocks: [block(3, { links: [{ start: 1, end: 4, href: 'https://x.example/' }] })] })],
    ['with a link that ends before it starts', request({ ...pageArticle(), blocks: [block(3, { links: [{ start: 2, end: 1, href: 'https://x.example/' }] })] })],
    ['with a link without an address', request({ ...pageArticle(), blocks: [block(3, { links: [{ start: 0, end: 1 } as never] })] })],
    [`with more than ${MAX_ARTICLE_BLOCKS} blocks`, request({ ...pageArticle(), blocks: Array.from({ length: MAX_ARTICLE_BLOCKS + 1 }, () => block(1)) })],
    [`with more than ${MAX_ARTICLE_CHARS} characters in all`, request({ ...pageArticle(), blocks: [block(MAX_ARTICLE_CHARS / 2), block(MAX_ARTICLE_CHARS / 2 + 1)] })],
    [`with more than ${MAX_ARTICLE_LINKS} links in all`, request({ ...pageArticle(), blocks: [block(2, { links: manyLinks(MAX_ARTICLE_LINKS) }), block(2, { links: manyLinks(1) })] })],
    [`with more than ${MAX_ARTICLE_LINK_CHARS} characters of addresses`, request({ ...pageArticle(), blocks: [block(2, { links: manyLinks(100, 'h'.repeat(MAX_ARTICLE_LINK_CHARS / 100)) }), block(2, { links: manyLinks(1) })] })],
    ['a report sent on an analysis connection', { type: 'report', report: { state: 'waiting', url: PAGE } }],
  ])('%s', (_name, message) => {
    const port = ask(context, message, fromContent());
    expect(port.posted).toEqual([{ failed: true }]);
    expect(port.disconnected).toBe(true);
    expect(warn).toHaveBeenCalledExactlyOnceWith('[unsourced] analysis connection refused: not an analysis request, or malformed');
  });
});

describe('a connection is cut, with a warning', () => {

  test('a connection of another name, before anything is warmed or read', () => {
    const port = ask(context, request(), fromContent(), 'unsourced:something-else');
    expect(port.disconnected).toBe(true);
    expect(port.posted).toEqual([]);
    expect(later).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith('[unsourced] analysis connection refused: a connection of another name');
  });

  test('a second request on one connection', () => {
    const port = ask(context, request());
    port.receive(request());
    expect(port.posted).toHaveLength(1);
    expect(port.disconnected).toBe(true);
    expect(warn).toHaveBeenCalledWith('[unsourced] analysis connection refused: a second request on one connection');
  });

  test('each bound is exactly where the refusal starts', () => {
    const at = (blocks: Block[]) => isAnalyzeRequest(request({ ...pageArticle(), blocks }));
    expect(at(Array.from({ length: MAX_ARTICLE_BLOCKS }, () => block(1)))).toBe(true);
    expect(at([block(MAX_ARTICLE_CHARS / 2), block(MAX_ARTICLE_CHARS / 2)])).toBe(true);
    expect(at([block(2, { links: manyLinks(MAX_ARTICLE_LINKS - 1) }), block(2, { links: manyLinks(1) })])).toBe(true);
    expect(at([block(2, { links: manyLinks(100, 'h'.repeat(MAX_ARTICLE_LINK_CHARS / 100)) })])).toBe(true);
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
