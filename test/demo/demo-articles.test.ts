import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import { LABELS } from '../../analyzer/types';

/** The two articles `npm start` shows: each has to show every label, as the demo promises. */
const DEMOS = [
  ['demo/en-wire-report.txt', 'en'],
  ['demo/fr-depeche.txt', 'fr'],
] as const;

describe.each(DEMOS)('%s', (path, language) => {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const analysis = analyze(articleFromText(text));

  test(`is read as ${language}`, () => {
    expect(analysis.language).toBe(language);
    expect(analysis.unsupportedLanguage).toBe(false);
  });

  test('is a wire-sized article: one paragraph per line, 12 to 20 sentences', () => {
    expect(text.split('\n').every((line) => line === line.trim())).toBe(true);
    expect(analysis.sentences.length).toBeGreaterThanOrEqual(12);
    expect(analysis.sentences.length).toBeLessThanOrEqual(20);
  });

  test.each(LABELS)('shows the label %s', (label) => {
    expect(analysis.sentences.some((s) => s.label === label)).toBe(true);
  });

  test('names named and anonymous sources', () => {
    expect(new Set(analysis.sources.map((s) => s.kind))).toEqual(new Set(['named', 'anonymous']));
  });
});
