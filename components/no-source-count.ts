import type { Totals } from '../analyzer/types';

/**
 * The claims with no source at all: stated as fact (`unattributed`) or only hedged (`hedged`, TAXONOMY:
 * "no source at all"). The one number the badge, its tooltip and the popup's verdict all give.
 */
export function noSourceCount(totals: Pick<Totals, 'unattributed' | 'hedged'>): number {
  return totals.unattributed + totals.hedged;
}
