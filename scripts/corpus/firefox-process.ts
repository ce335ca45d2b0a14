import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../harness/free-port';
import { FIREFOX } from '../../harness/paths';
import { BidiConnection } from './bidi-connection';

const START_TIMEOUT_MS = 60_000;

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

export interface FirefoxProcess {
  bidi: BidiConnection;
  /** The add-on's id when it was installed. */
  extensionId: string | null;
  /** `moz-extension://<uuid>/`, where the installed add-on's files are served; null without it. */
  extensionOrigin: string | null;
  /** Everything Firefox printed so far (standard output and error). */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless, in a fresh profile, driven through its WebDriver BiDi server; with
 * `extensionPath`, that build is installed as a temporary add-on (BiDi `webExtension.install`).
 * Not `web-ext run` (run-firefox.ts): a corpus run also needs the same browser without the add-on.
 */
export async function launchFirefox(extensionPath: string | null): Promise<FirefoxProcess> {
  const [port, deadPort] = [await freePort(), await freePort()];
  const profile = await mkdtemp(join(tmpdir(), 'unsourced-corpus-firefox-'));
  const userPrefs = prefs(deadPort);
  // The add-on's files are served from moz-extension://<uuid>/, a uuid Firefox draws at install: set
  // it beforehand, so the add-on's errors are told from a saved page's links to other add-ons' files.
  const uuid = randomUUID();
  if (extensionPath) userPrefs['extensions.webextensions.uuids'] = JSON.stringify({ [await addonId(extensionPath)]: uuid });
  await writeFile(join(profile, 'user.js'), Object.entries(userPrefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, '--window-size', '1280,800', `--remote-debugging-port=${port}`, 'about:blank'],
    // its own process group, so that stopping it stops every Firefox process it started
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_HEADLESS: '1' } },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const stop = () => stopProcess(child).then(() => rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!output.includes('WebDriver BiDi listening')) {
      if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('Firefox did not start its WebDriver BiDi server in time');
      await sleep(100);
    }
    const bidi = await BidiConnection.connect(`ws://127.0.0.1:${port}/session`);
    let extensionId: string | null = null;
    if (extensionPath) {
      const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: extensionPath } });
      extensionId = installed.extension;
    }
    return {
      bidi,
      extensionId,
      extensionOrigin: extensionPath ? `moz-extension://${uuid}/` : null,
      output: () => output,
      alive: () => child.exitCode === null && child.signalCode === null,
      close: async () => {
        bidi.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- Firefox output ---\n${output}`);
  }
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

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]))) {
    signal('SIGKILL');
    await exited;
  }
}
