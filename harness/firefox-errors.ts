import { stackText, type ExtensionError, type StackFrame } from './extension-error';
import type { FirefoxSession } from './launch-firefox';

/** The part of a BiDi `log.entryAdded` read here. */
interface LogEntry {
  /** `console` (a console call) or `javascript` (an uncaught error). */
  type?: string;
  level?: string;
  text?: string | null;
  stackTrace?: { callFrames?: StackFrame[] };
}

export interface FirefoxErrors {
  /**
   * The add-on's errors and warnings since the watch began or was cleared: log entries with a frame in
   * its files, and the errors Firefox printed with one of its files.
   */
  extension(): ExtensionError[];
  /** Errors with no stack at all (an unhandled rejection): whose they are cannot be told. */
  unattributed(): string[];
  /** Errors of the pages' own scripts. */
  page(): string[];
  /** Forgets what was seen so far (before the next page). */
  clear(): void;
}

// "JavaScript error: moz-extension://<uuid>/content-scripts/content.js, line 100: Error: …"
const PRINTED_ERROR = /^JavaScript (error|warning): (moz-extension:\/\/[^,\s]+), line (\d+): (.*)$/gm;

/**
 * Firefox's log for the tabs of a BiDi session (`log.entryAdded`), which carries the content script's
 * uncaught errors and console calls as well as the pages', told apart by their stacks: a frame in the
 * add-on's files (`moz-extension://<uuid>/`, known beforehand: not another add-on a page links to)
 * makes it the add-on's. Exceptions without a stack, and every error of the background page, which BiDi
 * cannot reach, are read from what Firefox prints (firefox-profile.ts has it print them).
 */
export async function watchFirefoxErrors(firefox: FirefoxSession): Promise<FirefoxErrors> {
  const origin = firefox.extensionOrigin;
  let logged: ExtensionError[] = [];
  let unattributed: string[] = [];
  let page: string[] = [];
  let outputMark = firefox.output().length;
  firefox.bidi.on('log.entryAdded', (params) => {
    const entry = params as LogEntry;
    const text = entry.text ?? '';
    const frames = entry.stackTrace?.callFrames ?? [];
    if (origin && frames.some((f) => f.url.startsWith(origin))) {
      if (entry.level !== 'error' && entry.level !== 'warn') return;
      const kind = entry.level === 'warn' ? 'console-warning' : entry.type === 'console' ? 'console-error' : 'exception';
      logged.push({ where: 'content', kind, text, stack: stackText(frames) });
    } else if (entry.level === 'error') {
      (frames.length === 0 ? unattributed : page).push(text);
    }
  });
  await firefox.bidi.subscribe(['log.entryAdded']);

  /** The add-on's errors Firefox printed since the mark that the log did not already give. */
  const printed = (seen: ExtensionError[]): ExtensionError[] => {
    if (!origin) return [];
    const found: ExtensionError[] = [];
    for (const [, level, file, line, text] of firefox.output().slice(outputMark).matchAll(PRINTED_ERROR)) {
      if (!file!.startsWith(origin) || [...seen, ...found].some((e) => e.text === text)) continue;
      found.push({
        where: file!.includes('/content-scripts/') || file!.endsWith('/analysis.js') ? 'content' : 'background',
        kind: level === 'warning' ? 'console-warning' : 'exception',
        text: text!,
        stack: [`${file}:${line}`],
      });
    }
    return found;
  };

  return {
    extension: () => [...logged, ...printed(logged)],
    unattributed: () => [...unattributed],
    page: () => [...page],
    clear: () => {
      logged = [];
      unattributed = [];
      page = [];
      outputMark = firefox.output().length;
    },
  };
}
