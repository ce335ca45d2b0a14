import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from '../../harness/paths';
import { ChromiumDriver } from './chromium-driver';
import { compareWithCli } from './cli-count';
import type { BrowserDriver, DriverOptions } from './driver';
import { findPages } from './find-pages';
import { FirefoxDriver } from './firefox-driver';
import { looksChanged, judgePage, type PageLoads } from './judge-page';
import { startPageServer } from './page-server';
import { summarize, type Summary } from './summarize';
import type { BrowserName, CorpusPage, PageResult } from './types';

export type Stability = 'always' | 'on-difference';

export interface CorpusOptions extends DriverOptions {
  folder: string;
  browser: BrowserName;
  /** Only the first N pages, by slug. */
  limit?: number;
  /** Only these slugs (applied before `limit`). */
  only?: string[];
  /**
   * `always` loads every page a second time without the extension, so pages that change by
   * themselves are counted; `on-difference` only when the extension's load differs (faster).
   */
  stability: Stability;
  /** Count with the CLI on each article page and compare. */
  compareWithCli: boolean;
  /** Progress, one line a page. */
  log?: (line: string) => void;
}

export interface CorpusRun {
  browser: BrowserName;
  folder: string;
  /** `git describe --always --dirty` of the checkout the extension was built from. */
  commit: string;
  startedAt: string;
  options: Omit<CorpusOptions, 'log'>;
  summary: Summary;
  pages: PageResult[];
}

/** Visits every page of a folder without and with the extension, and says what the extension did. */
export async function runCorpus(options: CorpusOptions): Promise<CorpusRun> {
  const folder = resolve(options.folder);
  const startedAt = new Date().toISOString();
  // at the start: the build is made from this checkout before the run
  const commit = commitOf();
  let pages = findPages(folder);
  if (options.only) pages = pages.filter((p) => options.only!.includes(p.slug));
  if (options.limit !== undefined) pages = pages.slice(0, options.limit);
  const server = await startPageServer(folder);
  const driver: BrowserDriver = options.browser === 'firefox' ? new FirefoxDriver(options) : new ChromiumDriver(options);
  const results: PageResult[] = [];
  const liveHtmls = new Map<PageResult, string>();
  try {
    for (const [i, page] of pages.entries()) {
      const { result, liveHtml } = await visit(driver, page, server.url(page.urlPath), options.stability);
      results.push(result);
      if (liveHtml !== null && result.verdict === 'article') liveHtmls.set(result, liveHtml);
      options.log?.(progressLine(i + 1, pages.length, result));
    }
  } finally {
    await driver.close();
    await server.close();
  }
  // after the browsers are closed: jsdom is heavy, and the timings above are taken without it
  if (options.compareWithCli) await compareAllWithCli(results, liveHtmls);
  const { log: _log, ...kept } = options;
  return { browser: options.browser, folder, commit, startedAt, options: kept, summary: summarize(results), pages: results };
}

/**
 * Plain, with the extension, plain again (always, or only when the extension's load differs) to tell
 * a page that changes by itself, and with the extension again when a difference remains, to see it
 * happen twice before calling it the extension's.
 */
async function visit(driver: BrowserDriver, page: CorpusPage, url: string, stability: Stability): Promise<{ result: PageResult; liveHtml: string | null }> {
  const loads: PageLoads = { without: await driver.load(url, false), with: null, withoutAgain: null, withAgain: null };
  // a page that does not load by itself is not loaded again with the extension
  if (loads.without.status === 'ok') loads.with = await driver.load(url, true);
  if (loads.with?.status === 'ok' && (stability === 'always' || looksChanged(loads))) loads.withoutAgain = await driver.load(url, false);
  if (loads.with?.status === 'ok' && looksChanged(loads)) loads.withAgain = await driver.load(url, true);
  const liveHtml = loads.with?.status === 'ok' ? loads.with.html : null;
  return { result: judgePage(page, url, loads), liveHtml };
}

async function compareAllWithCli(results: PageResult[], liveHtmls: Map<PageResult, string>): Promise<void> {
  for (const result of results) {
    if (result.verdict !== 'article' || result.extensionCount === null) continue;
    const { extensionCount } = result;
    result.cli = await compareWithCli({ ...result, extensionCount }, liveHtmls.get(result) ?? null);
    result.agrees = result.cli.count === extensionCount;
  }
}

function progressLine(n: number, total: number, r: PageResult): string {
  const what =
    r.status !== 'ok'
      ? r.status.toUpperCase()
      : r.verdict === 'article'
        ? `article, ${r.extensionCount} unsourced, main thread ${r.mainThreadMs?.toFixed(1)} ms, idle → painted ${r.measures['first-run']?.toFixed(1)} ms, long tasks ${r.longTasks.length}`
        : `${r.verdict}${r.reason ? ` (${r.reason})` : ''}, check ${r.measures.check?.toFixed(2) ?? '-'} ms, main thread ${r.mainThreadMs?.toFixed(2) ?? '-'} ms`;
  const flags = [
    r.errors.length ? `${r.errors.length} extension error(s)` : '',
    r.differences.length ? r.differences.map((d) => d.split(':')[0]).join(', ') : '',
  ].filter(Boolean);
  return `[${String(n).padStart(String(total).length)}/${total}] ${r.slug}: ${what}${flags.length ? ` — ${flags.join('; ')}` : ''}`;
}

function commitOf(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
