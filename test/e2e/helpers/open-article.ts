import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../../harness/launch-chromium';
import { tabIdOf } from '../../../harness/tab-id-of';
import { waitForBadge } from './wait-for-badge';

export interface OpenArticle {
  page: Page;
  tabId: number;
  badge: string;
}

/** Opens an article in a new tab and waits until the extension has analysed it (its badge is set). */
export async function openArticle(session: ChromiumSession, url: string): Promise<OpenArticle> {
  const page = await session.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(session, page);
  const badge = await waitForBadge(session, tabId);
  // the badge comes from the report; the highlights are painted in the same run
  await page.waitForFunction(() => performance.getEntriesByName('unsourced:highlight').length > 0, null, { timeout: 10_000 });
  return { page, tabId, badge };
}
