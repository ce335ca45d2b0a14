import { browser } from 'wxt/browser';
import type { BackgroundToContent } from '../messages/background-to-content';

/**
 * Whether a content script of ours still listens in the tab's top frame. A listener that does not
 * answer still resolves the send; only "no receiving end" rejects it.
 */
export async function pingTab(tabId: number): Promise<boolean> {
  const ping: BackgroundToContent = { type: 'ping' };
  try {
    await browser.tabs.sendMessage(tabId, ping, { frameId: 0 });
    return true;
  } catch {
    return false;
  }
}
