import { buildReport } from '../../messages/build-report';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisService } from '../../background/analysis-service';
import { WARM_UP_EN, WARM_UP_FR } from '../../background/warm-up-articles';
import { analyze } from '../../analyzer/index';
import type { Article, Block } from '../../analyzer/types';
import { acceptAnalysisPort, type AnalysisPort } from '../../background/accept-analysis-port';
import type { MessageContext, Sender } from '../../background/handle-message';
import { compactAnalysis, expandAnalysis } from '../../messages/compact-analysis';
import { ANALYSIS_PORT, type AnalyzeResponse, isAnalyzeRequest, isAnalyzeResponse, isArticle } from '../../messages/analysis-port';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, MAX_ARTICLE_LINK_CHARS, MAX_ARTICLE_LINKS, MAX_HTML_CHARS, MAX_HTML_PART_CHARS, MAX_URL_CHARS } from '../../messages/limits';
import { TabReports, type SessionArea } from '../../background/tab-reports';
import { limitArticle } from '../../background/limit-article';
import { ferryArticle, ferryMarkup, PAGE } from './ferry-page';

const ID = 'our-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const fromContent = (extra: Partial<Sender> = {}): Sender => ({ id: ID, url: PAGE, frameId: 0, tab: { id: 7 }, ...extra });

// An article as the extraction finds it (page/blocks-from-content.ts): kind, text, links, liveIndex.
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
/** The messages a content script sends for `markup`: its parts of `size` characters, then `analyze`. */
function request(markup = ferryMarkup(), size = MAX_HTML_PART_CHARS, url: string | null = PAGE): unknown[] {
  const parts: unknown[] = [];
  for (let at = 0; at < markup.length; at += size) parts.push({ type: 'html', part: markup.slice(at, at + size) });
  return [...parts, { type: 'analyze', url, parts: parts.length }];
}
type Answered = Extract<AnalyzeResponse, { analysis: unknown }>;
const withoutLinks = (article: Article): Article => ({ ...article, blocks: article.blocks.map(({ links: _links, ...b }) => b) });

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

/** Connects as a content script would, sends `messages` (stopping once cut), and returns the port. */
function ask(context: MessageContext, messages: unknown[], sender?: Sender, name?: string): FakePort {
  const port = new FakePort(sender, name);
  acceptAnalysisPort(port, context);
  for (const message of messages) if (!port.disconnected) port.receive(message);
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
  test('gets the article of its serialized page and the analysis, on the same connection, then is closed', () => {
    const port = ask(context, request());
    const article = ferryArticle();
    // what the page's own Readability (and the CLI) finds: the same blocks, the same live indexes
    expect(port.posted).toEqual([{ article: withoutLinks(article), truncated: null, analysis: compactAnalysis(analyze(article, { lang: 'en' })), report: expect.any(String) }]);
    const answer = port.posted[0] as Answered;
    expect(isAnalyzeResponse(answer)).toBe(true);
    // the page puts the texts back from the article it is sent: exactly the analyzer's analysis
    const analysis = expandAnalysis(answer.article, answer.analysis)!;
    expect(analysis.sentences).toEqual(analyze(article, { lang: 'en' }).sentences);
    expect(analysis.sentences.map((s) => s.label)).toEqual(['not-claim', 'attributed', 'hedged', 'unattributed']);
    expect(port.disconnected).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  test('the popup\'s report is built from the answer and held for the tab: the page says what it painted, and the tab\'s report is the one the page would have built', async () => {
    const answer = ask(context, request()).posted[0] as Answered;
    const analysis = expandAnalysis(answer.article, answer.analysis)!;
    expect(await context.reports.get(7)).toBeNull();
    expect(await context.reports.painted(7, answer.report, ['unattributed', 'hedged'], PAGE)).toBe(true);
    expect(await context.reports.get(7)).toEqual(buildReport(PAGE, { analysis, truncated: null }, ['unattributed', 'hedged']));
    // the labels change (the reader's settings): the same token completes it again
    expect(await context.reports.painted(7, answer.report, [], PAGE)).toBe(true);
    expect(await context.reports.get(7)).toMatchObject({ state: 'article', highlighted: [] });
  });

  test('a held report is the tab\'s last answer\'s only: an older token, another tab\'s, or one after the tab closed is not held', async () => {
    const first = (ask(context, request()).posted[0] as Answered).report;
    const second = (ask(context, request()).posted[0] as Answered).report;
    expect(second).not.toBe(first);
    expect(await context.reports.painted(7, first, [], PAGE)).toBe(false);
    expect(await context.reports.painted(8, second, [], PAGE)).toBe(false);
    expect(await context.reports.get(7)).toBeNull();
    await context.reports.forget(7);
    expect(await context.reports.painted(7, second, [], PAGE)).toBe(false);
  });

  test('a frame\'s page is answered, but no report is held for it (a tab\'s report is its top page\'s)', async () => {
    const answer = ask(context, request(), fromContent({ frameId: 3 })).posted[0] as Answered;
    expect(isAnalyzeResponse(answer)).toBe(true);
    expect(await context.reports.painted(7, answer.report, [], PAGE)).toBe(false);
  });

  // Each answer holds a report of its own, so answers are compared without their tokens.
  const untokened = (posted: unknown[]) => posted.map((m) => ({ ...(m as Answered), report: typeof (m as Answered).report }));

  test.each([1, 7, 100])('parts of %i characters: the same answer as one part', (size) => {
    expect(untokened(ask(context, request(ferryMarkup(), size)).posted)).toEqual(untokened(ask(context, request()).posted));
  });

  test('survives the trip through JSON (Chrome serialises messages): the same answer', () => {
    const sent = JSON.parse(JSON.stringify(request())) as unknown[];
    expect(isAnalyzeRequest(sent.at(-1))).toBe(true);
    expect(untokened(ask(context, sent).posted)).toEqual(untokened(ask(context, request()).posted));
  });

  test.each<[string, string, AnalyzeResponse]>([
    ['an empty body', '<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body></body></html>', { noArticle: 'not-readable' }],
    ['a body of white space', '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>  </p><div>\n</div></body></html>', { noArticle: 'not-readable' }],
  ])('a page with no article (%s) is answered with the reason', (_name, markup, answer) => {
    expect(ask(context, request(markup)).posted).toEqual([answer]);
  });

  test('a page past Readability\'s element limit is answered "too-many-elements"', () => {
    const markup = `<html xmlns="http://www.w3.org/1999/xhtml"><body>${'<p>a</p>'.repeat(60_001)}</body></html>`;
    expect(ask(context, request(markup)).posted).toEqual([{ noArticle: 'too-many-elements' }]);
  });

  test('an analyzer that throws answers "failed" and cuts the connection (the page says the analysis failed) and logs why', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    context.analyzer.read = () => {
      throw new Error('broken');
    };
    const port = ask(context, request());
    expect(port.posted).toEqual([{ failed: true }]);
    expect(port.disconnected).toBe(true);
    expect(error).toHaveBeenCalledWith('[unsourced] analysis failed:', expect.objectContaining({ message: 'broken' }));
    error.mockRestore();
  });

  test('a tab that went away while the page was read is no error', () => {
    const port = new FakePort();
    port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    acceptAnalysisPort(port, context);
    expect(() => request().forEach((m) => port.receive(m))).not.toThrow();
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
    service.read(ferryMarkup(), PAGE);
    tasks.forEach((task) => task());
    expect(articles).toEqual([ferryArticle()]);
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
    context.analyzer.read(ferryMarkup(), PAGE);
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

const PART = { type: 'html', part: '<html/>' };
describe('a malformed request from our content script is answered "failed" and cut, with a warning', () => {
  test.each<[string, unknown[]]>([
    ['a part with a key of its own', [{ ...PART, tabId: 3 }]],
    ['an empty part', [{ type: 'html', part: '' }]],
    ['a part that is not a string', [{ type: 'html', part: ['<p>'] }]],
    [`a part over ${MAX_HTML_PART_CHARS} characters`, [{ type: 'html', part: 'a'.repeat(MAX_HTML_PART_CHARS + 1) }]],
    ['a request without its count of parts', [PART, { type: 'analyze', url: PAGE }]],
    ['a request with a key of its own', [PART, { type: 'analyze', url: PAGE, parts: 1, tabId: 3 }]],
    ['a request with no part', [{ type: 'analyze', url: PAGE, parts: 0 }]],
    ['a request with a fractional count', [PART, { type: 'analyze', url: PAGE, parts: 1.5 }]],
    ['a request with an address that is not a string', [PART, { type: 'analyze', url: 42, parts: 1 }]],
    [`a request with an address over ${MAX_URL_CHARS} characters`, [PART, { type: 'analyze', url: `https://x.example/${'p'.repeat(MAX_URL_CHARS)}`, parts: 1 }]],
    ['an article sent as before (the page no longer extracts)', [{ type: 'analyze', article: pageArticle() }]],
    ['a report sent on an analysis connection', [{ type: 'report', report: { state: 'waiting', url: PAGE } }]],
  ])('%s', (_name, messages) => {
    const port = ask(context, messages, fromContent());
    expect(port.posted).toEqual([{ failed: true }]);
    expect(port.disconnected).toBe(true);
    expect(warn).toHaveBeenCalledExactlyOnceWith('[unsourced] analysis connection refused: not a part of a document nor an analysis request, or malformed');
  });

  test('a count of parts that is not the count received', () => {
    const port = ask(context, [PART, PART, { type: 'analyze', url: PAGE, parts: 3 }]);
    expect(port.posted).toEqual([{ failed: true }]);
    expect(warn).toHaveBeenCalledExactlyOnceWith('[unsourced] analysis connection refused: 3 parts announced, 2 received');
  });

  test(`a document past ${MAX_HTML_CHARS} characters, as soon as its parts pass it: nothing is parsed`, () => {
    const part = { type: 'html', part: 'a'.repeat(MAX_HTML_PART_CHARS) };
    const read = vi.spyOn(context.analyzer, 'read');
    // exactly MAX_HTML_CHARS in full parts and a last shorter one, then one character more
    const rest = MAX_HTML_CHARS % MAX_HTML_PART_CHARS;
    const full = [...Array.from({ length: Math.floor(MAX_HTML_CHARS / MAX_HTML_PART_CHARS) }, () => part), ...(rest ? [{ type: 'html', part: 'a'.repeat(rest) }] : [])];
    const port = ask(context, [...full, { type: 'html', part: 'a' }, { type: 'analyze', url: PAGE, parts: full.length + 1 }]);
    expect(port.posted).toEqual([{ failed: true }]);
    expect(read).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledExactlyOnceWith('[unsourced] analysis connection refused: a document past MAX_HTML_CHARS');
  });
});

describe('the page refuses an answer whose article breaks a bound or a type (isAnalyzeResponse)', () => {
  const answer = (article: unknown) => ({ article, truncated: null, analysis: compactAnalysis(analyze(pageArticle())), report: '1.abc' });
  test('a well-formed answer, a reason, and "failed" are accepted', () => {
    expect(isAnalyzeResponse(answer(pageArticle()))).toBe(true);
    expect(isAnalyzeResponse({ noArticle: 'too-short' })).toBe(true);
    expect(isAnalyzeResponse({ failed: true })).toBe(true);
  });
  test.each<[string, unknown]>([
    ['an answer with a key of its own', { ...answer(pageArticle()), tabId: 3 }],
    ['an answer without its report token', (({ report: _report, ...rest }) => rest)(answer(pageArticle()))],
    ['a report token that is not a string', { ...answer(pageArticle()), report: 7 }],
    ['a report token over its bound', { ...answer(pageArticle()), report: 't'.repeat(65) }],
    ['a reason of its own', { noArticle: 'bored' }],
    ['a truncation that is not counts', { ...answer(pageArticle()), truncated: { analysedBlocks: -1, totalBlocks: 2 } }],
    ['an analysis without sentences', { ...answer(pageArticle()), analysis: { sources: [], totals: {} } }],
    ['an article without blocks', answer({ title: null })],
    ['an article with its own text (offsets)', answer({ ...pageArticle(), text: 'x' })],
    ['a title that is not a string', answer({ ...pageArticle(), title: 42 })],
    ['a title over its bound', answer({ ...pageArticle(), title: 'T'.repeat(1001) })],
    ['a language tag over its bound', answer({ ...pageArticle(), lang: 'x'.repeat(36) })],
    ['blocks that are not a list', answer({ ...pageArticle(), blocks: { 0: block(3) } })],
    ['a block of an unknown kind', answer({ ...pageArticle(), blocks: [block(3, { kind: 'table' as Block['kind'] })] })],
    ['a block with a key of its own', answer({ ...pageArticle(), blocks: [{ ...block(3), html: '<b>' }] })],
    ['a live index that is not an integer', answer({ ...pageArticle(), blocks: [block(3, { liveIndex: 1.5 })] })],
    ['a negative live index', answer({ ...pageArticle(), blocks: [block(3, { liveIndex: -1 })] })],
    ['an address that is not a string', answer({ ...pageArticle(), url: 42 })],
    ['a link past its block', answer({ ...pageArticle(), blocks: [block(3, { links: [{ start: 1, end: 4, href: 'https://x.example/' }] })] })],
    [`more than ${MAX_ARTICLE_BLOCKS} blocks`, answer({ ...pageArticle(), blocks: Array.from({ length: MAX_ARTICLE_BLOCKS + 1 }, () => block(1)) })],
    [`more than ${MAX_ARTICLE_CHARS} characters in all`, answer({ ...pageArticle(), blocks: [block(MAX_ARTICLE_CHARS / 2), block(MAX_ARTICLE_CHARS / 2 + 1)] })],
    [`more than ${MAX_ARTICLE_LINKS} links in all`, answer({ ...pageArticle(), blocks: [block(2, { links: manyLinks(MAX_ARTICLE_LINKS) }), block(2, { links: manyLinks(1) })] })],
    [`more than ${MAX_ARTICLE_LINK_CHARS} characters of addresses`, answer({ ...pageArticle(), blocks: [block(2, { links: manyLinks(100, 'h'.repeat(MAX_ARTICLE_LINK_CHARS / 100)) }), block(2, { links: manyLinks(1) })] })],
  ])('%s', (_name, message) => {
    expect(isAnalyzeResponse(message)).toBe(false);
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

  test('a message after the request', () => {
    const port = new FakePort();
    acceptAnalysisPort(port, context);
    request().forEach((m) => port.receive(m));
    port.receive(PART);
    expect(port.posted).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith('[unsourced] analysis connection refused: a message after the request');
  });

  test('each bound is exactly where the refusal starts', () => {
    const at = (blocks: Block[]) => isArticle({ ...pageArticle(), blocks });
    expect(at(Array.from({ length: MAX_ARTICLE_BLOCKS }, () => block(1)))).toBe(true);
    expect(at([block(MAX_ARTICLE_CHARS / 2), block(MAX_ARTICLE_CHARS / 2)])).toBe(true);
    expect(at([block(2, { links: manyLinks(MAX_ARTICLE_LINKS - 1) }), block(2, { links: manyLinks(1) })])).toBe(true);
    expect(at([block(2, { links: manyLinks(100, 'h'.repeat(MAX_ARTICLE_LINK_CHARS / 100)) })])).toBe(true);
    expect(isAnalyzeRequest({ type: 'analyze', url: 'u'.repeat(MAX_URL_CHARS), parts: 1 })).toBe(true);
  });
});

describe('limitArticle cuts the article found to what an answer may carry', () => {
  test('an article within every bound is sent whole', () => {
    const { article, truncated } = limitArticle(pageArticle());
    expect(truncated).toBeNull();
    expect(article).toEqual(pageArticle());
    expect(isArticle(article)).toBe(true);
  });

  test('the address a saved or syndicated page declares goes with it', () => {
    const { article } = limitArticle({ ...pageArticle(), canonicalUrl: 'https://www.gazette.example/2024/ferries' });
    expect(article.canonicalUrl).toBe('https://www.gazette.example/2024/ferries');
    expect(isArticle(article)).toBe(true);
  });

  test.each<[string, Block[], number]>([
    ['blocks', Array.from({ length: MAX_ARTICLE_BLOCKS + 20 }, () => block(5)), MAX_ARTICLE_BLOCKS],
    ['characters', Array.from({ length: 5 }, () => block(150_000)), 2],
    ['links', Array.from({ length: 30 }, () => block(2, { links: manyLinks(1000) })), 20],
    ['characters of addresses', Array.from({ length: 30 }, () => block(2, { links: manyLinks(10, 'h'.repeat(3000)) })), 13],
  ])('too many %s: the first blocks that fit, never half a block, and the page accepts it', (_what, blocks, kept) => {
    const { article, truncated } = limitArticle({ ...pageArticle(), blocks });
    expect(truncated).toEqual({ analysedBlocks: kept, totalBlocks: blocks.length });
    expect(article.blocks).toEqual(blocks.slice(0, kept));
    expect(isArticle(article)).toBe(true);
  });

  test('a title over its bound is cut; a language tag or an address that cannot be one is dropped', () => {
    const { article } = limitArticle({ ...pageArticle(), title: 'T'.repeat(5000), lang: 'en-'.repeat(20), url: `${PAGE}?${'q'.repeat(9000)}`, canonicalUrl: `${PAGE}?${'q'.repeat(9000)}` });
    expect(article.title).toBe('T'.repeat(1000));
    expect(article.lang).toBeNull();
    expect(article.url).toBeNull();
    expect(article.canonicalUrl).toBeUndefined();
    expect(isArticle(article)).toBe(true);
  });
});
