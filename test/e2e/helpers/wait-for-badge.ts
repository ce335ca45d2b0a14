import { setTimeout as sleep } from 'node:timers/promises';
import { badgeText } from '../../../harness/badge-text';
import type { ChromiumSession } from '../../../harness/launch-chromium';

/** Waits for the extension to put a number on the tab's badge, and returns it. */
export async function waitForBadge(session: ChromiumSession, tabId: number, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await badgeText(session, tabId);
    if (text !== '') return text;
    if (Date.now() > deadline) throw new Error(`tab ${tabId}: the badge stayed empty for ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}
