/** A box in viewport coordinates, as `getBoundingClientRect` gives it. */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlaceOptions {
  /** Between the line and the card. */
  gap?: number;
  /** Kept free between the card and each edge of the viewport. */
  margin?: number;
}

/**
 * Where a card of `card` size goes beside one `line` of a claim, in a `viewport` (top-left corner):
 * above the line, aligned with its start; below it when there is no room above; when neither side has
 * room, on the side with more, moved into view. It never covers the line while either side has room,
 * and never leaves the viewport (less `margin`) unless it is larger than the viewport.
 */
export function placeCard(line: Edges, card: Size, viewport: Size, { gap = 10, margin = 8 }: PlaceOptions = {}): { x: number; y: number } {
  const above = line.top - gap - card.height;
  const below = line.bottom + gap;
  const lowest = viewport.height - margin - card.height;
  let y: number;
  if (above >= margin) y = above;
  else if (below <= lowest) y = below;
  // no room on either side: the side with more, shifted in, even over the line
  else y = line.top - margin > viewport.height - margin - line.bottom ? above : below;
  return { x: clamp(line.left, margin, viewport.width - margin - card.width), y: clamp(y, margin, lowest) };
}

/** `value` within [min, max]; `min` wins when they cross (a card larger than the viewport keeps its start in view). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
