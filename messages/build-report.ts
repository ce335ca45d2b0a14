import type { Analysis, ClaimLabel } from '../analyzer/types';
import { MAX_MESSAGE_BYTES, MAX_NAME_CHARS, MAX_REASONS_PER_SENTENCE, MAX_SENTENCE_CHARS, MAX_SENTENCES, MAX_SOURCES, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';
import type { PageReport } from './page-report';
import type { Truncation } from './analysis-port';

// Leaves room under MAX_MESSAGE_BYTES for the envelope and multi-byte characters.
const BUDGET_BYTES = MAX_MESSAGE_BYTES * 0.8;

/** What a report is built from: the analysis the page holds, and whether it covers the whole article. */
export interface ReportSource {
  analysis: Analysis;
  truncated: Truncation;
}

/**
 * The popup's view of one analysed page: totals, sources and every claim, cut to the message limits.
 * A very long article gets shorter sentence texts until the whole report fits in one message. Built
 * by the background from the answer it sends the page (the page then says only what it painted), and
 * by the page itself when the background no longer holds it (background/tab-reports.ts).
 */
export function buildReport(url: string, result: ReportSource, highlighted: ClaimLabel[]): PageReport {
  for (let chars = MAX_SENTENCE_CHARS; ; chars = Math.floor(chars / 2)) {
    const report = build(url, result, highlighted, chars);
    if (chars <= 40 || new TextEncoder().encode(JSON.stringify(report)).length <= BUDGET_BYTES) return report;
  }
}

function build(url: string, result: ReportSource, highlighted: ClaimLabel[], maxChars: number): PageReport {
  const { analysis } = result;
  const sentences: Extract<PageReport, { state: 'article' }>['sentences'] = [];
  analysis.sentences.forEach((s, id) => {
    if (s.label === 'not-claim' || sentences.length >= MAX_SENTENCES) return;
    sentences.push({
      id,
      label: s.label,
      text: s.text.length > maxChars ? `${s.text.slice(0, maxChars - 1)}…` : s.text,
      reasons: s.reasons.slice(0, MAX_REASONS_PER_SENTENCE).map((r) => (r.cue ? { code: r.code, cue: r.cue.slice(0, MAX_NAME_CHARS) } : { code: r.code })),
      source: s.source ? { ...s.source, name: s.source.name.slice(0, MAX_NAME_CHARS) } : null,
    });
  });
  return {
    state: 'article',
    url: url.slice(0, MAX_URL_CHARS),
    title: analysis.title ? analysis.title.slice(0, MAX_TITLE_CHARS) : null,
    language: analysis.unsupportedLanguage ? analysis.languageDetected : analysis.language,
    unsupportedLanguage: analysis.unsupportedLanguage,
    totals: analysis.totals,
    sources: analysis.sources.slice(0, MAX_SOURCES).map((s) => ({ ...s, name: s.name.slice(0, MAX_NAME_CHARS) })),
    sentences,
    truncated: result.truncated,
    highlighted,
  };
}
