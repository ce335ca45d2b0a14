import { CLAIM_LABELS, type ClaimLabel } from '../analyzer/types';
import { highlightApi, type HighlightLike } from './highlight-api';

/** The names our highlights go by in the page's shared registry (CSS.highlights), which the page can read too. */
export const HIGHLIGHT_NAMES: Readonly<Record<ClaimLabel, string>> = {
  unattributed: 'unsourced-unattributed',
  hedged: 'unsourced-hedged',
  vague: 'unsourced-vague',
  attributed: 'unsourced-attributed',
};
export const FLASH_HIGHLIGHT = 'unsourced-flash';

/**
 * The claim labels from the least sourced to the best: the order highlights are registered and
 * reported in, so that where two claims overlap the flagged one is the one explained.
 */
export const PAINT_ORDER: readonly ClaimLabel[] = [...CLAIM_LABELS].reverse();

/** One label as painted: the highlight object we registered, so ours is told from a page's own. */
export interface PaintedHighlight {
  label: ClaimLabel;
  name: string;
  /** Null until the API exists to make one. */
  highlight: HighlightLike | null;
  ranges: readonly AbstractRange[];
}

// What we painted, kept so that entries a page deleted or took over are put back.
let painted: PaintedHighlight[] = [];

export function highlightsSupported(): boolean {
  return highlightApi() !== null;
}

/**
 * Paints one highlight per label given, one range per sentence; labels given no range (attributed,
 * unless the reader asked for it) have no entry. Replaces whatever was painted before. Returns false,
 * having painted nothing, where the browser has no CSS Custom Highlight API.
 */
export function paintHighlights(byLabel: ReadonlyMap<ClaimLabel, readonly AbstractRange[]>): boolean {
  const api = highlightApi();
  painted = [];
  for (const label of PAINT_ORDER) {
    const ranges = byLabel.get(label) ?? [];
    if (ranges.length === 0) continue;
    painted.push({ label, name: HIGHLIGHT_NAMES[label], highlight: api ? api.create(ranges) : null, ranges: [...ranges] });
  }
  return reassertHighlights();
}

/**
 * Makes the registry say what we painted: our highlight under each of our names, nothing under the
 * others. A page that deleted our entries, cleared the registry or registered its own highlight under
 * one of our names gets ours back. Called on each paint; cheap enough to call on any page change.
 */
export function reassertHighlights(): boolean {
  const api = highlightApi();
  if (!api) return false;
  for (const label of PAINT_ORDER) {
    const name = HIGHLIGHT_NAMES[label];
    const entry = painted.find((p) => p.label === label);
    if (entry) {
      entry.highlight ??= api.create(entry.ranges);
      if (api.registry.get(name) !== entry.highlight) api.registry.set(name, entry.highlight);
    } else if (api.registry.has(name)) {
      api.registry.delete(name);
    }
  }
  return true;
}

/** Removes our highlights, and only ours, from the page's registry, and forgets them. */
export function clearHighlights(): void {
  painted = [];
  const registry = highlightApi()?.registry;
  if (!registry) return;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FLASH_HIGHLIGHT]) registry.delete(name);
}

/** Our highlights on screen now, most explicit label first; none while hidden. */
export function paintedHighlights(): readonly PaintedHighlight[] {
  return painted;
}

/** The ranges painted under one of our names; none while hidden. */
export function paintedRanges(name: string): readonly AbstractRange[] {
  return paintedHighlights().find((p) => p.name === name)?.ranges ?? [];
}
