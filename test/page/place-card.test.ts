import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { placeCard, type Edges } from '../../page/place-card';

const VIEWPORT = { width: 1000, height: 800 };
const CARD = { width: 300, height: 120 };
const line = (left: number, top: number, width = 400, height = 20): Edges => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard: where it goes', () => {
  test.each([
    { case: 'room above: above the line, at its start', line: line(100, 400), at: { x: 100, y: 400 - 10 - 120 } },
    { case: 'no room above: below the line', line: line(100, 60), at: { x: 100, y: 80 + 10 } },
    { case: 'a line near the right edge: shifted left into view', line: line(900, 400, 90), at: { x: 1000 - 8 - 300, y: 270 } },
    { case: 'a line starting left of the viewport: shifted right into view', line: line(-50, 400), at: { x: 8, y: 270 } },
    { case: 'exactly enough room above (margin 8)', line: line(100, 8 + 120 + 10), at: { x: 100, y: 8 } },
  ])('$case', ({ line, at }) => {
    expect(placeCard(line, CARD, VIEWPORT)).toEqual(at);
  });

  test('no room on either side: on the side with more room, kept in view', () => {
    const small = { width: 1000, height: 200 };
    // 80 px above the line, 100 px below it: below, moved up into view
    expect(placeCard(line(0, 80, 400, 20), CARD, small)).toEqual({ x: 8, y: 200 - 8 - 120 });
    // 100 px above, 80 px below: above, moved down into view
    expect(placeCard(line(0, 100, 400, 20), CARD, small)).toEqual({ x: 8, y: 8 });
  });

  test('a card larger than the viewport keeps its top-left corner in view', () => {
    expect(placeCard(line(50, 50), { width: 2000, height: 2000 }, VIEWPORT)).toEqual({ x: 8, y: 8 });
  });

  test('gap and margin can be set', () => {
    expect(placeCard(line(100, 400), CARD, VIEWPORT, { gap: 4, margin: 0 })).toEqual({ x: 100, y: 400 - 4 - 120 });
  });
});

describe('placeCard: properties', () => {
  const size = (max: number) => fc.integer({ min: 1, max });
  const scene = fc.record({
    viewport: fc.record({ width: fc.integer({ min: 200, max: 2000 }), height: fc.integer({ min: 200, max: 1500 }) }),
    card: fc.record({ width: size(600), height: size(600) }),
    left: fc.integer({ min: -500, max: 2500 }),
    top: fc.integer({ min: -500, max: 2000 }),
    width: size(800),
    height: size(60),
  });

  test('a card that fits in the viewport stays inside it (less the margin)', () => {
    fc.assert(
      fc.property(scene, ({ viewport, card, left, top, width, height }) => {
        fc.pre(card.width <= viewport.width - 16 && card.height <= viewport.height - 16);
        const { x, y } = placeCard(line(left, top, width, height), card, viewport);
        expect(x).toBeGreaterThanOrEqual(8);
        expect(y).toBeGreaterThanOrEqual(8);
        expect(x + card.width).toBeLessThanOrEqual(viewport.width - 8);
        expect(y + card.height).toBeLessThanOrEqual(viewport.height - 8);
      }),
    );
  });

  test('it never covers the hovered line when there is room above or below it', () => {
    fc.assert(
      fc.property(scene, ({ viewport, card, left, top, width, height }) => {
        const hovered = line(left, top, width, height);
        const roomAbove = hovered.top - 10 - card.height >= 8;
        const roomBelow = hovered.bottom + 10 + card.height <= viewport.height - 8;
        fc.pre(roomAbove || roomBelow);
        const { y } = placeCard(hovered, card, viewport);
        const clear = y + card.height <= hovered.top || y >= hovered.bottom;
        expect(clear, `card ${y}..${y + card.height}, line ${hovered.top}..${hovered.bottom}`).toBe(true);
      }),
    );
  });

  test('above the line whenever there is room above', () => {
    fc.assert(
      fc.property(scene, ({ viewport, card, left, top, width, height }) => {
        const hovered = line(left, top, width, height);
        fc.pre(hovered.top - 10 - card.height >= 8 && hovered.top <= viewport.height);
        expect(placeCard(hovered, card, viewport).y).toBe(hovered.top - 10 - card.height);
      }),
    );
  });
});
