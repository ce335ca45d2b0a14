import { CLAIM_LABELS, type Totals } from '../analyzer/types';
import { labelName, t } from './i18n';
import { LabelSwatch } from './LabelSwatch';

/**
 * The claims of a page as one stacked bar, named source first, no source last, each label in its own
 * texture; the legend under it gives every count in words and numbers.
 */
export function LabelBar({ totals }: { totals: Totals }) {
  const present = CLAIM_LABELS.filter((label) => totals[label] > 0);
  const summary = CLAIM_LABELS.map((label) => `${labelName(label)} ${totals[label]}`).join(', ');
  return (
    <div class="uns-labelbar">
      <p class="uns-labelbar__caption">{t('popup_claims_total', [totals.claims])}</p>
      {totals.claims > 0 && (
        <div class="uns-bar" role="img" aria-label={`${t('popup_bar')}: ${summary}`}>
          {present.map((label) => (
            <span key={label} class="uns-bar__segment uns-pattern" data-label={label} style={{ flexGrow: totals[label] }} />
          ))}
        </div>
      )}
      <ul class="uns-legend">
        {CLAIM_LABELS.map((label) => (
          <li key={label} class="uns-legend__item" data-empty={totals[label] === 0 || undefined}>
            <LabelSwatch label={label} />
            <span class="uns-legend__name">{labelName(label)}</span>
            <span class="uns-legend__count">{totals[label]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
