import type { ClaimLabel } from '../analyzer/types';
import type { DisplayMode, Settings } from './settings';

/** Most pressing first: the order a reader decides in, and the order marks are painted. */
const CLAIM_ORDER: readonly ClaimLabel[] = ['unattributed', 'hedged', 'vague', 'attributed'];
const VAGUE_AND_HEDGED: ReadonlySet<ClaimLabel> = new Set(['vague', 'hedged']);

/** The labels painted on a page: those the reader highlights, narrowed by the page's display mode. */
export function paintedLabels(highlight: Settings['highlight'], mode: DisplayMode): ClaimLabel[] {
  if (mode === 'none') return [];
  return CLAIM_ORDER.filter((label) => highlight[label] && (mode === 'all' || VAGUE_AND_HEDGED.has(label)));
}
