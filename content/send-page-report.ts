import { browser } from 'wxt/browser';
import { type ContentMessage, isContentMessage } from '../messages/content-to-background';
import type { PageReport } from '../messages/page-report';

/**
 * The content script's report to the background. Checked here first with the background's own
 * validator, so a report it would drop is caught in the page's console, where it was made.
 * Resolves to whether it was sent; never rejects (the worker may be restarting).
 */
export async function sendPageReport(report: PageReport): Promise<boolean> {
  const message: ContentMessage = { type: 'report', report };
  if (!isContentMessage(message)) {
    console.warn('[unsourced] report not sent: it breaks the protocol (see messages/page-report.ts)', report);
    return false;
  }
  try {
    await browser.runtime.sendMessage(message);
    return true;
  } catch (error) {
    console.warn('[unsourced] report not delivered', error);
    return false;
  }
}
