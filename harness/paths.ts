import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project checkout. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** What `wxt build` and `wxt build -b firefox` make. */
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');

/** Debian's browsers (`apt-get install chromium firefox-esr`); never a downloaded build. */
export const CHROMIUM = process.env.UNSOURCED_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.UNSOURCED_FIREFOX ?? '/usr/bin/firefox-esr';
