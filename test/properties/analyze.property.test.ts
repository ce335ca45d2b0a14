import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import { LABELS, type Analysis, type Article } from '../../analyzer/types';

/** Everything that must hold for any input: offsets valid, in order, labels known, totals adding up. */
function checkInvariants(a: Analysis): void {
  let last = 0;
  for (const s of a.sentences) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(a.text.length);
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(LABELS).toContain(s.label);
    expect(s.reasons.length).toBeGreaterThan(0);
    if (s.label === 'attributed') expect(s.source?.kind).toBe('named');
    if (s.label === 'vague') expect(s.source?.kind).toBe('anonymous');
    last = s.end;
  }
  const t = a.totals;
  expect(t.sentences).toBe(a.sentences.length);
  expect(t.claims).toBe(t.attributed + t.vague + t.hedged + t.unattributed);
  expect(a.sources.reduce((n, s) => n + s.mentions, 0)).toBe(t.attributed + t.vague);
}

// Pieces of news text that stress the rules: quotes of every kind, cues, abbreviations, odd spaces.
const NEWSY = [
  '“', '”', '«', '»', '"', "''", '‘', '’', ' ', '\u00a0', '\u202f', '\n', '. ', '? ', '! ', ': ', ', ',
  'said', 'he said', 'told Reuters', 'according to', 'officials', 'a senior official', 'Mr.', 'Gov.', 'M.',
  'Mme', 'av. J.-C.', 'John F. Kennedy', '3.5', '3,5', 'selon', 'selon cette source', 'a déclaré',
  'a-t-il ajouté', 'auraient fui', 'reportedly', 'some say', 'on dit que', 'Smith', 'Le ministre', 'il',
  'The minister', 'I think', 'nous estimons', '?', 'By Jane Doe', '😀', '\u200b', '\ufeff', 'ﬁ', 'İ',
];

describe('the analyzer on arbitrary input', () => {
  test('never throws and keeps valid offsets on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('auto', 'en', 'fr'), (text, lang) => {
        checkInvariants(analyze(articleFromText(text), { lang }));
      }),
      { numRuns: 400 },
    );
  });

  test('never throws on text assembled from cues, quotes and abbreviations', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 120 }), fc.constantFrom('auto', 'en', 'fr'), (parts, lang) => {
        checkInvariants(analyze(articleFromText(parts.join('')), { lang }));
      }),
      { numRuns: 400 },
    );
  });

  // What a hostile page can put in its text: lone surrogates, bidirectional overrides, floods of
  // combining marks, zero-width joiners, other scripts with their own punctuation, non-characters,
  // and letters that case-fold oddly (ſ, the Kelvin sign, İ, ß).
  const HOSTILE = [
    '\ud800', '\udfff', '\u202e', '\u200f', '\u2066', '\u0301\u0301\u0301\u0301', '\u200d', '👩‍👩‍👧', '\uffff', '\u0000',
    'ſaid', 'repoſtedly', '\u212aelvin', 'İstanbul', 'STRAßE', 'Москва. ', 'قال المتحدث. ', 'אמר. ', '北京。', '「引用」', '！', '？',
    '\u2029', '\u0085', '…', '.'.repeat(50), '“'.repeat(30), '«'.repeat(30), 'a.'.repeat(40), 'ǅ. ', '𝐀𝐁. ',
  ];
  test('never throws and keeps valid offsets on hostile Unicode mixed with news text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE, ...NEWSY), { maxLength: 120 }), fc.constantFrom('auto', 'en', 'fr'), (parts, lang) => {
        checkInvariants(analyze(articleFromText(parts.join('')), { lang }));
      }),
      { numRuns: 400 },
    );
  });

  test('never throws on arbitrary blocks with links at arbitrary offsets', () => {
    const block = fc.record({
      kind: fc.constantFrom('paragraph', 'heading', 'list-item', 'quote', 'caption', 'preformatted' as const),
      text: fc.array(fc.constantFrom(...NEWSY), { maxLength: 40 }).map((p) => p.join('')),
      links: fc.array(fc.record({ start: fc.nat(200), end: fc.nat(200), href: fc.constantFrom('https://example.org/a/2024/01/x', '/tag/x', '#top', 'javascript:void(0)', 'not a url', '') }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.option(fc.constantFrom('https://news.example/2024/05/a', 'not a url')), (blocks, url) => {
        const article: Article = { title: null, url, blocks };
        checkInvariants(analyze(article));
      }),
      { numRuns: 300 },
    );
  });

  test('plain-text offsets index the original text exactly, whatever its line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWSY, '\r\n', '\r', '\u2028'), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const a = analyze(articleFromText(text));
        expect(a.text).toBe(text);
        checkInvariants(a);
      }),
      { numRuns: 300 },
    );
  });
});
