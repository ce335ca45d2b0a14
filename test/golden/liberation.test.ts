import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyzer/index';
import { htmlArticle } from '../../cli/html-article';
import { corpusPresent, normWs, readCorpusFile, readLabels } from './corpus';

// A real French news page through the HTML path (jsdom + Readability + the block walk), hand labelled.
describe.skipIf(!corpusPresent)('golden: a Libération page (../shared/corpus/liberation-1)', () => {
  const labels = corpusPresent ? readLabels('liberation-1') : null;
  const analysis = corpusPresent
    ? analyze(htmlArticle(new Uint8Array(readCorpusFile('liberation-1', 'source.html')), 'file:///corpus/liberation-1/source.html', null))
    : null;

  test('is read as French', () => {
    expect(analysis!.language).toBe('fr');
  });

  // Each labelled sentence is found in order by its first words, as the scoring tool does.
  const rows = labels?.sentences.map((s, i) => [i, s] as const) ?? [];
  test.each(rows)('sentence %i has its hand label', (i, gold) => {
    const want = normWs(gold.startsWith);
    const candidates = analysis!.sentences.filter((s) => normWs(s.text).startsWith(want));
    expect(candidates.length, `sentence ${i} "${want}" not found`).toBeGreaterThan(0);
    const s = candidates[0]!;
    expect([gold.label, ...(gold.alsoAccepted ?? [])]).toContain(s.label);
    if (s.label === gold.label && gold.source) expect(s.source?.kind).toBe(gold.source.kind);
  });
});
