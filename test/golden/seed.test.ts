import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import { corpusPresent, readCorpusFile, readLabels } from './corpus';

// The French report the project started from: every sentence labelled by hand (TAXONOMY.md).
describe.skipIf(!corpusPresent)('golden: the seed report (../shared/corpus/seed)', () => {
  const labels = corpusPresent ? readLabels('seed') : null;
  const text = corpusPresent ? readCorpusFile('seed', 'article.txt').toString('utf8') : '';
  const analysis = analyze(articleFromText(text));

  test('is read as French and segments into the labelled sentences', () => {
    expect(analysis.language).toBe('fr');
    expect(analysis.sentences.map((s) => s.start)).toEqual(labels!.sentences.map((s) => s.offset));
  });

  test.each(labels?.sentences.map((s, i) => [i, s] as const) ?? [])('sentence %i has its hand label', (_i, gold) => {
    const s = analysis.sentences.find((x) => x.start === gold.offset);
    expect(s?.text.startsWith(gold.startsWith)).toBe(true);
    expect([gold.label, ...(gold.alsoAccepted ?? [])]).toContain(s?.label);
    if (s?.label === gold.label) expect(s?.source?.kind ?? null).toBe(gold.source?.kind ?? null);
  });

  test('the inventory names Al-Masdar News, the military source and the witnesses', () => {
    const inv = analysis.sources.map((s) => `${s.name}/${s.kind}`);
    expect(inv).toContain('Al-Masdar News/named');
    expect(inv).toContain('une source militaire/anonymous');
    expect(inv).toContain('des témoins/anonymous');
  });

  test('« selon cette source » resolves to the military source', () => {
    const s = analysis.sentences.find((x) => x.text.startsWith('Selon cette source'));
    expect(s?.source).toEqual({ name: 'une source militaire', kind: 'anonymous' });
    expect(s?.reasons[0]?.code).toBe('carried-forward');
  });

  test('totals match the labels', () => {
    expect(analysis.totals).toEqual(labels!.totals);
  });
});
