import type { ExtensionError } from '../../harness/extension-error';
import { FIREFOX_BUILD } from '../../harness/paths';
import { bestEffort, pollUntil, TimeoutError, withTimeout } from '../../harness/with-timeout';
import type { BrowserDriver, DriverOptions } from './driver';
import { launchFirefox, type FirefoxProcess } from './firefox-process';
import { FIRST_RUN_DONE_SCRIPT, LIVE_HTML_SCRIPT, LONG_TASK_WATCH_SCRIPT, parseSnapshot, SNAPSHOT_SCRIPT } from './page-probe';
import type { LoadResult, PageSnapshot } from './types';

const FIRST_RUN_WAIT_MS = 10_000;
const STACK_FRAMES = 5;

interface LogEntry {
  /** `console` (a console call) or `javascript` (an uncaught error). */
  type: string;
  context: string | null;
  level: string;
  text: string;
  frames: string[];
}

interface Instance {
  firefox: FirefoxProcess;
  /** The BiDi browsing context every page is loaded in. */
  tab: string;
  /** Every `log.entryAdded` so far. */
  logs: LogEntry[];
}

/**
 * Debian's Firefox ESR, headless, twice: with `.output/firefox-mv2` installed as a temporary add-on and
 * without it. Firefox's badge lives in a background page BiDi cannot reach, so a load reports no tab
 * state: the article verdict comes from the measures and the count from the highlight ranges.
 */
export class FirefoxDriver implements BrowserDriver {
  readonly browser = 'firefox';
  private plain: Instance | null = null;
  private extended: Instance | null = null;

  constructor(private readonly options: DriverOptions) {}

  async load(url: string, withExtension: boolean): Promise<LoadResult> {
    const started = Date.now();
    let instance: Instance | null = null;
    let logMark = 0;
    let outputMark = 0;
    const errors = () => (instance && withExtension ? extensionErrors(instance, logMark, outputMark) : []);
    try {
      instance = await this.instance(withExtension);
      logMark = instance.logs.length;
      outputMark = instance.firefox.output().length;
      const { snapshot, html } = await withTimeout(this.readPage(instance, url, withExtension), this.options.timeoutMs, `loading ${url}`);
      return { status: 'ok', snapshot, errors: errors(), tab: null, html, ms: Date.now() - started };
    } catch (error) {
      const found = errors();
      const crashed = instance !== null && !instance.firefox.alive();
      if (instance) await this.recover(instance, withExtension);
      const status = crashed ? 'crashed' : error instanceof TimeoutError ? 'timeout' : 'failed';
      return { status, message: (error as Error).message.split('\n')[0] ?? String(error), errors: found, ms: Date.now() - started };
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.plain?.firefox.close(), this.extended?.firefox.close()]);
    this.plain = null;
    this.extended = null;
  }

  private async readPage(instance: Instance, url: string, withExtension: boolean): Promise<{ snapshot: PageSnapshot; html: string | null }> {
    const { firefox, tab } = instance;
    // Firefox 153 fails `navigate` with wait "complete" ("Address rejected") on pages whose off-site
    // frames are refused, though the page itself loads: wait for the page's load event instead.
    const loaded = firefox.bidi.waitForEvent('browsingContext.load', (e) => e.context === tab && e.url === url, this.options.timeoutMs);
    await firefox.bidi.send('browsingContext.navigate', { context: tab, url, wait: 'none' }, this.options.timeoutMs);
    await loaded;
    const loadedAt = Date.now();
    if (withExtension) {
      const done = async () => (await firefox.bidi.evaluateString(tab, `String(${FIRST_RUN_DONE_SCRIPT})`, 5_000)) === 'true';
      await pollUntil(done, loadedAt + FIRST_RUN_WAIT_MS);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, loadedAt + this.options.settleMs - Date.now())));
    const snapshot = parseSnapshot(await firefox.bidi.evaluateString(tab, SNAPSHOT_SCRIPT, this.options.timeoutMs));
    const html = withExtension ? await firefox.bidi.evaluateString(tab, LIVE_HTML_SCRIPT, this.options.timeoutMs) : null;
    return { snapshot, html };
  }

  private async instance(withExtension: boolean): Promise<Instance> {
    const current = withExtension ? this.extended : this.plain;
    if (current && current.firefox.alive()) return current;
    if (current) await current.firefox.close();
    const firefox = await launchFirefox(withExtension ? (this.options.extensionPath ?? FIREFOX_BUILD) : null);
    const logs: LogEntry[] = [];
    firefox.bidi.on('log.entryAdded', (params) => logs.push(logEntry(params)));
    await firefox.bidi.send('session.subscribe', { events: ['log.entryAdded', 'browsingContext.load'] });
    const tree = await firefox.bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    const tab = tree.contexts[0]?.context;
    if (!tab) throw new Error('Firefox has no tab');
    // in every document from its start, before the page's scripts and the content script
    await firefox.bidi.send('script.addPreloadScript', { functionDeclaration: LONG_TASK_WATCH_SCRIPT });
    const instance = { firefox, tab, logs };
    if (withExtension) this.extended = instance;
    else this.plain = instance;
    return instance;
  }

  /** After a failed load: a fresh tab in place of one that may hang, or a fresh Firefox if it no longer answers. */
  private async recover(instance: Instance, withExtension: boolean): Promise<void> {
    try {
      if (!instance.firefox.alive()) throw new Error('Firefox is gone');
      await bestEffort(() => instance.firefox.bidi.send('browsingContext.close', { context: instance.tab }, 5_000), 6_000);
      const created = await instance.firefox.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' }, 10_000);
      instance.tab = created.context;
    } catch {
      await bestEffort(() => instance.firefox.close(), 15_000);
      if (withExtension) this.extended = null;
      else this.plain = null;
    }
  }
}

function logEntry(params: Record<string, unknown>): LogEntry {
  const source = params.source as { context?: string } | undefined;
  const stack = params.stackTrace as { callFrames?: { url: string; lineNumber: number; columnNumber: number }[] } | undefined;
  return {
    type: String(params.type),
    context: source?.context ?? null,
    level: String(params.level),
    text: String(params.text ?? ''),
    frames: (stack?.callFrames ?? []).slice(0, STACK_FRAMES).map((f) => `${f.url}:${f.lineNumber + 1}:${f.columnNumber + 1}`),
  };
}

// "JavaScript error: moz-extension://<uuid>/content-scripts/content.js, line 100: Error: …"
const STDOUT_ERROR = /^JavaScript (error|warning): (moz-extension:\/\/[^,\s]+), line (\d+): (.*)$/gm;

/**
 * The add-on's errors during one load: BiDi log entries of the tab with a frame in the add-on's files
 * (the content script's console errors and exceptions), and the errors Firefox printed with a file of
 * the add-on (exceptions without a stack, and every error of the background page).
 */
function extensionErrors(instance: Instance, logMark: number, outputMark: number): ExtensionError[] {
  const origin = instance.firefox.extensionOrigin;
  if (!origin) return [];
  const errors: ExtensionError[] = [];
  for (const entry of instance.logs.slice(logMark)) {
    if (entry.context !== instance.tab || (entry.level !== 'error' && entry.level !== 'warn')) continue;
    if (!entry.frames.some((f) => f.startsWith(origin))) continue;
    const kind = entry.level === 'warn' ? 'console-warning' : entry.type === 'console' ? 'console-error' : 'exception';
    errors.push({ where: 'content', kind, text: entry.text, stack: entry.frames });
  }
  for (const [, level, file, line, text] of instance.firefox.output().slice(outputMark).matchAll(STDOUT_ERROR)) {
    if (!file!.startsWith(origin) || errors.some((e) => e.text === text)) continue;
    errors.push({
      where: file!.includes('/content-scripts/') || file!.endsWith('/analysis.js') ? 'content' : 'background',
      kind: level === 'warning' ? 'console-warning' : 'exception',
      text: text!,
      stack: [`${file}:${line}`],
    });
  }
  return errors;
}
