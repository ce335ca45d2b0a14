import type { BidiClient } from './bidi-client';

interface LogEntry {
  type: string;
  level: string;
  text: string | null;
  stackTrace?: { callFrames: { url: string }[] };
}

export interface FirefoxErrors {
  /** Errors and warnings whose stack runs through `moz-extension://`: the extension's. */
  extension(): string[];
  /** Errors with no stack at all (an unhandled rejection): whose they are cannot be told. */
  unattributed(): string[];
  /** Errors of the page's own scripts. */
  page(): string[];
  /** Forgets what was seen so far (before the next page). */
  clear(): void;
}

/**
 * Firefox's log for the tabs of a BiDi session (`log.entryAdded`), which carries the content script's
 * uncaught errors and console calls as well as the page's, told apart by their stacks.
 */
export async function watchFirefoxErrors(bidi: BidiClient): Promise<FirefoxErrors> {
  let extension: string[] = [];
  let unattributed: string[] = [];
  let page: string[] = [];
  await bidi.subscribe<LogEntry>('log.entryAdded', (entry) => {
    const text = entry.text ?? '';
    const frames = entry.stackTrace?.callFrames ?? [];
    if (frames.some((f) => f.url.startsWith('moz-extension://'))) {
      if (entry.level === 'error' || entry.level === 'warn') extension.push(text);
    } else if (entry.level === 'error') {
      (frames.length === 0 ? unattributed : page).push(text);
    }
  });
  return {
    extension: () => [...extension],
    unattributed: () => [...unattributed],
    page: () => [...page],
    clear: () => {
      extension = [];
      unattributed = [];
      page = [];
    },
  };
}
