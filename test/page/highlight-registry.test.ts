// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clearHighlights, HIGHLIGHT_NAMES, paintHighlights, paintedRanges, setHighlightsVisible } from '../../page/highlight-registry';
import { hitTest } from '../../page/hit-test';

// jsdom has no CSS Custom Highlight API: a small in-memory registry and Highlight stand in, so the
// code path is the one the browser runs (painting itself is checked end to end in real browsers).
class FakeHighlight {
  ranges: AbstractRange[];
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
  add(r: AbstractRange) {
    this.ranges.push(r);
  }
}

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
let reg: Map<string, unknown>;

beforeEach(() => {
  reg = new Map();
  g.CSS = { highlights: reg };
  g.Highlight = FakeHighlight;
  document.body.replaceChildren();
});
afterEach(() => {
  clearHighlights();
  delete g.CSS;
  delete g.Highlight;
});

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}

describe('highlight registry', () => {
  test('one highlight per label under our names, one range per sentence; empty labels not registered', () => {
    const a = rangeOver('One.');
    const b = rangeOver('Two.');
    const c = rangeOver('Three.');
    expect(paintHighlights(new Map([['unattributed', [a, b]], ['hedged', [c]]]))).toBe(true);
    expect((reg.get('unsourced-unattributed') as FakeHighlight).ranges).toEqual([a, b]);
    expect((reg.get('unsourced-hedged') as FakeHighlight).ranges).toEqual([c]);
    expect(reg.has('unsourced-vague')).toBe(false);
  });

  test('a page that deletes our entries or takes our names gets ours back on the next paint', () => {
    const a = rangeOver('One.');
    paintHighlights(new Map([['unattributed', [a]]]));
    reg.clear();
    reg.set('unsourced-hedged', 'the page\'s own');
    paintHighlights(new Map([['unattributed', [a]]]));
    expect((reg.get('unsourced-unattributed') as FakeHighlight).ranges).toEqual([a]);
    expect(reg.has('unsourced-hedged')).toBe(false);
  });

  test('hiding removes our entries and keeps the ranges; clearing removes only our names', () => {
    const a = rangeOver('One.');
    reg.set('someone-else', 'kept');
    paintHighlights(new Map([['vague', [a]]]));
    setHighlightsVisible(false);
    expect(reg.has(HIGHLIGHT_NAMES.vague)).toBe(false);
    expect(paintedRanges(HIGHLIGHT_NAMES.vague)).toEqual([]);
    setHighlightsVisible(true);
    expect(reg.has(HIGHLIGHT_NAMES.vague)).toBe(true);
    clearHighlights();
    expect([...reg.keys()]).toEqual(['someone-else']);
  });

  test('without the API it reports false and does nothing', () => {
    delete g.CSS;
    expect(paintHighlights(new Map([['unattributed', [rangeOver('x')]]]))).toBe(false);
  });
});

describe('hit test (line boxes; the browser path is checked end to end)', () => {
  test('the range whose line box holds the point, flagged labels first; none over plain text', () => {
    const a = rangeOver('First claim.');
    const b = rangeOver('Second claim.');
    const box = (l: number, t: number) => ({ left: l, top: t, right: l + 100, bottom: t + 20, width: 100, height: 20, x: l, y: t, toJSON: () => ({}) });
    a.getClientRects = () => [box(0, 0)] as unknown as DOMRectList;
    b.getClientRects = () => [box(0, 40)] as unknown as DOMRectList;
    paintHighlights(new Map([['vague', [a]], ['unattributed', [b]]]));
    const ids = new Map<AbstractRange, number>([[a, 3], [b, 7]]);
    expect(hitTest(10, 10, ids)).toBe(3);
    expect(hitTest(10, 50, ids)).toBe(7);
    expect(hitTest(10, 30, ids)).toBeNull();
    setHighlightsVisible(false);
    expect(hitTest(10, 10, ids)).toBeNull();
  });
});
