import type { Analysis, SourceKind } from '../analyzer/types';

/** One analysed input, as `--format json` and `jsonl` print it: exactly these keys. */
export interface AnalysisRecord {
  input: string;
  language: string;
  title: string | null;
  text: string;
  totals: { sentences: number; claims: number; attributed: number; vague: number; hedged: number; unattributed: number };
  /** `outlet`: a link to one of the article's own site's stories (its earlier reporting), listed last. */
  sources: { name: string; kind: SourceKind; outlet: boolean; mentions: number }[];
  sentences: {
    start: number;
    end: number;
    text: string;
    label: string;
    reasons: string[];
    source: { name: string; kind: SourceKind; outlet: boolean } | null;
  }[];
}

/** One failed input, in the same stream as the records. */
export interface ErrorRecord {
  input: string;
  error: string;
}

/**
 * The machine-readable shape of an analysis. Every field is copied by name, so a field added to
 * `Analysis` later never leaks into the CLI's output format.
 */
export function toRecord(input: string, analysis: Analysis): AnalysisRecord {
  const t = analysis.totals;
  return {
    input,
    // the language the text is in, even when English rules stood in for it
    language: analysis.unsupportedLanguage ? analysis.languageDetected : analysis.language,
    title: analysis.title ?? null,
    text: analysis.text,
    totals: {
      sentences: t.sentences,
      claims: t.claims,
      attributed: t.attributed,
      vague: t.vague,
      hedged: t.hedged,
      unattributed: t.unattributed,
    },
    sources: analysis.sources.map((s) => ({ name: s.name, kind: s.kind, outlet: !!s.outlet, mentions: s.mentions })),
    sentences: analysis.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      label: s.label,
      reasons: s.reasons.map((r) => r.code),
      source: s.source ? { name: s.source.name, kind: s.source.kind, outlet: !!s.source.outlet } : null,
    })),
  };
}
