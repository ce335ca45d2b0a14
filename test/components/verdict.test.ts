import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Totals } from '../../analyzer/types';
import { verdict } from '../../components/verdict';
import { useLocale } from './use-locale';

afterEach(() => vi.restoreAllMocks());

const totals = (claims: number, unattributed: number, hedged: number): Totals => ({ sentences: claims + 5, claims, attributed: claims - unattributed - hedged, vague: 0, hedged, unattributed });

// The verdict counts what the badge counts: unattributed + hedged.
describe.each<['en' | 'fr', [Totals, string][]]>([
  [
    'en',
    [
      [totals(65, 30, 0), '30 of 65 claims have no source'],
      [totals(65, 28, 2), '30 of 65 claims have no source'],
      [totals(12, 1, 0), '1 of 12 claims has no source'],
      [totals(999, 900, 99), '999 of 999 claims have no source'],
      [totals(2000, 1500, 0), '1,500 of 2,000 claims have no source'],
      [totals(8, 0, 0), 'Every claim has a source'],
      [totals(0, 0, 0), 'No claim to check in this article'],
    ],
  ],
  [
    'fr',
    [
      [totals(65, 30, 0), '30 affirmations sur 65 n’ont pas de source'],
      [totals(12, 1, 0), '1 affirmation sur 12 n’a pas de source'],
      [totals(999, 900, 99), '999 affirmations sur 999 n’ont pas de source'],
      [totals(2000, 1500, 0), '1\u202F500 affirmations sur 2\u202F000 n’ont pas de source'],
      [totals(8, 0, 0), 'Chaque affirmation a une source'],
      [totals(0, 0, 0), 'Aucune affirmation à vérifier dans cet article'],
    ],
  ],
])('verdict in %s', (lang, cases) => {
  test.each(cases)('%j → %s', (t, expected) => {
    if (lang === 'fr') useLocale('fr');
    expect(verdict(t)).toBe(expected);
  });
});
