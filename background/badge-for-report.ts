import { badgeTitle } from '../components/badge-title';
import { noSourceCount } from '../components/no-source-count';
import type { PageReport } from '../messages/page-report';

export interface Badge {
  text: string;
  /** Background colour; null when there is no text to put on it. */
  color: string | null;
  /** The toolbar button's tooltip: what the number counts. */
  title: string;
}

// Dark enough for white text (contrast above 4.5:1) on light and dark toolbars.
export const BADGE_COLOR_UNSOURCED = '#B3261E';
export const BADGE_COLOR_NONE = '#1B6E3A';
export const BADGE_TEXT_COLOR = '#FFFFFF';

/** The toolbar badge for a tab: its claims with no source at all, only when it shows an article. */
export function badgeForReport(report: PageReport | null): Badge {
  if (report?.state !== 'article') return { text: '', color: null, title: badgeTitle(null) };
  const count = noSourceCount(report.totals);
  // A badge fits about four characters.
  const text = count > 999 ? '999+' : String(count);
  return { text, color: count > 0 ? BADGE_COLOR_UNSOURCED : BADGE_COLOR_NONE, title: badgeTitle(count) };
}
