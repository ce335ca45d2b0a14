import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../../harness/launch-chromium';
import type { PageReport } from '../../../messages/page-report';
import { startHostileServer, type HostileServer } from './hostile-server';
import { openWatched, type WatchedPage } from './open-watched';

export interface HostileBrowser {
  server: HostileServer;
  browser: ChromiumSession;
  /** Opens a hostile page (`/hostile/…`) in a watched tab and waits for the extension's report on it. */
  open(path: string, done?: (r: PageReport) => boolean): Promise<WatchedPage>;
  close(): Promise<void>;
}

/** One Chromium with the extension and the hostile pages' server, shared by a test file. */
export async function startHostileBrowser(): Promise<HostileBrowser> {
  const [server, browser] = await Promise.all([startHostileServer(), launchChromium()]);
  // an extension page, to ask the background for a tab's report as the popup does
  const messenger: Page = await browser.context.newPage();
  await messenger.goto(`chrome-extension://${browser.extension!.id}/options.html`);
  return {
    server,
    browser,
    open: (path, done) => openWatched(browser, messenger, server.url(path), done),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
