import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface FirefoxProfile {
  /** A fresh folder under the system's temporary folder; the caller removes it. */
  dir: string;
  /** `moz-extension://<uuid>/`, where the add-on's files will be served; null without an add-on. */
  extensionOrigin: string | null;
}

// Every request that is not to 127.0.0.1 goes to a proxy on a free port nobody listens on, so it is
// refused at once (Firefox never proxies 127.0.0.1 itself; a "restricted" port such as 9 would make
// Firefox reject whole navigations instead). Errors of content scripts and of the background page
// are also printed on standard output, the only place the background page's errors can be read.
const prefs = (deadPort: number): Record<string, string | number | boolean> => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': deadPort,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': deadPort,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.dns.disablePrefetch': true,
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  // performance.measure to the microsecond, as in Chromium, not rounded to the millisecond
  'privacy.reduceTimerPrecision': false,
});

/**
 * A temporary profile whose `user.js` holds the prefs above. With `extensionPath`, the add-on's uuid is
 * set beforehand: its files are served from moz-extension://<uuid>/, a uuid Firefox would otherwise
 * draw at install, and knowing it tells the add-on's errors from a page's links to other add-ons' files.
 */
export async function makeFirefoxProfile(extensionPath: string | null): Promise<FirefoxProfile> {
  const userPrefs = prefs(await freePort());
  const uuid = randomUUID();
  if (extensionPath) userPrefs['extensions.webextensions.uuids'] = JSON.stringify({ [await addonId(extensionPath)]: uuid });
  const dir = await mkdtemp(join(tmpdir(), 'unsourced-firefox-'));
  await writeFile(join(dir, 'user.js'), Object.entries(userPrefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  return { dir, extensionOrigin: extensionPath ? `moz-extension://${uuid}/` : null };
}

/** The add-on id the build declares (`browser_specific_settings.gecko.id`). */
async function addonId(extensionPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json declares no browser_specific_settings.gecko.id`);
  return id;
}
