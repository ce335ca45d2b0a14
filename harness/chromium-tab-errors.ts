import type { CDPSession, Page } from 'playwright-core';
import { stackText, type ExtensionError, type StackFrame } from './extension-error';
import type { ChromiumSession } from './launch-chromium';

export interface TabErrors {
  /** The tab's DevTools session, for Chromium's counters too. */
  cdp: CDPSession;
  /** The extension's uncaught exceptions and console errors in this tab, since it was opened. */
  errors(): ExtensionError[];
  /** The extension's console warnings in this tab (a report it could not send, say). */
  warnings(): ExtensionError[];
  /** Exceptions of the page's own scripts: proof the watch sees errors at all. */
  pageErrors(): string[];
  /** The extension's errors and warnings, in the order they came, since the last call. */
  take(): ExtensionError[];
}

/**
 * Watches one tab through the DevTools protocol, from before it loads anything, for what the
 * extension's content script throws or logs. The content script runs in an isolated world, which
 * Playwright's page events do not all cover, so this listens to the protocol directly and keeps what
 * comes from the extension: a script URL or a stack frame under one of its origins (its id, and the
 * per-session dynamic id Chrome serves the analysis chunk under), or the world it ran in (the isolated
 * world has the extension's origin). Not any `chrome-extension://` URL: saved pages link to other
 * extensions' files (the corpus's wikipedia-4 asks for another extension's font CSS, which fails).
 * The page's own exceptions are kept apart.
 */
export async function watchTabErrors(session: ChromiumSession, page: Page): Promise<TabErrors> {
  if (!session.extension) throw new Error('this browser was launched without the extension');
  const { origins } = session.extension;
  const cdp = await session.context.newCDPSession(page);
  const seen: ExtensionError[] = [];
  let taken = 0;
  const pageErrors: string[] = [];
  const extensionWorlds = new Set<number>();
  const fromExtension = (url: string) => origins.some((origin) => url.startsWith(origin));
  const ours = (url: string | undefined, frames: StackFrame[] | undefined, contextId: number | undefined) =>
    (url !== undefined && fromExtension(url)) ||
    (frames ?? []).some((f) => fromExtension(f.url)) ||
    (contextId !== undefined && extensionWorlds.has(contextId));

  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (fromExtension(`${context.origin}/`)) extensionWorlds.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const text = (d.exception?.description ?? d.text).split('\n')[0] ?? d.text;
    if (ours(d.url, d.stackTrace?.callFrames, d.executionContextId)) {
      seen.push({ where: 'content', kind: 'exception', text, stack: stackText(d.stackTrace?.callFrames) });
    } else {
      pageErrors.push(text);
    }
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const kind = e.type === 'error' || e.type === 'assert' ? 'console-error' : e.type === 'warning' ? 'console-warning' : null;
    if (!kind || !ours(undefined, e.stackTrace?.callFrames, e.executionContextId)) return;
    const text = e.args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type))).join(' ');
    seen.push({ where: 'content', kind, text, stack: stackText(e.stackTrace?.callFrames) });
  });
  // the browser's own messages about a script (a CSP refusal, a failed extension resource)
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error' || !ours(entry.url, entry.stackTrace?.callFrames, undefined)) return;
    seen.push({ where: 'content', kind: 'console-error', text: entry.text, stack: stackText(entry.stackTrace?.callFrames) });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return {
    cdp,
    errors: () => seen.filter((e) => e.kind !== 'console-warning'),
    warnings: () => seen.filter((e) => e.kind === 'console-warning'),
    pageErrors: () => [...pageErrors],
    take: () => {
      const since = seen.slice(taken);
      taken = seen.length;
      return since;
    },
  };
}
