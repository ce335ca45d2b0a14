import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../../harness/free-port';
import { FIREFOX, FIREFOX_BUILD, ROOT } from '../../../harness/paths';
import { BidiClient } from './bidi-client';

export interface FirefoxSession {
  bidi: BidiClient;
  /** The BiDi browsing context of the tab showing the start URL. */
  tab: string;
  /** What web-ext printed, for failure messages. */
  log(): string;
  close(): Promise<void>;
}

/**
 * `web-ext run` with Debian's Firefox ESR, headless, the Firefox build installed as a temporary
 * add-on, and Firefox's WebDriver BiDi server on a free port to look at the page.
 */
export async function runFirefox(startUrl: string, { timeoutMs = 90_000 } = {}): Promise<FirefoxSession> {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'unsourced-firefox-'));
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'web-ext'),
    [
      'run',
      '--source-dir', FIREFOX_BUILD,
      '--firefox', FIREFOX,
      '--firefox-profile', profile,
      '--profile-create-if-missing',
      '--keep-profile-changes',
      '--arg=--headless',
      `--arg=--remote-debugging-port=${port}`,
      '--start-url', startUrl,
      '--no-reload',
      '--no-input',
    ],
    {
      cwd: ROOT,
      // its own process group, so that stopping it also stops the Firefox it started
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', MOZ_HEADLESS: '1' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
      if (!stopped) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await exited;
      }
    }
    await rm(profile, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + timeoutMs;
    // web-ext says so once the add-on is in
    while (!/Installed .* as a temporary add-on/.test(output)) {
      if (child.exitCode !== null) throw new Error(`web-ext run exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('the add-on was not installed in time');
      await sleep(200);
    }
    let bidi: BidiClient | undefined;
    while (!bidi) {
      bidi = await BidiClient.connect(`ws://127.0.0.1:${port}/session`).catch(() => undefined);
      if (!bidi && Date.now() > deadline) throw new Error(`no WebDriver BiDi server on port ${port}`);
      if (!bidi) await sleep(250);
    }
    const tabs = await bidi.tabs();
    const tab = (tabs.find((t) => t.url === startUrl) ?? tabs[0])?.context;
    if (!tab) throw new Error('Firefox has no tab');
    // load the page again now that the add-on is installed, so its content script runs from the start
    await bidi.send('browsingContext.navigate', { context: tab, url: startUrl, wait: 'complete' });
    const session = bidi;
    return {
      bidi: session,
      tab,
      log: () => output,
      close: async () => {
        await session.close().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- web-ext output ---\n${output}`);
  }
}
