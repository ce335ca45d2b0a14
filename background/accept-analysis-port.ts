import type { MessageContext, Sender } from './handle-message';
import { ANALYSIS_PORT, type AnalyzeResponse, isAnalyzeRequest, isHtmlPart, type Reading } from '../messages/analysis-port';
import { buildReport } from '../messages/build-report';
import { MAX_HTML_CHARS } from '../messages/limits';

/** What `runtime.onConnect` hands the background (the parts used here). */
export interface AnalysisPort {
  name: string;
  sender?: Sender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/**
 * The background's `runtime.onConnect` listener, minus the browser: an analysis connection from one
 * of our content scripts in a tab gets the analyzer warmed at once, then the page's serialized parts,
 * in order, and one `analyze` that closes them; the page is read and the answer goes back on the same
 * connection, to that content script alone. Anything else is cut off with a warning: another name,
 * another extension, a page of ours, no tab, a malformed message, parts past MAX_HTML_CHARS, a count
 * of parts that is not the one received, anything after `analyze`.
 */
export function acceptAnalysisPort(port: AnalysisPort, context: MessageContext): void {
  if (port.name !== ANALYSIS_PORT) return refuse(port, 'a connection of another name');
  const sender = port.sender ?? {};
  // other extensions arrive through onConnectExternal, which is never listened to
  if (sender.id !== context.extensionId) return refuse(port, 'from another extension');
  const tabId = sender.tab?.id;
  if (tabId === undefined) return refuse(port, 'from outside a tab');
  if (sender.url !== undefined && sender.url.startsWith(context.extensionOrigin)) return refuse(port, 'from an extension page');

  context.analyzer.prepare();
  let parts: string[] | null = [];
  let chars = 0;
  port.onMessage.addListener((message) => {
    if (parts === null) return refuse(port, 'a message after the request');
    if (isHtmlPart(message)) {
      chars += message.part.length;
      if (chars > MAX_HTML_CHARS) {
        parts = null;
        return refuse(port, 'a document past MAX_HTML_CHARS', FAILED);
      }
      parts.push(message.part);
      return;
    }
    const received = parts;
    parts = null;
    if (!isAnalyzeRequest(message)) return refuse(port, 'not a part of a document nor an analysis request, or malformed', FAILED);
    if (message.parts !== received.length) return refuse(port, `${message.parts} parts announced, ${received.length} received`, FAILED);
    let response: AnalyzeResponse;
    try {
      response = withReport(context.analyzer.read(received.join(''), message.url), message.url ?? sender.url ?? '', tabId, sender.frameId, context);
    } catch (error) {
      // a bug: the page says the analysis failed, the worker's console says why
      console.error('[unsourced] analysis failed:', error);
      response = FAILED;
    }
    answer(port, response);
    port.disconnect();
  });
}

const FAILED: AnalyzeResponse = { failed: true };

/**
 * An article's answer goes with the token of the popup's report, built here from the analysis the
 * page will hold once it expands the answer (the same sentences, the same ids) and held for the tab
 * until the page says what it painted: the page never sends the claims' text back. A frame's page
 * gets a token too, but the background never takes a frame's report (handle-message.ts): its token is
 * never held.
 */
function withReport(reading: Reading, url: string, tabId: number, frameId: number | undefined, context: MessageContext): AnalyzeResponse {
  if (!('article' in reading)) return reading;
  const { analysed, ...answer } = reading;
  const report = buildReport(url, { analysis: analysed, truncated: answer.truncated }, []);
  const token = frameId === undefined || frameId === 0 ? context.reports.hold(tabId, report) : 'frame';
  return { ...answer, report: token };
}

function answer(port: AnalysisPort, response: AnalyzeResponse): void {
  try {
    port.postMessage(response);
  } catch {
    // the tab closed or navigated meanwhile: nobody is waiting
  }
}

/** Cuts a connection off, telling our own content script first when `answer` is given. */
function refuse(port: AnalysisPort, why: string, last?: AnalyzeResponse): void {
  console.warn(`[unsourced] analysis connection refused: ${why}`);
  if (last) answer(port, last);
  port.disconnect();
}
