import type { ClaimLabel } from '../analyzer/types';
import { PAINT_ORDER } from '../page/highlight-registry';
import type { DisplayMode, Settings } from './settings';

const VAGUE_AND_HEDGED: ReadonlySet<ClaimLabel> = new Set(['vague', 'hedged']);

/** The labels painted on a page: those the reader highlights, narrowed by the page's display mode. */
export function paintedLabels(highlight: Settings['highlight'], mode: DisplayMode): ClaimLabel[] {
  if (mode === 'none') return [];
  return PAINT_ORDER.filter((label) => highlight[label] && (mode === 'all' || VAGUE_AND_HEDGED.has(label)));
}
