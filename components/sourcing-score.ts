import type { Totals } from '../analyzer/types';

/** The share of claims with a named source, from 0 to 1; null when the page makes no claim. */
export function sourcingScore(totals: Pick<Totals, 'claims' | 'attributed'>): number | null {
  return totals.claims > 0 ? totals.attributed / totals.claims : null;
}

/** How the popup words a score. */
export type ScoreTier = 'high' | 'mid' | 'low' | 'none';

export function scoreTier(score: number | null): ScoreTier {
  if (score === null) return 'none';
  if (score >= 0.7) return 'high';
  return score >= 0.4 ? 'mid' : 'low';
}
