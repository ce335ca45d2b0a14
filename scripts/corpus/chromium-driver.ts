import type { Page } from 'playwright-core';
import { takeBackgroundReadMs } from '../../harness/background-read-ms';
import { badgeText } from '../../harness/badge-text';
import { watchTabErrors } from '../../harness/chromium-tab-errors';
import { WorkerErrorWatch } from '../../harness/chromium-worker-errors';
import type { ExtensionError } from '../../harness/extension-error';
import { launchChromium, type ChromiumSession } from '../../harness/launch-chromium';
import { tabIdOf } from '../../harness/tab-id-of';
import { tabReport } from '../../harness/tab-report';
import { bestEffort, pollUntil, TimeoutError, withTimeout } from '../../harness/with-timeout';
import type { BrowserDriver, DriverOptions } from './driver';
import { FIRST_RUN_DONE_SCRIPT, LIVE_HTML_SCRIPT, LONG_TASK_WATCH_SCRIPT, parseSnapshot, SNAPSHOT_SCRIPT } from './page-probe';
import type { LoadResult, PageSnapshot, TabState } from './types';

/** The longest the content script may take to start once the page has loaded. */
const FIRST_RUN_WAIT_MS = 10_000;
/** The longest the report may take to reach the background once the first run is over. */
const REPORT_WAIT_MS = 5_000;

interface WithExtension {
  session: ChromiumSession;
  /** An extension page kept open to ask the background for a tab's report, as the popup does. */
  messenger: Page;
  workerErrors: WorkerErrorWatch;
}

/**
 * Debian's Chromium, headless, twice: with `.output/chrome-mv3` and without it. Each launch blocks
 * every request that is not to 127.0.0.1 (harness/launch-chromium.ts). A browser that dies is launched again.
 */
export class ChromiumDriver implements BrowserDriver {
  readonly browser = 'chromium';
  private plain: ChromiumSession | null = null;
  private extended: WithExtension | null = null;

  constructor(private readonly options: DriverOptions) {}

  async load(url: string, withExtension: boolean): Promise<LoadResult> {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    let page: Page | null = null;
    let takeContentErrors: () => ExtensionError[] = () => [];
    let crashed = false;
    const errors: ExtensionError[] = [];
    try {
      const ext = withExtension ? await this.withExtension() : null;
      const session = ext?.session ?? (await this.withoutExtension());
      page = await session.context.newPage();
      await page.addInitScript({ content: `(${LONG_TASK_WATCH_SCRIPT})()` });
      page.on('crash', () => (crashed = true));
      if (ext) takeContentErrors = (await watchTabErrors(session, page)).take;
      const read = this.readPage(page, url, ext);
      const { snapshot, tab, html } = await withTimeout(read, this.options.timeoutMs, `loading ${url}`);
      errors.push(...takeContentErrors());
      if (ext) errors.push(...(await ext.workerErrors.take()));
      return { status: 'ok', snapshot, errors, tab, html, ms: elapsed() };
    } catch (error) {
      errors.push(...takeContentErrors());
      const worker = withExtension ? this.extended?.workerErrors : undefined;
      if (worker) errors.push(...(await withTimeout(worker.take(), 5_000, 'reading the worker\'s errors').catch(() => [])));
      const status = crashed ? 'crashed' : error instanceof TimeoutError ? 'timeout' : 'failed';
      return { status, message: (error as Error).message.split('\n')[0] ?? String(error), errors, ms: elapsed() };
    } finally {
      if (page) await bestEffort(() => page!.close({ runBeforeUnload: false }), 10_000);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.plain?.close(), this.extended?.session.close()]);
    this.plain = null;
    this.extended = null;
  }

  /** Navigates, waits for the extension (when loaded) and for the page to settle, then reads it. */
  private async readPage(page: Page, url: string, ext: WithExtension | null): Promise<{ snapshot: PageSnapshot; tab: TabState | null; html: string | null }> {
    await page.goto(url, { waitUntil: 'load', timeout: this.options.timeoutMs });
    const loadedAt = Date.now();
    let tabId: number | null = null;
    if (ext) {
      // a page the content script never reaches is read all the same, and shows no report
      await pollUntil(() => page.evaluate(FIRST_RUN_DONE_SCRIPT) as Promise<boolean>, loadedAt + FIRST_RUN_WAIT_MS);
      tabId = await tabIdOf(ext.session, page);
      const id = tabId;
      await pollUntil(async () => isFinalState((await tabReport(ext.messenger, id))?.state), Date.now() + REPORT_WAIT_MS, 100);
    }
    await sleep(loadedAt + this.options.settleMs - Date.now());
    const snapshot = parseSnapshot((await page.evaluate(SNAPSHOT_SCRIPT)) as string);
    // read after settling: a re-run (the page changed itself) may have sent a new report
    const tab = ext && tabId !== null ? await tabState(ext, tabId) : null;
    const html = ext ? ((await page.evaluate(LIVE_HTML_SCRIPT)) as string) : null;
    return { snapshot, tab, html };
  }

  private async withoutExtension(): Promise<ChromiumSession> {
    if (!this.plain?.alive()) {
      await this.plain?.close().catch(() => undefined);
      this.plain = await launchChromium({ withExtension: false });
    }
    return this.plain;
  }

  private async withExtension(): Promise<WithExtension> {
    if (!this.extended?.session.alive()) {
      await this.extended?.session.close().catch(() => undefined);
      const session = await launchChromium({ withExtension: true, extensionPath: this.options.extensionPath });
      const messenger = await session.newPage();
      await messenger.goto(`chrome-extension://${session.extension!.id}/options.html`);
      const workerErrors = new WorkerErrorWatch(session);
      await workerErrors.arm();
      this.extended = { session, messenger, workerErrors };
    }
    return this.extended;
  }
}

/** What the background holds for the tab: its report and the badge it drew from it. */
async function tabState(ext: WithExtension, tabId: number): Promise<TabState> {
  const report = await tabReport(ext.messenger, tabId);
  const badge = await badgeText(ext.session, tabId);
  return {
    state: report?.state ?? null,
    reason: report?.state === 'not-article' ? report.reason : null,
    badge,
    unsourced: report?.state === 'article' ? report.totals.unattributed + report.totals.hedged : null,
    truncated: report?.state === 'article' && report.truncated !== null,
    backgroundAnalyzeMs: await takeBackgroundReadMs(ext.session),
  };
}

/** A report past "analysing": the content script has decided. */
const isFinalState = (state: string | undefined) => state !== undefined && state !== 'analysing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
