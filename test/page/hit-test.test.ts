// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ClaimLabel } from '../../analyzer/types';
import type { HighlightHit } from '../../page/highlight-api';
import { clearHighlights, paintedHighlights, paintHighlights } from '../../page/highlight-registry';
import { hitTest } from '../../page/hit-test';
import { FakeHighlight, FakeRegistry, FakeRegistryWithHitTest, installFakeHighlights, paragraphRange, removeFakeHighlights } from './fake-highlights';

// jsdom lays nothing out: line boxes and the caret under a point are stubbed, so these tests check
// how the hit test chooses, not what the browser measures.

type Box = [left: number, top: number, right: number, bottom: number];

function boxes(range: Range, ...list: Box[]): Range {
  range.getClientRects = vi.fn(() => list.map(([left, top, right, bottom]) => ({ left, top, right, bottom })) as unknown as DOMRectList);
  return range;
}

/** The caret the browser would put under any point. */
function caretAt(node: Node | null, offset = 0, api: 'caretPositionFromPoint' | 'caretRangeFromPoint' = 'caretPositionFromPoint'): void {
  const value =
    api === 'caretPositionFromPoint'
      ? () => (node ? { offsetNode: node, offset } : null)
      : () => {
          if (!node) return null;
          const r = document.createRange();
          r.setStart(node, offset);
          return r;
        };
  Object.defineProperty(document, api, { value, configurable: true });
}

let a: Range;
let b: Range;
let c: Range;
let ids: Map<AbstractRange, number>;

/** Three claims: a and b on lines 0-20 and 40-60 (b wraps to a second line box), c unknown to `ids`. */
function setUp(registry: FakeRegistry): void {
  installFakeHighlights(registry);
  document.body.replaceChildren();
  a = boxes(paragraphRange('First claim.'), [0, 0, 100, 20]);
  b = boxes(paragraphRange('Second claim, on two lines.'), [0, 40, 200, 60], [0, 60, 80, 80]);
  c = boxes(paragraphRange('Not ours to explain.'), [0, 100, 100, 120]);
  ids = new Map<AbstractRange, number>([[a, 3], [b, 7]]);
  paintHighlights(new Map([['vague', [a]], ['unattributed', [b, c]]]));
}

function ours(label: ClaimLabel): unknown {
  return paintedHighlights().find((p) => p.label === label)!.highlight;
}

afterEach(() => {
  clearHighlights();
  removeFakeHighlights();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
});

describe('without highlightsFromPoint', () => {
  beforeEach(() => setUp(new FakeRegistry()));

  test.each<[string, number, number, number | null]>([
    ['a point on a claim\'s line box', 10, 10, 3],
    ['a point on the second line box of a wrapped claim', 50, 70, 7],
    ['a point between two claims', 10, 30, null],
    ['a point beside the end of a wrapped line', 150, 70, null],
    ['a point on a range no sentence owns', 10, 110, null],
  ])('no caret API, line boxes decide: %s', (_name, x, y, id) => {
    expect(hitTest(x, y, ids)).toBe(id);
  });

  test.each(['caretPositionFromPoint', 'caretRangeFromPoint'] as const)('the caret (%s) picks the range, its line box confirms it', (api) => {
    caretAt(b.startContainer.firstChild, 4, api);
    expect(hitTest(50, 45, ids)).toBe(7);
  });

  test('a caret snapped to the end of a line, beside it, is no hit', () => {
    caretAt(b.startContainer.firstChild, 27);
    expect(hitTest(150, 70, ids)).toBeNull();
  });

  test('a caret outside every claim settles it without measuring one line box', () => {
    const plain = document.createTextNode('plain text');
    document.body.append(plain);
    caretAt(plain, 2);
    expect(hitTest(10, 10, ids)).toBeNull();
    expect(a.getClientRects).not.toHaveBeenCalled();
    expect(b.getClientRects).not.toHaveBeenCalled();
  });
});

describe('with highlightsFromPoint', () => {
  let answer: HighlightHit[] | unknown[];
  beforeEach(() => {
    answer = [];
    setUp(new FakeRegistryWithHitTest(() => answer));
  });

  test('the ranges the browser names decide, with no caret or line box', () => {
    answer = [{ highlight: ours('unattributed'), ranges: [b] }];
    expect(hitTest(999, 999, ids)).toBe(7);
    expect(b.getClientRects).not.toHaveBeenCalled();
  });

  test('the most explicit label first when two of ours are under the point', () => {
    answer = [{ highlight: ours('vague'), ranges: [a] }, { highlight: ours('unattributed'), ranges: [b] }];
    expect(hitTest(0, 0, ids)).toBe(7);
  });

  test('a bare highlight (early builds): the caret picks among its ranges, no line box needed', () => {
    answer = [ours('unattributed')];
    caretAt(b.startContainer.firstChild, 3);
    expect(hitTest(999, 999, ids)).toBe(7);
  });

  test('a bare highlight and no caret: its ranges\' line boxes decide', () => {
    answer = [ours('unattributed')];
    expect(hitTest(50, 70, ids)).toBe(7);
  });

  test('a caret between two touching ranges of the highlight: line boxes settle it', () => {
    // One claim ends where the next starts, in the same text node.
    const text = document.createTextNode('One claim.Another claim.');
    document.body.append(text);
    const first = document.createRange();
    first.setStart(text, 0);
    first.setEnd(text, 10);
    const second = document.createRange();
    second.setStart(text, 10);
    second.setEnd(text, 24);
    boxes(first, [0, 200, 50, 220]);
    boxes(second, [50, 200, 120, 220]);
    ids.set(first, 11).set(second, 12);
    paintHighlights(new Map([['hedged', [first, second]]]));
    answer = [ours('hedged')];
    caretAt(text, 10);
    expect(hitTest(60, 210, ids)).toBe(12);
  });

  test.each<[string, () => unknown[]]>([
    ['nothing under the point', () => []],
    ['only a page\'s own highlight', () => [{ highlight: new FakeHighlight(a), ranges: [a] }]],
    ['a page\'s highlight registered under our name', () => [new FakeHighlight(a)]],
  ])('%s: no hit, whatever the caret and line boxes say', (_name, make) => {
    answer = make();
    caretAt(a.startContainer.firstChild, 2);
    expect(hitTest(10, 10, ids)).toBeNull();
  });
});
