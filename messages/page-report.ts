import { REASON_MESSAGES } from '../analyzer/reasons';
import { CLAIM_LABELS, LABELS, type ClaimLabel, type Label, type ReasonCode, type Source, type SourceEntry, type SourceKind, type Totals } from '../analyzer/types';
import { hasExactKeys, isBoundedArray, isBoundedString, isCount, isOneOf, isRecord } from './field-guards';
import {
  MAX_LANGUAGE_CHARS,
  MAX_NAME_CHARS,
  MAX_REASON_CHARS,
  MAX_REASONS_PER_SENTENCE,
  MAX_SENTENCE_CHARS,
  MAX_SENTENCES,
  MAX_SOURCES,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';

/** One flagged or attributed sentence as the popup lists it. `id` is its index in the analysis. */
export interface ReportSentence {
  id: number;
  label: Label;
  /** The sentence text, cut to MAX_SENTENCE_CHARS. */
  text: string;
  reasons: { code: ReasonCode; cue?: string }[];
  source: Source | null;
}

/** What the content script found on its page: everything the popup and the badge show. */
export type PageReport =
  | {
      state: 'article';
      url: string;
      title: string | null;
      language: string;
      unsupportedLanguage: boolean;
      totals: Totals;
      sources: SourceEntry[];
      /** Every claim sentence, in reading order (not-claims left out). */
      sentences: ReportSentence[];
      /** Set when only part of the page was analysed ("first N paragraphs"). */
      truncated: { analysedBlocks: number; totalBlocks: number } | null;
      /** Labels currently painted on the page. */
      highlighted: ClaimLabel[];
    }
  | { state: 'not-article'; url: string; reason: string }
  | { state: 'site-disabled'; url: string }
  | { state: 'waiting'; url: string } // auto-run is off: analysed only when the popup asks
  | { state: 'analysing'; url: string };

// The analyzer's own table of reason codes, so a code added there is accepted here too.
const REASON_CODES = Object.keys(REASON_MESSAGES) as ReasonCode[];
const SOURCE_KINDS: readonly SourceKind[] = ['named', 'anonymous'];
const LANGUAGE_TAG = /^[A-Za-z0-9_-]*$/;

/**
 * A complete `PageReport`: every field of the right type, enums within their values, every list
 * and string within its bound, ids in reading order, totals that add up. Size is checked by the
 * message validators, on the whole message.
 */
export function isPageReport(value: unknown): value is PageReport {
  if (!isRecord(value)) return false;
  switch (value.state) {
    case 'article':
      return isArticleReport(value);
    case 'not-article':
      return hasExactKeys(value, ['state', 'url', 'reason']) && isUrl(value.url) && isBoundedString(value.reason, MAX_REASON_CHARS);
    case 'site-disabled':
    case 'waiting':
    case 'analysing':
      return hasExactKeys(value, ['state', 'url']) && isUrl(value.url);
    default:
      return false;
  }
}

const ARTICLE_KEYS = [
  'state',
  'url',
  'title',
  'language',
  'unsupportedLanguage',
  'totals',
  'sources',
  'sentences',
  'truncated',
  'highlighted',
] as const;

function isArticleReport(r: Record<string, unknown>): boolean {
  return (
    hasExactKeys(r, ARTICLE_KEYS) &&
    isUrl(r.url) &&
    (r.title === null || isBoundedString(r.title, MAX_TITLE_CHARS)) &&
    isBoundedString(r.language, MAX_LANGUAGE_CHARS) &&
    LANGUAGE_TAG.test(r.language) &&
    typeof r.unsupportedLanguage === 'boolean' &&
    isTotals(r.totals) &&
    isSources(r.sources) &&
    isSentences(r.sentences) &&
    isTruncated(r.truncated) &&
    isHighlighted(r.highlighted)
  );
}

function isUrl(value: unknown): boolean {
  return isBoundedString(value, MAX_URL_CHARS);
}

const TOTALS_KEYS = ['sentences', 'claims', 'attributed', 'vague', 'hedged', 'unattributed'] as const;

function isTotals(value: unknown): boolean {
  if (!isRecord(value) || !hasExactKeys(value, TOTALS_KEYS)) return false;
  const { sentences, claims, attributed, vague, hedged, unattributed } = value;
  if (!isCount(sentences) || !isCount(claims) || !isCount(attributed) || !isCount(vague) || !isCount(hedged) || !isCount(unattributed)) return false;
  // The badge shows unattributed + hedged: totals that do not add up are a bug upstream.
  return claims === attributed + vague + hedged + unattributed && claims <= sentences;
}

function isSources(value: unknown): boolean {
  if (!isBoundedArray(value, MAX_SOURCES)) return false;
  return value.every(
    (s) =>
      isRecord(s) &&
      hasExactKeys(s, ['name', 'kind', 'mentions'], ['outlet']) &&
      isBoundedString(s.name, MAX_NAME_CHARS, 1) &&
      isOneOf(s.kind, SOURCE_KINDS) &&
      (s.outlet === undefined || s.outlet === true) &&
      isCount(s.mentions, 1),
  );
}

function isSentences(value: unknown): boolean {
  if (!isBoundedArray(value, MAX_SENTENCES)) return false;
  let previousId = -1;
  for (const s of value) {
    if (!isRecord(s) || !hasExactKeys(s, ['id', 'label', 'text', 'reasons', 'source'])) return false;
    // `id` is the sentence's index in the analysis, and the list is in reading order.
    if (!isCount(s.id) || s.id <= previousId) return false;
    previousId = s.id;
    if (!isOneOf(s.label, LABELS) || !isBoundedString(s.text, MAX_SENTENCE_CHARS)) return false;
    if (!isReasons(s.reasons) || !(s.source === null || isSource(s.source))) return false;
  }
  return true;
}

function isReasons(value: unknown): boolean {
  if (!isBoundedArray(value, MAX_REASONS_PER_SENTENCE)) return false;
  return value.every(
    (r) =>
      isRecord(r) &&
      hasExactKeys(r, ['code'], ['cue']) &&
      isOneOf(r.code, REASON_CODES) &&
      (r.cue === undefined || isBoundedString(r.cue, MAX_NAME_CHARS)),
  );
}

function isSource(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasExactKeys(value, ['name', 'kind'], ['outlet']) &&
    isBoundedString(value.name, MAX_NAME_CHARS, 1) &&
    isOneOf(value.kind, SOURCE_KINDS) &&
    (value.outlet === undefined || value.outlet === true)
  );
}

function isTruncated(value: unknown): boolean {
  if (value === null) return true;
  if (!isRecord(value) || !hasExactKeys(value, ['analysedBlocks', 'totalBlocks'])) return false;
  return isCount(value.analysedBlocks) && isCount(value.totalBlocks) && value.analysedBlocks <= value.totalBlocks;
}

function isHighlighted(value: unknown): boolean {
  if (!isBoundedArray(value, CLAIM_LABELS.length)) return false;
  return value.every((label) => isOneOf(label, CLAIM_LABELS)) && new Set(value).size === value.length;
}
