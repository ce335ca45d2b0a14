import { CLAIM_LABELS, type Totals } from '../analyzer/types';
import { formatCount } from './format-count';
import { labelName, t, uiLocale } from './i18n';
import { LabelMark } from './LabelMark';

/**
 * The key: each label's name drawn as the page marks that kind of claim (the same CSS rule), with how
 * many the article has. Names and counts wrap rather than being cut, whatever their length.
 */
export function ClaimKey({ totals }: { totals: Totals }) {
  const locale = uiLocale();
  return (
    <ul class="uns-key" aria-label={t('popup_key')}>
      {CLAIM_LABELS.map((label) => (
        <li key={label} class="uns-key__item" data-label={label} data-empty={totals[label] === 0 || undefined}>
          <LabelMark label={label}>{labelName(label)}</LabelMark>
          <span class="uns-key__count">{formatCount(totals[label], locale)}</span>
        </li>
      ))}
    </ul>
  );
}
