import { t } from './i18n';
import { pluralMessage } from './plural-message';

/**
 * The toolbar button's tooltip: what its badge counts, in the popup verdict's words
 * ("Unsourced: 30 claims with no source"); the extension's name when the badge is empty (`null`).
 */
export function badgeTitle(noSource: number | null): string {
  return noSource === null ? t('extName') : pluralMessage('badge_title', noSource);
}
