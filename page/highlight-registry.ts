import type { ClaimLabel } from '../analyzer/types';

/** The names our highlights go by in the page's shared registry (CSS.highlights). */
export const HIGHLIGHT_NAMES: Record<ClaimLabel, string> = {
  unattributed: 'unsourced-unattributed',
  hedged: 'unsourced-hedged',
  vague: 'unsourced-vague',
  attributed: 'unsourced-attributed',
};
export const FLASH_HIGHLIGHT = 'unsourced-flash';

/** The parts of the CSS Custom Highlight API we use; absent in jsdom and old browsers. */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): unknown; priority: number };

function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  return css?.highlights ?? null;
}

function highlightCtor(): HighlightCtor | null {
  return ((globalThis as { Highlight?: HighlightCtor }).Highlight ?? null) as HighlightCtor | null;
}

export function highlightsSupported(): boolean {
  return !!registry() && !!highlightCtor();
}

// What we painted, kept so a page that deletes or replaces our entries gets ours back on the next paint.
let painted = new Map<string, AbstractRange[]>();
let visible = true;

/**
 * Paints one highlight per label, one range per sentence. Our own Highlight objects are set afresh
 * each time, so entries a page deleted, or replaced with its own under our names, are restored.
 * Returns false when the browser has no CSS Custom Highlight API.
 */
export function paintHighlights(byLabel: Map<ClaimLabel, Range[]>): boolean {
  painted = new Map();
  for (const label of Object.keys(HIGHLIGHT_NAMES) as ClaimLabel[]) {
    painted.set(HIGHLIGHT_NAMES[label], byLabel.get(label) ?? []);
  }
  return apply();
}

/** Hides or shows every highlight of ours without forgetting the ranges. */
export function setHighlightsVisible(show: boolean): boolean {
  visible = show;
  return apply();
}

/** Removes our highlights (and only ours) from the page's registry. */
export function clearHighlights(): void {
  painted = new Map();
  const reg = registry();
  if (!reg) return;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FLASH_HIGHLIGHT]) reg.delete(name);
}

/** The ranges currently painted under one of our names (for the hit test). */
export function paintedRanges(name: string): readonly AbstractRange[] {
  return visible ? painted.get(name) ?? [] : [];
}

function apply(): boolean {
  const reg = registry();
  const Ctor = highlightCtor();
  if (!reg || !Ctor) return false;
  for (const [name, ranges] of painted) {
    if (!visible || ranges.length === 0) {
      reg.delete(name);
      continue;
    }
    reg.set(name, new Ctor(...ranges));
  }
  return true;
}
