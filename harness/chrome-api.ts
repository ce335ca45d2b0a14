import type { Browser } from 'wxt/browser';

/**
 * The type of `chrome` inside code that runs in the extension's worker or pages through
 * `worker.evaluate` / `page.evaluate` (serialised, so only the type crosses over).
 */
export type ChromeApi = typeof Browser;
