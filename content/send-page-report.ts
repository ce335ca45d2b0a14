import { browser } from 'wxt/browser';
import type { ClaimLabel } from '../analyzer/types';
import { isPaintedResponse, type ContentMessage } from '../messages/content-to-background';
import type { PageReport } from '../messages/page-report';
import { measureSince } from '../page/perf-marks';

/**
 * The content script's report to the background, which checks it (background/handle-message.ts).
 * Not checked here again: buildReport's output is held to the same validator by
 * test/messages/build-report.test.ts. The encoding of the message, on the page's main thread, is
 * measured as `unsourced:report`. Resolves to whether it was sent; never rejects (the worker may be
 * restarting).
 */
export async function sendPageReport(report: PageReport): Promise<boolean> {
  const reply = await post({ type: 'report', report });
  return reply !== null;
}

/**
 * Tells the background which labels the page painted for the article of `token`: it completes the
 * report it built and holds (background/tab-reports.ts), so the claims' text never crosses back.
 * Resolves to false when it holds no report of that token: the caller then sends the whole report.
 */
export async function sendPainted(token: string, highlighted: ClaimLabel[]): Promise<boolean> {
  const reply = await post({ type: 'painted', token, highlighted });
  return isPaintedResponse(reply) && reply.held;
}

/** The background's reply (undefined when it has none to give), or null when the message was not delivered. */
async function post(message: ContentMessage): Promise<unknown> {
  const started = performance.now();
  try {
    const sent = browser.runtime.sendMessage(message);
    measureSince('report', started);
    return (await sent) ?? undefined;
  } catch (error) {
    console.warn('[unsourced] report not delivered', error);
    return null;
  }
}
