import { browser } from 'wxt/browser';
import type { Analysis, Article } from '../analyzer/types';
import { expandAnalysis, type CompactAnalysis } from '../messages/compact-analysis';
import { ANALYSIS_PORT, type AnalyzeRequest, type AnalyzeResponse } from '../messages/analysis-port';

/** What the page side needs of a port (`browser.runtime.connect`'s result). */
interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** How a request ended: an analysis, none to be had (null), or a connection lost before any answer. */
type Outcome = Analysis | null | 'dropped';

/**
 * One run's connection to the background's analyzer (background/accept-analysis-port.ts), opened before the
 * article is extracted so that the background starts, warms up and connects meanwhile. `analyse`
 * sends the article and resolves with the analysis, or null when there is none to be had (the
 * extension was reloaded, the background refused the request or its analyzer failed). A connection
 * lost without an answer (the worker was stopped before or while it analysed) is opened again and the
 * request sent again, once: the request has no effect but its answer.
 */
export class AnalysisChannel {
  private port: Port | null = null;
  private settle: ((outcome: Outcome) => void) | null = null;
  private article: Article | null = null;

  constructor(private readonly connect: () => Port = () => browser.runtime.connect({ name: ANALYSIS_PORT }) as Port) {
    this.open();
  }

  async analyse(article: Article): Promise<Analysis | null> {
    this.article = article;
    if (!this.port) this.open();
    const first = await this.ask(article);
    if (first !== 'dropped') return first;
    this.open();
    const again = await this.ask(article);
    return again === 'dropped' ? null : again;
  }

  close(): void {
    const port = this.port;
    this.port = null;
    this.finish(null);
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
  }

  private open(): void {
    let port: Port;
    try {
      port = this.connect();
    } catch {
      this.port = null; // the extension was reloaded: this content script is an orphan
      return;
    }
    this.port = port;
    port.onMessage.addListener((message) => {
      if (this.port !== port) return;
      let analysis: Analysis | null = null;
      try {
        if (isAnalysisResponse(message) && this.article) analysis = expandAnalysis(this.article, message.analysis);
      } catch {
        // an answer of another shape than the one checked: no analysis, and the run still ends
      }
      this.finish(analysis);
      this.close();
    });
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      this.finish('dropped');
    });
  }

  private ask(article: Article): Promise<Outcome> {
    const port = this.port;
    if (!port) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.settle = resolve;
      const request: AnalyzeRequest = { type: 'analyze', article };
      try {
        port.postMessage(request);
      } catch {
        // the connection dropped between open and now (its onDisconnect may not have come yet)
        if (this.port === port) this.port = null;
        this.finish('dropped');
      }
    });
  }

  private finish(outcome: Outcome): void {
    const settle = this.settle;
    this.settle = null;
    settle?.(outcome);
  }
}

// Our own background's answer; checked for the shape the page side reads, so that a background of
// another version (mid-update) fails the run instead of throwing in it. expandAnalysis checks offsets.
function isAnalysisResponse(value: unknown): value is Extract<AnalyzeResponse, { analysis: unknown }> {
  if (typeof value !== 'object' || value === null) return false;
  const analysis = (value as { analysis?: unknown }).analysis;
  if (typeof analysis !== 'object' || analysis === null) return false;
  const a = analysis as Partial<Record<keyof CompactAnalysis, unknown>>;
  return Array.isArray(a.sentences) && Array.isArray(a.sources) && typeof a.totals === 'object' && a.totals !== null;
}
