import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisService } from '../../background/analysis-service';
import { analyze } from '../../analyzer/index';
import { AnalysisChannel } from '../../content/analysis-channel';
import { acceptAnalysisPort } from '../../background/accept-analysis-port';
import type { MessageContext } from '../../background/handle-message';
import { ANALYSIS_PORT } from '../../messages/analysis-port';
import { MAX_URL_CHARS } from '../../messages/limits';
import { TabReports, type SessionArea } from '../../background/tab-reports';
import { ferryArticle, ferryMarkup, PAGE } from '../background/ferry-page';

// The page's end of the connection (content/analysis-channel.ts) talking to the background's
// (background/accept-analysis-port.ts) through an in-memory pair of ports that behaves as the browser's: messages
// go through JSON (as Chrome sends them) and arrive later, in order; disconnecting one end fires
// onDisconnect at the other end only, later: until then, that end's messages are lost without a throw.
const ID = 'our-extension-id';

type Listener<T extends unknown[]> = (...args: T) => void;
class End {
  other!: End;
  open = true;
  readonly messageListeners: Listener<[unknown]>[] = [];
  readonly disconnectListeners: Listener<[]>[] = [];
  constructor(
    readonly name: string,
    readonly sender?: { id: string; url: string; frameId: number; tab: { id: number } },
  ) {}
  onMessage = { addListener: (l: Listener<[unknown]>) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: Listener<[]>) => void this.disconnectListeners.push(l) };
  postMessage(message: unknown): void {
    if (!this.open) throw new Error('Attempting to use a disconnected port object');
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    setTimeout(() => this.other.open && this.other.messageListeners.forEach((l) => l(copy)), 0);
  }
  disconnect(): void {
    if (!this.open) return;
    this.open = false;
    setTimeout(() => {
      if (!this.other.open) return;
      this.other.open = false;
      this.other.disconnectListeners.forEach((l) => l());
    }, 0);
  }
}

/** The page's answer as the run takes it: the analysis of the page's article. */
const expected = () => analyze(ferryArticle(), { lang: 'en' }).sentences;

/** What the run does: the serialized page in parts (three here), then the request. */
function readPage(channel: AnalysisChannel): ReturnType<AnalysisChannel['analyse']> {
  const markup = ferryMarkup();
  const third = Math.ceil(markup.length / 3);
  for (let at = 0; at < markup.length; at += third) channel.send(markup.slice(at, at + third));
  return channel.analyse(PAGE);
}
const sentencesOf = (answer: Awaited<ReturnType<AnalysisChannel['analyse']>>) => (answer?.ok ? answer.analysis.sentences : null);

let context: MessageContext;
let connections: End[];
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  connections = [];
  context = {
    reports: new TabReports({ session: fakeBrowser.storage.session as unknown as SessionArea }),
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}/`,
    analyzer: new AnalysisService(() => undefined),
  };
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** `runtime.connect` as a content script in tab 7 calls it: the background accepts the other end. */
const connect = () => {
  const page = new End(ANALYSIS_PORT);
  const background = new End(ANALYSIS_PORT, { id: ID, url: PAGE, frameId: 0, tab: { id: 7 } });
  page.other = background;
  background.other = page;
  connections.push(page);
  acceptAnalysisPort(background, context);
  return page;
};

/** A worker stopped as the request arrives: the connection drops, the page's end learns it later. */
const connectToStoppingWorker = () => {
  const page = new End(ANALYSIS_PORT);
  const background = new End(ANALYSIS_PORT);
  page.other = background;
  background.other = page;
  connections.push(page);
  background.onMessage.addListener(() => background.disconnect());
  return page;
};

describe('AnalysisChannel', () => {
  test('connects at once, sends the parts as they come, then gets the analysis of the page\'s article and closes', async () => {
    const channel = new AnalysisChannel(connect);
    expect(connections).toHaveLength(1);
    const answer = await readPage(channel);
    expect(answer).toMatchObject({ ok: true, truncated: null });
    expect(sentencesOf(answer)).toEqual(expected());
    expect(sentencesOf(answer)!.map((s) => s.label)).toEqual(['not-claim', 'attributed', 'hedged', 'unattributed']);
    expect(connections[0]!.open).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a page with no article gets the background\'s reason', async () => {
    const channel = new AnalysisChannel(connect);
    channel.send('<html xmlns="http://www.w3.org/1999/xhtml"><body></body></html>');
    expect(await channel.analyse(PAGE)).toEqual({ ok: false, reason: 'not-readable' });
  });

  test('a connection the background dropped before the request is opened again, once, and sent every part', async () => {
    const channel = new AnalysisChannel(connect);
    connections[0]!.other.disconnect(); // the worker stopped between the check and the request
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sentencesOf(await readPage(channel))).toEqual(expected());
    expect(connections).toHaveLength(2);
  });

  test('a connection dropped while the worker read the page (after the request) is opened and asked again, once', async () => {
    const channel = new AnalysisChannel(() => (connections.length === 0 ? connectToStoppingWorker() : connect()));
    const first = connections[0]!;
    const pending = readPage(channel);
    expect(first.open).toBe(true); // the request went out on it, without a throw
    expect(sentencesOf(await pending)).toEqual(expected());
    expect(connections).toHaveLength(2);
  });

  test('a connection dropped twice without an answer gives null', async () => {
    const channel = new AnalysisChannel(connectToStoppingWorker);
    expect(await readPage(channel)).toBeNull();
    expect(connections).toHaveLength(2);
  });

  test('a background that fails gives null, not a throw, and is not asked again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    context.analyzer.read = () => {
      throw new Error('broken');
    };
    expect(await readPage(new AnalysisChannel(connect))).toBeNull();
    expect(connections).toHaveLength(1);
    error.mockRestore();
  });

  test.each<[string, unknown]>([
    ['sentences that are not entries', { article: ferryArticle(), truncated: null, analysis: { sentences: [null], sources: [], totals: {} } }],
    ['a sentence past the article (a background that read another page)', { article: ferryArticle(), truncated: null, analysis: { sentences: [{ start: 0, end: 9999, block: 0 }], sources: [], totals: {} } }],
    ['an article that breaks a bound', { article: { ...ferryArticle(), title: 'T'.repeat(1001) }, truncated: null, analysis: { sentences: [], sources: [], totals: {} } }],
    ['a declared address past its bound', { article: { ...ferryArticle(), canonicalUrl: `https://example.com/${'a'.repeat(MAX_URL_CHARS)}` }, truncated: null, analysis: { sentences: [], sources: [], totals: {} } }],
    ['a declared address that is not text', { article: { ...ferryArticle(), canonicalUrl: 42 }, truncated: null, analysis: { sentences: [], sources: [], totals: {} } }],
    ['no article nor reason', { analysis: { sentences: [], sources: [], totals: {} } }],
  ])('an answer with %s gives null: the run ends', async (_name, answer) => {
    const channel = new AnalysisChannel(() => {
      const page = connect();
      page.other.onMessage.addListener = () => undefined;
      page.postMessage = () => setTimeout(() => page.messageListeners.forEach((l) => l(answer)), 0);
      return page;
    });
    expect(await readPage(channel)).toBeNull();
  });

  test('an extension that was reloaded (connect throws) gives null', async () => {
    const channel = new AnalysisChannel(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await readPage(channel)).toBeNull();
  });

  test('closing it while it waits (the run was overtaken) settles with null and cuts the connection', async () => {
    const channel = new AnalysisChannel(connect);
    const pending = readPage(channel);
    channel.close();
    expect(await pending).toBeNull();
    expect(connections[0]!.open).toBe(false);
  });
});
