import { browser } from 'wxt/browser';
import type { ContentMessage } from '../messages/content-to-background';
import type { PageReport } from '../messages/page-report';

/**
 * The content script's report to the background, which checks it (background/handle-message.ts).
 * Not checked here again: walking every sentence of the report cost the page about 2.5 ms on a median
 * article (a CPU profile of bench/profile-page.ts), and buildReport's output is held to the same
 * validator by test/content/build-report.test.ts. Resolves to whether it was sent; never rejects (the
 * worker may be restarting).
 */
export async function sendPageReport(report: PageReport): Promise<boolean> {
  const message: ContentMessage = { type: 'report', report };
  try {
    await browser.runtime.sendMessage(message);
    return true;
  } catch (error) {
    console.warn('[unsourced] report not delivered', error);
    return false;
  }
}
