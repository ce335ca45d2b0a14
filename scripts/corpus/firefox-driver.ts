import { watchFirefoxErrors, type FirefoxErrors } from '../../harness/firefox-errors';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { bestEffort, pollUntil, TimeoutError, withTimeout } from '../../harness/with-timeout';
import type { BrowserDriver, DriverOptions } from './driver';
import { FIRST_RUN_DONE_SCRIPT, LIVE_HTML_SCRIPT, LONG_TASK_WATCH_SCRIPT, parseSnapshot, SNAPSHOT_SCRIPT } from './page-probe';
import type { LoadResult, PageSnapshot } from './types';

const FIRST_RUN_WAIT_MS = 10_000;

interface Instance {
  firefox: FirefoxSession;
  /** The BiDi browsing context every page is loaded in (a fresh one after a failed load). */
  tab: string;
  /** The add-on's errors; null without the add-on. */
  errors: FirefoxErrors | null;
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
    const errors = () => instance?.errors?.extension() ?? [];
    try {
      instance = await this.instance(withExtension);
      instance.errors?.clear();
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
    const firefox = await launchFirefox({ withExtension, extensionPath: this.options.extensionPath });
    const errors = withExtension ? await watchFirefoxErrors(firefox) : null;
    await firefox.bidi.subscribe(['browsingContext.load']);
    // in every document from its start, before the page's scripts and the content script
    await firefox.bidi.send('script.addPreloadScript', { functionDeclaration: LONG_TASK_WATCH_SCRIPT });
    const instance = { firefox, tab: firefox.tab, errors };
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
