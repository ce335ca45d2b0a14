import { expect } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import type { Analysis, Article, Label, Language, ReasonCode, Sentence, SourceKind } from '../../analyzer/types';

/** One row of a cue or rule table: an article, the sentence under test, what TAXONOMY.md says of it. */
export interface Case {
  /** The article, one paragraph a line. The sentence under test is the last one unless `at` is given. */
  text: string;
  /** A piece of the sentence under test, when it is not the article's last sentence. */
  at?: string;
  label: Label;
  /** Part of the source's name (case-insensitive), for `attributed` and `vague`. */
  name?: string;
  /** A reason code the sentence must give. */
  code?: ReasonCode;
}

/** The source kind each label implies: named for `attributed`, unnamed for `vague`, none otherwise. */
export const KIND_OF_LABEL: Record<Label, SourceKind | null> = {
  attributed: 'named',
  vague: 'anonymous',
  hedged: null,
  unattributed: null,
  'not-claim': null,
};

/** A plain-text article analysed with the given language's rules. */
export function analyzeText(text: string, lang: Language): Analysis {
  return analyze(articleFromText(text), { lang });
}

/** The sentence that contains `at`, or the last sentence; fails the test when there is none or several. */
export function sentenceUnderTest(analysis: Analysis, at?: string): Sentence {
  if (at === undefined) {
    const last = analysis.sentences[analysis.sentences.length - 1];
    expect(last, 'the article has no sentence').toBeDefined();
    return last as Sentence;
  }
  const found = analysis.sentences.filter((s) => s.text.includes(at));
  expect(found.map((s) => s.text), `exactly one sentence contains "${at}"`).toHaveLength(1);
  return found[0] as Sentence;
}

/** Checks the label, the source kind the label implies, and `name` and `code` when the row gives them. */
export function expectSentence(analysis: Analysis, row: Omit<Case, 'text'>): void {
  const s = sentenceUnderTest(analysis, row.at);
  const codes = s.reasons.map((r) => r.code);
  const got: Record<string, unknown> = { label: s.label, kind: s.source?.kind ?? null };
  const want: Record<string, unknown> = { label: row.label, kind: KIND_OF_LABEL[row.label] };
  if (row.name !== undefined) {
    want.name = row.name;
    got.name = s.source?.name.toLowerCase().includes(row.name.toLowerCase()) ? row.name : (s.source?.name ?? null);
  }
  if (row.code !== undefined) {
    want.code = row.code;
    got.code = codes.includes(row.code) ? row.code : codes.join(', ');
  }
  const source = s.source ? `${s.source.kind} "${s.source.name}"` : 'no source';
  const reasons = s.reasons.map((r) => `${r.code}${r.cue ? ` (${r.cue})` : ''}`).join('; ');
  expect(got, `${s.text}\n  got: ${s.label}, ${source}; reasons: ${reasons}\n `).toEqual(want);
}

/** Analyses a row's text and checks its sentence under test. */
export function expectCase(row: Case, lang: Language): void {
  expectSentence(analyzeText(row.text, lang), row);
}

/** A one-paragraph article of a page at `url` whose sentence carries a link on `anchor`. */
export function linkedArticle(text: string, anchor: string, href: string, url: string): Article {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`"${anchor}" is not in "${text}"`);
  return { title: null, url, blocks: [{ kind: 'paragraph', text, links: [{ start, end: start + anchor.length, href }] }] };
}
