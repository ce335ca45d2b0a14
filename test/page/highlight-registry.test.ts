// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ClaimLabel } from '../../analyzer/types';
import {
  clearHighlights,
  FLASH_HIGHLIGHT,
  HIGHLIGHT_NAMES,
  highlightsSupported,
  paintedHighlights,
  paintedRanges,
  paintHighlights,
  reassertHighlights,
} from '../../page/highlight-registry';
import { FakeHighlight, FakeRegistry, installFakeHighlights, paragraphRange, removeFakeHighlights } from './fake-highlights';

let reg: FakeRegistry;

beforeEach(() => {
  reg = installFakeHighlights(new FakeRegistry());
  document.body.replaceChildren();
});
afterEach(() => {
  clearHighlights();
  removeFakeHighlights();
});

/** Our registry entries as `name → range texts`, to compare at a glance. */
function entries(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of reg) out[name] = h instanceof FakeHighlight ? [...h].map((r) => (r as Range).toString()) : [String(h)];
  return out;
}

function paint(byLabel: Partial<Record<ClaimLabel, string[]>>): Map<ClaimLabel, Range[]> {
  const map = new Map(Object.entries(byLabel).map(([label, texts]) => [label as ClaimLabel, texts.map(paragraphRange)]));
  paintHighlights(map);
  return map;
}

describe('paintHighlights', () => {
  test('one highlight per label under our names, one range per sentence', () => {
    expect(highlightsSupported()).toBe(true);
    paint({ unattributed: ['One.', 'Two.'], hedged: ['Maybe three.'], vague: ['Some say four.'] });
    expect(entries()).toEqual({
      'unsourced-unattributed': ['One.', 'Two.'],
      'unsourced-hedged': ['Maybe three.'],
      'unsourced-vague': ['Some say four.'],
    });
  });

  test.each<[string, Partial<Record<ClaimLabel, string[]>>, string[]]>([
    ['attributed claims only when asked for', { unattributed: ['One.'], attributed: ['She said so.'] }, ['unsourced-unattributed', 'unsourced-attributed']],
    ['no attributed claims by default', { unattributed: ['One.'] }, ['unsourced-unattributed']],
    ['a label with no range has no entry', { unattributed: ['One.'], hedged: [] }, ['unsourced-unattributed']],
  ])('%s', (_name, byLabel, names) => {
    paint(byLabel);
    expect([...reg.keys()]).toEqual(names);
  });

  test('a new paint replaces the ranges and drops the labels it no longer has', () => {
    paint({ unattributed: ['Old.'], vague: ['Some say.'] });
    paint({ unattributed: ['New.'] });
    expect(entries()).toEqual({ 'unsourced-unattributed': ['New.'] });
  });
});

describe('a page that meddles with our names gets ours back on the next paint', () => {
  test.each<[string, () => void]>([
    ['it deletes our entry', () => reg.delete('unsourced-unattributed')],
    ['it clears the whole registry', () => reg.clear()],
    ['it registers its own highlight under our name', () => reg.set('unsourced-unattributed', new FakeHighlight())],
    ['it registers a highlight under a name of ours we do not paint', () => reg.set('unsourced-hedged', new FakeHighlight())],
  ])('%s', (_name, meddle) => {
    reg.set('page-own', 'kept');
    paint({ unattributed: ['One.'] });
    meddle();
    expect(reassertHighlights()).toBe(true);
    expect(reg.get('unsourced-unattributed')).toBe(paintedHighlights()[0]!.highlight);
    const { 'page-own': _theirs, ...ourNames } = entries();
    expect(ourNames).toEqual({ 'unsourced-unattributed': ['One.'] });
  });
});

describe('paintedRanges', () => {
  test('gives the ranges painted under one of our names, and none for a name not painted', () => {
    const { vague } = Object.fromEntries(paint({ vague: ['Some say.'] }));
    expect(paintedRanges(HIGHLIGHT_NAMES.vague)).toEqual(vague);
    expect(paintedRanges(HIGHLIGHT_NAMES.hedged)).toEqual([]);
  });
});

describe('clearHighlights', () => {
  test('removes our names, the flash included, and nothing else', () => {
    reg.set('someone-else', 'kept');
    paint({ unattributed: ['One.'], hedged: ['Perhaps.'], attributed: ['She said.'] });
    reg.set(FLASH_HIGHLIGHT, new FakeHighlight());
    clearHighlights();
    expect([...reg.keys()]).toEqual(['someone-else']);
    expect(paintedHighlights()).toEqual([]);
  });
});

describe('without the CSS Custom Highlight API', () => {
  test.each<[string, () => void]>([
    ['no CSS at all', () => removeFakeHighlights()],
    ['CSS without highlights', () => ((globalThis as { CSS?: unknown }).CSS = { escape: (s: string) => s })],
    ['no Highlight constructor', () => delete (globalThis as { Highlight?: unknown }).Highlight],
  ])('%s: every call reports false and does nothing', (_name, remove) => {
    remove();
    expect(highlightsSupported()).toBe(false);
    expect(paintHighlights(new Map([['unattributed', [paragraphRange('x')]]]))).toBe(false);
    expect(reassertHighlights()).toBe(false);
    expect(() => clearHighlights()).not.toThrow();
    expect(reg.size).toBe(0);
  });
});
