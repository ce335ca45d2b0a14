import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisService } from '../../background/analysis-service';
import { analyze } from '../../analyzer/index';
import type { Article } from '../../analyzer/types';
import { AnalysisChannel } from '../../content/analysis-channel';
import { acceptAnalysisPort } from '../../background/accept-analysis-port';
import type { MessageContext } from '../../background/handle-message';
import { ANALYSIS_PORT } from '../../messages/analysis-port';
import { TabReports, type SessionArea } from '../../background/tab-reports';

// The page's end of the connection (content/analysis-channel.ts) talking to the background's
// (background/accept-analysis-port.ts) through an in-memory pair of ports that behaves as the browser's: messages
// go through JSON (as Chrome sends them) and arrive later, in order; disconnecting one end fires
// onDisconnect at the other end only, later: until then, that end's messages are lost without a throw.
const ID = 'our-extension-id';
const PAGE = 'https://news.example.com/2026/05/ferries';

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

function article(): Article {
  return {
    title: 'Ferries are back',
    lang: 'en',
    url: PAGE,
    blocks: [
      { kind: 'paragraph', text: 'Ferries returned on Tuesday, the harbour authority said.', links: [], liveIndex: 5 },
      { kind: 'paragraph', text: 'The storm reportedly damaged the lighthouse. Repairs will cost 3 million crowns.', links: [], liveIndex: 6 },
    ],
  };
}

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
  test('connects at once, then gets the analyzer\'s own analysis of the article and closes', async () => {
    const channel = new AnalysisChannel(connect);
    expect(connections).toHaveLength(1);
    const analysis = await channel.analyse(article());
    expect(analysis).toEqual(analyze(article(), { lang: 'en' }));
    expect(analysis?.sentences.map((s) => s.label)).toEqual(['attributed', 'hedged', 'unattributed']);
    expect(connections[0]!.open).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  test('a connection the background dropped before the request is opened again, once', async () => {
    const channel = new AnalysisChannel(connect);
    connections[0]!.other.disconnect(); // the worker stopped between the check and the request
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await channel.analyse(article())).toEqual(analyze(article(), { lang: 'en' }));
    expect(connections).toHaveLength(2);
  });

  test('a connection dropped while the worker analysed (after the request) is opened and asked again, once', async () => {
    const channel = new AnalysisChannel(() => (connections.length === 0 ? connectToStoppingWorker() : connect()));
    const first = connections[0]!;
    const pending = channel.analyse(article());
    expect(first.open).toBe(true); // the request went out on it, without a throw
    expect(await pending).toEqual(analyze(article(), { lang: 'en' }));
    expect(connections).toHaveLength(2);
  });

  test('a connection dropped twice without an answer gives null', async () => {
    const channel = new AnalysisChannel(connectToStoppingWorker);
    expect(await channel.analyse(article())).toBeNull();
    expect(connections).toHaveLength(2);
  });

  test('a background that fails the analysis gives null, not a throw, and is not asked again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    context.analyzer.analyze = () => {
      throw new Error('broken');
    };
    expect(await new AnalysisChannel(connect).analyse(article())).toBeNull();
    expect(connections).toHaveLength(1);
    error.mockRestore();
  });

  test('an answer whose sentences are not entries gives null: the run ends', async () => {
    const channel = new AnalysisChannel(() => {
      const page = connect();
      page.other.onMessage.addListener = () => undefined;
      page.postMessage = () => setTimeout(() => page.messageListeners.forEach((l) => l({ analysis: { sentences: [null], sources: [], totals: {} } })), 0);
      return page;
    });
    expect(await channel.analyse(article())).toBeNull();
  });

  test('an answer that does not fit the article gives null', async () => {
    const channel = new AnalysisChannel(() => {
      const page = connect();
      // a background that analysed some other, longer article
      page.other.onMessage.addListener = () => undefined;
      page.postMessage = () => setTimeout(() => page.messageListeners.forEach((l) => l({ analysis: { sentences: [{ start: 0, end: 9999, block: 0 }], sources: [], totals: {} } })), 0);
      return page;
    });
    expect(await channel.analyse(article())).toBeNull();
  });

  test('an extension that was reloaded (connect throws) gives null', async () => {
    const channel = new AnalysisChannel(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await channel.analyse(article())).toBeNull();
  });

  test('closing it while it waits (the run was overtaken) settles with null and cuts the connection', async () => {
    const channel = new AnalysisChannel(connect);
    const pending = channel.analyse(article());
    channel.close();
    expect(await pending).toBeNull();
    expect(connections[0]!.open).toBe(false);
  });
});
