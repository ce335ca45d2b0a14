import type { BrowserName, LoadResult } from './types';

export interface LoadTiming {
  /** The whole load, from navigation to snapshot: past it the page counts as timed out. */
  timeoutMs: number;
  /** How long after the load event the page is read (fonts, late scripts, the extension's re-runs). */
  settleMs: number;
}

export interface DriverOptions extends LoadTiming {
  /** The unpacked build to load; default `.output/chrome-mv3` or `.output/firefox-mv2`. */
  extensionPath?: string;
}

/** One browser, launched twice: once with the built extension and once without. */
export interface BrowserDriver {
  readonly browser: BrowserName;
  /** Opens `url` in a fresh tab, lets it settle, reads it, closes the tab. Never throws. */
  load(url: string, withExtension: boolean): Promise<LoadResult>;
  close(): Promise<void>;
}
