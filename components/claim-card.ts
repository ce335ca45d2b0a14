import type { Label, ReasonCode, Source } from '../analyzer/types';
import { createElement as h } from './create-element';
import { labelHint, labelName, reasonText, sourceText, t, uiLocale } from './i18n';
import { labelMark } from './label-mark';

export interface ClaimCardProps {
  label: Label;
  reasons: readonly { code: ReasonCode; cue?: string }[];
  source: Source | null;
  /** For the claim's `aria-describedby`. */
  id?: string;
}

/**
 * What the reader sees beside a highlighted claim: its label in plain words, why it got it, its source
 * if any, and what to look for. Style it with `CLAIM_CARD_CSS` in the same shadow root. Plain DOM, not
 * Preact: the card is the content script's only view, and the content script runs on every page.
 */
export function claimCard({ label, reasons, source, id }: ClaimCardProps): HTMLElement {
  // Two reasons can read the same once localised (a cue repeated by two codes): say it once.
  const texts = [...new Set(reasons.map((r) => reasonText(r, source)))];
  const card = h('div', { class: 'uns-theme uns-card', 'data-label': label, role: 'tooltip', lang: uiLocale() }, [
    // the label's name drawn as the claim is marked on the page: the card is its own key
    h('div', { class: 'uns-card__head' }, [h('strong', { class: 'uns-card__label' }, [labelMark(label, labelName(label))])]),
    texts.length === 1
      ? h('p', { class: 'uns-card__reason' }, texts)
      : h('ul', { class: 'uns-card__reasons', 'aria-label': t('card_reasons') }, texts.map((text) => h('li', {}, [text]))),
  ]);
  if (id) card.id = id;
  if (source) {
    card.append(h('p', { class: 'uns-card__source' }, [h('span', { class: 'uns-card__key' }, [t('card_source')]), h('span', { class: 'uns-card__value' }, [sourceText(source)])]));
  }
  card.append(h('p', { class: 'uns-card__hint' }, [labelHint(label)]));
  return card;
}
