import { readFileSync } from 'node:fs';
import { analyze } from '../../analyzer/index';
import { articleFromText } from '../../analyzer/article';
import { MAX_SENTENCE_CHARS } from '../../messages/limits';
import type { PageReport, ReportSentence } from '../../messages/page-report';

export type ArticleReport = Extract<PageReport, { state: 'article' }>;

/** A small valid article report; tests break one field at a time from here. */
export function articleReport(): ArticleReport {
  return {
    state: 'article',
    url: 'https://news.example.com/2026/05/bridge',
    title: 'Bridge to close in May',
    language: 'en',
    unsupportedLanguage: false,
    totals: { sentences: 6, claims: 5, attributed: 1, vague: 1, hedged: 1, unattributed: 2 },
    sources: [
      { name: 'Ana Ruiz', kind: 'named', mentions: 1 },
      { name: 'a senior official', kind: 'anonymous', mentions: 1 },
    ],
    sentences: [
      { id: 1, label: 'attributed', text: 'Mayor Ana Ruiz said the bridge would close in May.', reasons: [{ code: 'reporting-verb', cue: 'said' }], source: { name: 'Ana Ruiz', kind: 'named' } },
      { id: 2, label: 'vague', text: 'A senior official said the talks had stalled.', reasons: [{ code: 'reporting-verb', cue: 'said' }, { code: 'anonymous-source' }], source: { name: 'a senior official', kind: 'anonymous' } },
      { id: 3, label: 'hedged', text: 'The repairs may cost more than planned.', reasons: [{ code: 'hedge', cue: 'may' }], source: null },
      { id: 4, label: 'unattributed', text: 'The bridge is the oldest in the region.', reasons: [{ code: 'no-source' }], source: null },
      { id: 5, label: 'unattributed', text: 'Traffic will double next year.', reasons: [{ code: 'no-source' }], source: null },
    ],
    truncated: null,
    highlighted: ['unattributed', 'hedged', 'vague'],
    };
}

/** The report a content script would send for one of the demo articles, built from the real analyzer. */
export function demoReport(file: 'en-wire-report.txt' | 'fr-depeche.txt'): ArticleReport {
  const text = readFileSync(new URL(`../../demo/${file}`, import.meta.url), 'utf8');
  const analysis = analyze(articleFromText(text));
  const sentences: ReportSentence[] = [];
  analysis.sentences.forEach((s, id) => {
    if (s.label === 'not-claim') return;
    sentences.push({
      id,
      label: s.label,
      text: s.text.slice(0, MAX_SENTENCE_CHARS),
      reasons: s.reasons.map((r) => (r.cue === undefined ? { code: r.code } : { code: r.code, cue: r.cue })),
      source: s.source && { name: s.source.name, kind: s.source.kind },
    });
  });
  return {
    state: 'article',
    url: `http://127.0.0.1:8080/${file}`,
    title: analysis.title,
    language: analysis.languageDetected,
    unsupportedLanguage: analysis.unsupportedLanguage,
    totals: analysis.totals,
    sources: analysis.sources,
    sentences,
    truncated: null,
    highlighted: ['unattributed', 'hedged', 'vague'],
    };
}
