import { highlightApi } from './highlight-api';
import { paintedHighlights } from './highlight-registry';

interface Caret {
  node: Node;
  offset: number;
}

/**
 * The sentence whose painted range is under a viewport point, or null. `ids` maps each range to its
 * sentence. Where the browser has `CSS.highlights.highlightsFromPoint`, it says which of our highlights
 * (and, in current builds, which ranges) are painted there; the caret under the point, then the ranges'
 * line boxes, choose among the rest.
 */
export function hitTest(x: number, y: number, ids: ReadonlyMap<AbstractRange, number>, doc: Document = document): number | null {
  const layers = paintedHighlights();
  if (layers.length === 0) return null;
  const hits = highlightApi()?.fromPoint(x, y) ?? null;
  if (hits) {
    for (const layer of layers) {
      const hit = hits.find((h) => h.highlight !== null && h.highlight === layer.highlight);
      if (!hit) continue;
      for (const range of hit.ranges ?? []) {
        const id = ids.get(range);
        if (id !== undefined) return id;
      }
      const id = choose(layer.ranges, ids, x, y, doc, true);
      if (id !== null) return id;
    }
    // The browser paints none of ours there: plain text, or a page's own highlight.
    return null;
  }
  return choose(layers.flatMap((l) => l.ranges), ids, x, y, doc, false);
}

/**
 * Picks the range under the point among candidates. `painted`: the browser confirmed one of them is
 * painted there. Otherwise the caret alone is not enough — beside the end of a line it snaps to the
 * line's last character — so a line box must hold the point too.
 */
function choose(
  candidates: readonly AbstractRange[],
  ids: ReadonlyMap<AbstractRange, number>,
  x: number,
  y: number,
  doc: Document,
  painted: boolean,
): number | null {
  const known = candidates.filter((r) => ids.has(r));
  const caret = caretAt(doc, x, y);
  if (caret) {
    const under = known.filter((r) => holdsPoint(r, caret));
    if (painted && under.length === 1) return ids.get(under[0]!)!;
    // Two ranges that touch both hold a caret between them; the line boxes settle it.
    const boxed = under.find((r) => boxesHold(r, x, y) !== false);
    if (boxed) return ids.get(boxed)!;
    // The caret landed outside the candidates (an image, a form control): only line boxes can tell,
    // and only for the few ranges the browser already vouched for.
    if (!painted || under.length > 0) return null;
  }
  // No caret API: the line boxes of every candidate.
  const boxed = known.find((r) => boxesHold(r, x, y) === true);
  return boxed ? ids.get(boxed)! : null;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p?.offsetNode ? { node: p.offsetNode, offset: p.offset } : null;
  }
  // Chromium before 128 and Safari: the non-standard form.
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function holdsPoint(range: AbstractRange, caret: Caret): boolean {
  const live = range as Partial<Range>;
  if (typeof live.isPointInRange !== 'function') return false;
  try {
    return live.isPointInRange(caret.node, caret.offset);
  } catch {
    // A caret in another document or a doctype.
    return false;
  }
}

/** Whether one of the range's line boxes holds the point; null where the range has no layout API. */
function boxesHold(range: AbstractRange, x: number, y: number): boolean | null {
  const live = range as Partial<Range>;
  if (typeof live.getClientRects !== 'function') return null;
  const rects = live.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
