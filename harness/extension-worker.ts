import type { Worker } from 'playwright-core';
import type { ChromiumSession } from './launch-chromium';

/** The extension's service worker now (it may have been stopped and started again since launch). */
export async function extensionWorker(session: ChromiumSession): Promise<Worker> {
  if (!session.extension) throw new Error('this browser was launched without the extension');
  const prefix = `chrome-extension://${session.extension.id}/`;
  const isOurs = (w: Worker) => w.url().startsWith(prefix);
  const running = session.context.serviceWorkers().find(isOurs);
  if (running) return running;
  // a stopped worker starts again on the next extension event: opening one of its pages is one
  const waiting = session.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 });
  const page = await session.context.newPage();
  await page.goto(`${prefix}popup.html`).catch(() => undefined);
  const worker = await waiting;
  await page.close();
  return worker;
}
