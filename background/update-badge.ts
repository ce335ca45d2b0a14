import { browser } from 'wxt/browser';
import { BADGE_TEXT_COLOR, badgeForReport } from './badge-for-report';
import type { PageReport } from '../messages/page-report';

/** The badge calls shared by `action` (MV3) and `browserAction` (MV2). */
interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** Shows `report`'s badge on the tab's toolbar button; an empty badge for anything but an article. */
export async function updateBadge(tabId: number, report: PageReport | null): Promise<void> {
  const api = badgeApi();
  if (!api) return; // no toolbar button declared in this build
  const { text, color, title } = badgeForReport(report);
  try {
    if (color) {
      await api.setBadgeBackgroundColor({ tabId, color });
      // Chrome 110+ and Firefox; older Chrome picks white or black by itself.
      await api.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
    }
    await api.setBadgeText({ tabId, text });
    await api.setTitle({ tabId, title });
  } catch {
    // The tab closed between the report and now: its badge went with it.
  }
}

function badgeApi(): BadgeApi | null {
  const apis = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return apis.action ?? apis.browserAction ?? null;
}
