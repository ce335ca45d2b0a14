import { HIGHLIGHT_NAMES, paintedRanges } from './highlight-registry';

type HighlightsFromPoint = (x: number, y: number) => { highlight: unknown; ranges?: AbstractRange[] }[];

// The most explicit label first: a point inside two overlapping claims explains the flagged one.
const ORDER = [HIGHLIGHT_NAMES.unattributed, HIGHLIGHT_NAMES.hedged, HIGHLIGHT_NAMES.vague, HIGHLIGHT_NAMES.attributed];

/**
 * The painted range under a point, or null. `CSS.highlights.highlightsFromPoint` (Chromium and Firefox)
 * narrows it to the ranges the browser really paints there; otherwise the ranges' line boxes decide.
 * `ids` maps each range back to its sentence.
 */
export function hitTest(x: number, y: number, ids: Map<AbstractRange, number>, doc: Document = document): number | null {
  const css = (globalThis as { CSS?: { highlights?: { highlightsFromPoint?: HighlightsFromPoint; get(n: string): unknown } } }).CSS;
  const fromPoint = css?.highlights?.highlightsFromPoint;
  if (fromPoint && css?.highlights) {
    const hits = fromPoint.call(css.highlights, x, y);
    for (const name of ORDER) {
      const ours = css.highlights.get(name);
      const hit = hits.find((h) => h.highlight === ours);
      if (!hit) continue;
      for (const r of hit.ranges ?? paintedRanges(name)) {
        const id = ids.get(r);
        if (id !== undefined && (hit.ranges || contains(r, x, y, doc))) return id;
      }
    }
    return null;
  }
  for (const name of ORDER) {
    for (const r of paintedRanges(name)) {
      const id = ids.get(r);
      if (id !== undefined && contains(r, x, y, doc)) return id;
    }
  }
  return null;
}

/** Whether the point lies on one of the range's line boxes (a caret check where the browser has one). */
export function contains(range: AbstractRange, x: number, y: number, doc: Document = document): boolean {
  if (!(range instanceof Range)) return false;
  const rects = range.getClientRects();
  let inside = false;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
      inside = true;
      break;
    }
  }
  if (!inside) return false;
  // The caret under the point settles the edges of a line box (a claim ending mid-line).
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const caret = d.caretPositionFromPoint?.(x, y);
  if (!caret) return true;
  try {
    return range.isPointInRange(caret.offsetNode, caret.offset);
  } catch {
    return true;
  }
}
