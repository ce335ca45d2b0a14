import type { CDPSession, ConsoleMessage, Worker } from 'playwright-core';
import type { ExtensionError } from './types';

const STACK_FRAMES = 5;

/** The part of a DevTools protocol stack frame used here (the protocol types are not exported). */
type CallFrames = { url: string; lineNumber: number; columnNumber: number }[];

const frameText = (frames: CallFrames | undefined) =>
  (frames ?? []).slice(0, STACK_FRAMES).map((f) => `${f.url}:${f.lineNumber + 1}:${f.columnNumber + 1}`);

/**
 * Collects what the extension's content script throws or logs as an error in one tab. The content
 * script runs in an isolated world, which Playwright's page events do not all cover, so this listens
 * to the tab's DevTools protocol directly and keeps what comes from the extension: a script URL or a
 * stack frame under one of `origins` (`chrome-extension://<id>/`, and the per-session dynamic id Chrome
 * serves the analysis chunk under), or the world it ran in (the isolated world has the extension's
 * origin). Not any `chrome-extension://` URL: saved pages link to other extensions' files (wikipedia-4
 * asks for another extension's font CSS, which fails).
 */
export async function watchContentErrors(cdp: CDPSession, origins: string[]): Promise<() => ExtensionError[]> {
  const errors: ExtensionError[] = [];
  const extensionWorlds = new Set<number>();
  const fromExtension = (url: string) => origins.some((origin) => url.startsWith(origin));
  const ours = (url: string | undefined, frames: CallFrames | undefined, contextId: number | undefined) =>
    (url !== undefined && fromExtension(url)) ||
    (frames ?? []).some((f) => fromExtension(f.url)) ||
    (contextId !== undefined && extensionWorlds.has(contextId));

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (fromExtension(`${context.origin}/`)) extensionWorlds.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    if (!ours(d.url, d.stackTrace?.callFrames, d.executionContextId)) return;
    const text = (d.exception?.description ?? d.text).split('\n')[0] ?? d.text;
    errors.push({ where: 'content', kind: 'exception', text, stack: frameText(d.stackTrace?.callFrames) });
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const kind = e.type === 'error' || e.type === 'assert' ? 'console-error' : e.type === 'warning' ? 'console-warning' : null;
    if (!kind || !ours(undefined, e.stackTrace?.callFrames, e.executionContextId)) return;
    const text = e.args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type))).join(' ');
    errors.push({ where: 'content', kind, text, stack: frameText(e.stackTrace?.callFrames) });
  });
  // the browser's own messages about a script (a CSP refusal, a failed extension resource)
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error' || !ours(entry.url, entry.stackTrace?.callFrames, undefined)) return;
    errors.push({ where: 'content', kind: 'console-error', text: entry.text, stack: frameText(entry.stackTrace?.callFrames) });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return () => errors.splice(0);
}

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

  constructor(private readonly currentWorker: () => Promise<Worker>) {}

  async arm(): Promise<void> {
    const worker = await this.currentWorker();
    if (!this.watched.has(worker)) {
      this.watched.add(worker);
      worker.on('console', (message) => this.onConsole(message));
    }
    await worker.evaluate(CATCH_WORKER_ERRORS);
  }

  /** Everything since the last call. */
  async take(): Promise<ExtensionError[]> {
    const worker = await this.currentWorker();
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
