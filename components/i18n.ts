import { browser } from 'wxt/browser';
import type { Label, ReasonCode, Source } from '../analyzer/types';
import english from '../public/_locales/en/messages.json';
import { formatMessage, type MessageCatalog } from './format-message';

// English when the browser cannot answer (unit tests, a page opened outside the extension). A production
// build only ever runs inside the extension, where it always can: the 15 kB catalog and the formatter
// stay out of it.
const FALLBACK = english as MessageCatalog;

/** Every message key of the extension; the English file is the reference, the French one mirrors it. */
export type MessageKey = keyof typeof english;

/** How the message key of a label or reason code is spelt: `not-claim` → `not_claim` (keys allow no hyphen). */
export const keyPart = (code: string): string => code.replace(/-/g, '_');

/**
 * The message `key` in the browser's language, with `substitutions` filling its placeholders in order.
 * Outside the extension (unit tests, a plain page) `browser.i18n` is missing or throws: English then.
 */
export function t(key: MessageKey, substitutions: readonly (string | number)[] = []): string {
  const subs = substitutions.map(String);
  try {
    const message = browser.i18n.getMessage(key, subs);
    if (message) return message;
  } catch {
    // not running as an extension
  }
  return import.meta.env.PROD ? '' : formatMessage(FALLBACK, key, subs);
}

/** The language of the messages shown (not the browser's), for `lang` attributes and number formats. */
export function uiLocale(): string {
  return t('locale');
}

/** A label in plain words: "No source", « Source vague ». */
export function labelName(label: Label): string {
  return t(`label_${keyPart(label)}_name` as MessageKey);
}

/** What a label means, in one sentence (the options page). */
export function labelAbout(label: Label): string {
  return t(`label_${keyPart(label)}_about` as MessageKey);
}

/** What the reader can do about a claim with this label. */
export function labelHint(label: Label): string {
  return t(`label_${keyPart(label)}_hint` as MessageKey);
}

/** A source with its kind: « une source militaire — anonyme », "Tomas Varga — named", "the outlet's earlier reporting". */
export function sourceText(source: Source): string {
  return t(source.outlet ? 'source_outlet' : source.kind === 'named' ? 'source_named' : 'source_anonymous', [source.name]);
}

/** Why a sentence got its label, from the reason's code and cue and the sentence's source. */
export function reasonText(reason: { code: ReasonCode; cue?: string }, source: Source | null): string {
  const cue = reason.cue?.trim() ?? '';
  const who = source?.name ?? t('source_someone');
  // The analyzer gives carried-forward no cue when a quotation simply goes on.
  const key = reason.code === 'carried-forward' && !cue ? 'reason_carried_forward_nocue' : (`reason_${keyPart(reason.code)}` as MessageKey);
  return capitalise(t(key, [cue || who, who]));
}

/** Source names come from the page in any case (« l'agence nationale »): a sentence starts upper-case. */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
