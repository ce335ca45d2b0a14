import type { Totals } from '../analyzer/types';
import { t } from './i18n';
import { noSourceCount } from './no-source-count';
import { pluralMessage } from './plural-message';

/** The popup's first line, in the badge tooltip's words: "30 of 65 claims have no source". */
export function verdict(totals: Pick<Totals, 'claims' | 'unattributed' | 'hedged'>): string {
  if (totals.claims === 0) return t('popup_verdict_empty');
  const count = noSourceCount(totals);
  if (count === 0) return t('popup_verdict_sourced');
  return pluralMessage('popup_verdict', count, [totals.claims]);
}
