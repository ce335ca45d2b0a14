import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM } from './paths';

export type UiLocale = 'en' | 'fr';

export interface ChromiumSession {
  context: BrowserContext;
  /**
   * Null when launched without the extension. `origins`: where its scripts come from, its id and the
   * dynamic id Chrome serves the analysis chunk under (wxt.config.ts: use_dynamic_url), each with `/`.
   */
  extension: { id: string; worker: Worker; origins: string[] } | null;
  /** Every request that was not to 127.0.0.1 (or the extension's own files): blocked, and kept here. */
  offSiteRequests: string[];
  newPage(): Promise<Page>;
  /** False once the browser has gone (it crashed, or was killed, or was closed). */
  alive(): boolean;
  close(): Promise<void>;
}

export interface ChromiumLaunchOptions {
  /** Load `.output/chrome-mv3` (default) or run the same browser without it. */
  withExtension?: boolean;
  /** The browser's UI language, which `_locales` follows. */
  locale?: UiLocale;
  /** Show the window (npm start with a display). */
  headed?: boolean;
  extensionPath?: string;
}

// The analysis chunk's URL as the content script imports it, asked of the extension's worker.
const CHUNK_URL_SCRIPT = `chrome.runtime.getURL('/analysis.js')`;

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/** Whether a request stays on this machine's test server or inside the browser. */
export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url);
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return (parsed.protocol === 'http:' || parsed.protocol === 'ws:') && parsed.hostname === '127.0.0.1';
}

/** Debian's Chromium with the built extension loaded, in a fresh profile. */
export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  const { withExtension = true, locale = 'en', headed = false, extensionPath = CHROME_BUILD } = options;
  const profile = await mkdtemp(join(tmpdir(), 'unsourced-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--lang=${locale}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: !headed,
      args,
      // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE
      env: { ...process.env, LANGUAGE: locale, LANG: locale === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
      locale: locale === 'fr' ? 'fr-FR' : 'en-US',
      viewport: headed ? null : { width: 1280, height: 800 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  const offSiteRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalRequest(url)) return route.continue();
    offSiteRequests.push(url);
    return route.abort('blockedbyclient');
  });

  let extension: ChromiumSession['extension'] = null;
  if (withExtension) {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
    const id = new URL(worker.url()).host;
    const chunkUrl = (await worker.evaluate(CHUNK_URL_SCRIPT)) as string;
    extension = { id, worker, origins: [...new Set([`chrome-extension://${id}/`, `${new URL(chunkUrl).origin}/`])] };
  }
  let alive = true;
  context.once('close', () => (alive = false));

  return {
    context,
    extension,
    offSiteRequests,
    newPage: async () => {
      // the persistent profile opens with one blank tab: use it first
      const blank = context.pages().find((p) => p.url() === 'about:blank' && !usedPages.has(p));
      const page = blank ?? (await context.newPage());
      usedPages.add(page);
      return page;
    },
    alive: () => alive,
    close: async () => {
      await context.close();
      // Chromium's helpers may still be writing as they exit
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
    },
  };
}

const usedPages = new WeakSet<Page>();
