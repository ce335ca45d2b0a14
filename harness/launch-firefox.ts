import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { BidiClient } from './bidi-client';
import { makeFirefoxProfile } from './firefox-profile';
import { freePort } from './free-port';
import { FIREFOX, FIREFOX_BUILD } from './paths';
import { stopProcessGroup } from './stop-process-group';

const START_TIMEOUT_MS = 90_000;

export interface FirefoxSession {
  bidi: BidiClient;
  /** The BiDi browsing context of the tab Firefox opened with (on about:blank). */
  tab: string;
  /** The add-on's id when it was installed; null without it. */
  extensionId: string | null;
  /** `moz-extension://<uuid>/`, where the installed add-on's files are served; null without it. */
  extensionOrigin: string | null;
  /** Everything Firefox printed so far (standard output and error), for failure messages and errors. */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Install `.output/firefox-mv2` (default) or run the same browser without it. */
  withExtension?: boolean;
  extensionPath?: string;
}

/**
 * Debian's Firefox ESR, headless, in a fresh temporary profile (firefox-profile.ts: off-site requests
 * refused, errors printed), driven through its WebDriver BiDi server on a free port; the build is
 * installed as a temporary add-on over BiDi (`webExtension.install`), as about:debugging would. Not
 * `web-ext run`, which always installs one: the corpus runner needs the same browser without it too.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const { withExtension = true, extensionPath = FIREFOX_BUILD } = options;
  const port = await freePort();
  const profile = await makeFirefoxProfile(withExtension ? extensionPath : null);
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile.dir, '--window-size', '1280,800', `--remote-debugging-port=${port}`, 'about:blank'],
    // its own process group, so that stopping it stops every Firefox process it started
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_HEADLESS: '1' } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const stop = () => stopProcessGroup(child).then(() => rm(profile.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!output.includes('WebDriver BiDi listening')) {
      if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('Firefox did not start its WebDriver BiDi server in time');
      await sleep(100);
    }
    const bidi = await BidiClient.connect(`ws://127.0.0.1:${port}/session`);
    let extensionId: string | null = null;
    if (withExtension) {
      const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: extensionPath } });
      extensionId = installed.extension;
    }
    const tab = (await bidi.tabs())[0]?.context;
    if (!tab) throw new Error('Firefox has no tab');
    return {
      bidi,
      tab,
      extensionId,
      extensionOrigin: profile.extensionOrigin,
      output: () => output,
      alive: () => child.exitCode === null && child.signalCode === null,
      close: async () => {
        await bidi.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- Firefox output ---\n${output}`);
  }
}
