import { compactAnalysis } from '../messages/compact-analysis';
import type { MessageContext, Sender } from './handle-message';
import { ANALYSIS_PORT, type AnalyzeResponse, isAnalyzeRequest } from '../messages/analysis-port';

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
 * of our content scripts in a tab gets the analyzer warmed at once, then one `analyze` request
 * answered on the same connection, to that content script alone. Anything else is cut off with a
 * warning: another name, another extension, a page of ours, no tab, a malformed request, a second one.
 */
export function acceptAnalysisPort(port: AnalysisPort, context: MessageContext): void {
  if (port.name !== ANALYSIS_PORT) return refuse(port, 'a connection of another name');
  const sender = port.sender ?? {};
  // other extensions arrive through onConnectExternal, which is never listened to
  if (sender.id !== context.extensionId) return refuse(port, 'from another extension');
  if (sender.tab?.id === undefined) return refuse(port, 'from outside a tab');
  if (sender.url !== undefined && sender.url.startsWith(context.extensionOrigin)) return refuse(port, 'from an extension page');

  context.analyzer.prepare();
  let asked = false;
  port.onMessage.addListener((message) => {
    if (asked) return refuse(port, 'a second request on one connection');
    asked = true;
    if (!isAnalyzeRequest(message)) return refuse(port, 'not an analysis request, or malformed', FAILED);
    let response: AnalyzeResponse;
    try {
      response = { analysis: compactAnalysis(context.analyzer.analyze(message.article)) };
    } catch (error) {
      // a bug: the page says the analysis failed, the worker's console says why
      console.error('[unsourced] analysis failed:', error);
      response = FAILED;
    }
    answer(port, response);
    if (response === FAILED) port.disconnect();
  });
}

const FAILED: AnalyzeResponse = { failed: true };

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
