import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './launch-chromium';

interface CallFrame {
  url: string;
}
interface ExceptionThrown {
  exceptionDetails: {
    text: string;
    url?: string;
    executionContextId?: number;
    stackTrace?: { callFrames: CallFrame[] };
    exception?: { description?: string };
  };
}
interface ConsoleApiCalled {
  type: string;
  executionContextId: number;
  args: { value?: unknown; description?: string }[];
  stackTrace?: { callFrames: CallFrame[] };
}
interface ContextCreated {
  context: { id: number; origin: string; auxData?: { type?: string } };
}

export interface ExtensionErrors {
  /** The page's DevTools session, for metrics too. */
  cdp: CDPSession;
  /** Uncaught exceptions and console errors of the extension in this page, as DevTools shows them. */
  errors(): string[];
  /** The extension's console warnings in this page (a report it could not send, say). */
  warnings(): string[];
  /** Exceptions of the page's own scripts: proof the watch sees errors at all. */
  pageErrors(): string[];
}

/**
 * Watches one tab through the DevTools protocol, before it loads anything, for errors of the
 * extension: an uncaught exception or a console error in the content script's isolated world, or
 * anything whose stack or URL is under `chrome-extension://<id>/`. The page's own errors are kept apart.
 */
export async function watchExtensionErrors(session: ChromiumSession, page: Page): Promise<ExtensionErrors> {
  if (!session.extension) throw new Error('this browser was launched without the extension');
  const prefix = `chrome-extension://${session.extension.id}`;
  const cdp = await session.context.newCDPSession(page);
  const extensionContexts = new Set<number>();
  const errors: string[] = [];
  const warnings: string[] = [];
  const pageErrors: string[] = [];
  const fromExtension = (contextId: number | undefined, urls: (string | undefined)[]) =>
    (contextId !== undefined && extensionContexts.has(contextId)) || urls.some((u) => u?.startsWith(prefix));

  cdp.on('Runtime.executionContextCreated', ({ context }: ContextCreated) => {
    if (context.origin.startsWith(prefix)) extensionContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }: ExceptionThrown) => {
    const text = d.exception?.description ?? d.text;
    const urls = [d.url, ...(d.stackTrace?.callFrames.map((f) => f.url) ?? [])];
    (fromExtension(d.executionContextId, urls) ? errors : pageErrors).push(text);
  });
  cdp.on('Runtime.consoleAPICalled', (call: ConsoleApiCalled) => {
    const urls = call.stackTrace?.callFrames.map((f) => f.url) ?? [];
    if (!fromExtension(call.executionContextId, urls)) return;
    const text = call.args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' ');
    if (call.type === 'error' || call.type === 'assert') errors.push(text);
    else if (call.type === 'warning') warnings.push(text);
  });
  await cdp.send('Runtime.enable');
  return { cdp, errors: () => [...errors], warnings: () => [...warnings], pageErrors: () => [...pageErrors] };
}
