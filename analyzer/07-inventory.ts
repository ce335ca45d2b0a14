import type { Sentence, SourceEntry, Totals } from './types';

/** Each source once, with the number of sentences it stands behind, most cited first. */
export function inventory(sentences: Sentence[]): SourceEntry[] {
  const byKey = new Map<string, SourceEntry>();
  for (const s of sentences) {
    if (!s.source) continue;
    const key = `${s.source.kind}\u0000${s.source.name.toLowerCase()}`;
    const entry = byKey.get(key);
    if (entry) entry.mentions++;
    else byKey.set(key, { ...s.source, mentions: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions || (a.kind === b.kind ? 0 : a.kind === 'named' ? -1 : 1));
}

export function totals(sentences: Sentence[]): Totals {
  const t: Totals = { sentences: sentences.length, claims: 0, attributed: 0, vague: 0, hedged: 0, unattributed: 0 };
  for (const s of sentences) {
    if (s.label === 'not-claim') continue;
    t.claims++;
    t[s.label]++;
  }
  return t;
}
