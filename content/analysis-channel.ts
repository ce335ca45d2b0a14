import { browser } from 'wxt/browser';
import type { Analysis } from '../analyzer/types';
import { ANALYSIS_PORT, isAnalyzeResponse, type AnalyzeRequest, type HtmlPart, type NoArticleReason, type Truncation } from '../messages/analysis-port';
import { expandAnalysis } from '../messages/compact-analysis';

/** What the page side needs of a port (`browser.runtime.connect`'s result). */
interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What the background made of the page: an analysis, why there is no article, or nothing to be had (null). */
export type ChannelAnswer = { ok: true; analysis: Analysis; truncated: Truncation; reportToken: string } | { ok: false; reason: NoArticleReason } | null;

/** How a request ended: an answer, or a connection lost before any. */
type Outcome = ChannelAnswer | 'dropped';

/**
 * One run's connection to the background (background/accept-analysis-port.ts), opened before the page
 * is serialized so that the background starts and warms up meanwhile. `send` passes each serialized
 * part on at once (the background holds them, so no part waits for the last); `analyse` ends the
 * request and resolves with the background's answer, or null when there is none to be had (the
 * extension was reloaded, the background refused the request or failed). A connection lost without an
 * answer (the worker was stopped before or while it worked) is opened again and the whole request sent
 * again, once: the request has no effect but its answer.
 */
export class AnalysisChannel {
  private port: Port | null = null;
  private settle: ((outcome: Outcome) => void) | null = null;
  private readonly parts: string[] = [];
  /** The parts already posted on the current port. */
  private posted = 0;

  constructor(private readonly connect: () => Port = () => browser.runtime.connect({ name: ANALYSIS_PORT }) as Port) {
    this.open();
  }

  send(part: string): void {
    this.parts.push(part);
    this.flush();
  }

  async analyse(url: string | null): Promise<ChannelAnswer> {
    if (!this.port) this.open();
    const first = await this.ask(url);
    if (first !== 'dropped') return first;
    this.open();
    const again = await this.ask(url);
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
    this.posted = 0;
    port.onMessage.addListener((message) => {
      if (this.port !== port) return;
      this.finish(answerOf(message));
      this.close();
    });
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      this.finish('dropped');
    });
  }

  /** Posts the parts the current port has not had yet; false when the connection dropped meanwhile. */
  private flush(): boolean {
    const port = this.port;
    if (!port) return false;
    try {
      for (; this.posted < this.parts.length; this.posted++) port.postMessage({ type: 'html', part: this.parts[this.posted]! } satisfies HtmlPart);
      return true;
    } catch {
      // the connection dropped between open and now (its onDisconnect may not have come yet)
      if (this.port === port) this.port = null;
      return false;
    }
  }

  private ask(url: string | null): Promise<Outcome> {
    const port = this.port;
    if (!port) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.settle = resolve;
      const request: AnalyzeRequest = { type: 'analyze', url, parts: this.parts.length };
      let sent = this.flush();
      if (sent) {
        try {
          port.postMessage(request);
        } catch {
          sent = false;
          if (this.port === port) this.port = null;
        }
      }
      if (!sent) this.finish('dropped');
    });
  }

  private finish(outcome: Outcome): void {
    const settle = this.settle;
    this.settle = null;
    settle?.(outcome);
  }
}

/** The background's answer as the run uses it; null for a refusal, a failure, or an answer that does not hold together. */
function answerOf(message: unknown): ChannelAnswer {
  try {
    if (!isAnalyzeResponse(message) || 'failed' in message) return null;
    if ('noArticle' in message) return { ok: false, reason: message.noArticle };
    const analysis = expandAnalysis(message.article, message.analysis);
    return analysis ? { ok: true, analysis, truncated: message.truncated, reportToken: message.report } : null;
  } catch {
    // an answer of another shape than the one checked: no analysis, and the run still ends
    return null;
  }
}
