import type { Label, ReasonCode, Source } from '../analyzer/types';
import { labelHint, labelName, reasonText, sourceText, t, uiLocale } from './i18n';
import { LabelSwatch } from './LabelSwatch';

export interface ClaimCardProps {
  label: Label;
  reasons: readonly { code: ReasonCode; cue?: string }[];
  source: Source | null;
  /** For the claim's `aria-describedby`. */
  id?: string;
}

/**
 * What the reader sees beside a highlighted claim: its label in plain words, why it got it, its source
 * if any, and what to look for. Style it with `CLAIM_CARD_CSS` in the same shadow root.
 */
export function ClaimCard({ label, reasons, source, id }: ClaimCardProps) {
  // Two reasons can read the same once localised (a cue repeated by two codes): say it once.
  const texts = [...new Set(reasons.map((r) => reasonText(r, source)))];
  return (
    <div class="uns-theme uns-card" data-label={label} role="tooltip" id={id} lang={uiLocale()}>
      <div class="uns-card__head">
        <LabelSwatch label={label} />
        <strong class="uns-card__label">{labelName(label)}</strong>
        <span class="uns-card__brand" aria-hidden="true">
          {t('extName')}
        </span>
      </div>
      {texts.length === 1 ? (
        <p class="uns-card__reason">{texts[0]}</p>
      ) : (
        <ul class="uns-card__reasons" aria-label={t('card_reasons')}>
          {texts.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {source && (
        <p class="uns-card__source">
          <span class="uns-card__key">{t('card_source')}</span>
          <span class="uns-card__value">{sourceText(source)}</span>
        </p>
      )}
      <p class="uns-card__hint">{labelHint(label)}</p>
    </div>
  );
}
