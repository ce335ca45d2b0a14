import { formatCount } from './format-count';
import { t, uiLocale, type MessageKey } from './i18n';

/** Messages with a `_one` and an `_other` form, chosen by their first number. */
type PluralBase = 'popup_verdict' | 'badge_title';

/**
 * The message `<base>_one` or `<base>_other` for `count`, by the plural rules of the interface's
 * language (French says « 0 affirmation », English "0 claims"), every number written as that
 * language writes it. Browser catalogs have no plural forms of their own.
 */
export function pluralMessage(base: PluralBase, count: number, more: readonly number[] = []): string {
  const locale = uiLocale();
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, [count, ...more].map((n) => formatCount(n, locale)));
}
