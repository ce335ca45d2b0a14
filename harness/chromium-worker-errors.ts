import type { ConsoleMessage, Worker } from 'playwright-core';
import { STACK_FRAMES, type ExtensionError } from './extension-error';
import { extensionWorker } from './extension-worker';
import type { ChromiumSession } from './launch-chromium';

// Evaluated in the extension's service worker: keeps its uncaught errors until they are collected.
const CATCH_WORKER_ERRORS = `(() => {
  if (!globalThis.__unsourcedCorpusErrors) {
    const caught = (globalThis.__unsourcedCorpusErrors = []);
    self.addEventListener('error', (e) => caught.push({ text: String(e.message), stack: e.error && e.error.stack ? String(e.error.stack) : e.filename + ':' + e.lineno + ':' + e.colno }));
    self.addEventListener('unhandledrejection', (e) => caught.push({ text: 'Unhandled rejection: ' + String(e.reason && e.reason.message ? e.reason.message : e.reason), stack: e.reason && e.reason.stack ? String(e.reason.stack) : '' }));
  }
  return true;
})()`;
const TAKE_WORKER_ERRORS = `JSON.stringify((globalThis.__unsourcedCorpusErrors || []).splice(0))`;

/**
 * The extension's service worker: its console errors and warnings (Playwright reports them) and its
 * uncaught errors (caught by listeners put into the worker). A worker stopped and started again is
 * watched anew the next time `take` finds it.
 */
export class WorkerErrorWatch {
  private readonly errors: ExtensionError[] = [];
  private readonly watched = new WeakSet<Worker>();

  constructor(private readonly session: ChromiumSession) {}

  async arm(): Promise<void> {
    const worker = await extensionWorker(this.session);
    if (!this.watched.has(worker)) {
      this.watched.add(worker);
      worker.on('console', (message) => this.onConsole(message));
    }
    await worker.evaluate(CATCH_WORKER_ERRORS);
  }

  /** Everything since the last call. */
  async take(): Promise<ExtensionError[]> {
    const worker = await extensionWorker(this.session);
    const caught = JSON.parse((await worker.evaluate(TAKE_WORKER_ERRORS)) as string) as { text: string; stack: string }[];
    for (const { text, stack } of caught) {
      // a V8 stack repeats the message first; a bare file:line:column is kept whole
      const frames = stack.split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.trim());
      this.errors.push({ where: 'background', kind: 'exception', text, stack: (frames.length ? frames : [stack]).slice(0, STACK_FRAMES) });
    }
    await this.arm();
    return this.errors.splice(0);
  }

  private onConsole(message: ConsoleMessage): void {
    const kind = message.type() === 'error' ? 'console-error' : message.type() === 'warning' ? 'console-warning' : null;
    if (!kind) return;
    const { url, lineNumber, columnNumber } = message.location();
    this.errors.push({ where: 'background', kind, text: message.text(), stack: url ? [`${url}:${lineNumber}:${columnNumber}`] : [] });
  }
}
