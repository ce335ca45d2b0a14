// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flashRange, FLASH_MS } from '../../page/flash-range';
import { FLASH_HIGHLIGHT } from '../../page/highlight-registry';
import { scrollToRange } from '../../page/scroll-to-range';
import { FakeHighlight, FakeRegistry, installFakeHighlights, paragraphRange, removeFakeHighlights } from './fake-highlights';

// jsdom lays nothing out: the range's box, the window's size and the media query are stubbed, so these
// tests check where we ask the browser to scroll, not the scrolling.

let reg: FakeRegistry;
let reduceMotion: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  reg = installFakeHighlights(new FakeRegistry());
  document.body.replaceChildren();
  reduceMotion = false;
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  window.matchMedia = vi.fn((query: string) => ({ matches: query.includes('reduce') && reduceMotion }) as MediaQueryList);
  window.scrollBy = vi.fn() as typeof window.scrollBy;
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
  removeFakeHighlights();
});

function laidOut(range: Range, top: number, height: number): Range {
  range.getBoundingClientRect = () => ({ top, height, bottom: top + height, left: 0, right: 300, width: 300 }) as DOMRect;
  return range;
}

describe('scrollToRange', () => {
  test.each<[string, boolean, ScrollBehavior]>([
    ['smoothly', false, 'smooth'],
    ['at once when the reader asks for reduced motion', true, 'instant'],
  ])('centres the claim in the window, %s', (_name, reduce, behavior) => {
    reduceMotion = reduce;
    scrollToRange(laidOut(paragraphRange('A claim.'), 1500, 40));
    expect(window.scrollBy).toHaveBeenCalledWith({ top: 1500 + 20 - 400, behavior });
  });

  test('a claim inside a scrolling box: the box scrolls it to its middle, the window brings the box', () => {
    const box = document.createElement('main');
    box.style.overflowY = 'auto';
    Object.defineProperties(box, { scrollHeight: { value: 5000 }, clientHeight: { value: 600 }, clientTop: { value: 0 } });
    box.getBoundingClientRect = () => ({ top: 100, height: 600 }) as DOMRect;
    box.scrollBy = vi.fn() as typeof box.scrollBy;
    document.body.append(box);
    const p = document.createElement('p');
    p.textContent = 'A claim deep in the box.';
    box.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    scrollToRange(laidOut(range, 2000, 20));
    expect(box.scrollBy).toHaveBeenCalledWith({ top: 2010 - 400, behavior: 'smooth' });
    expect(window.scrollBy).toHaveBeenCalledWith({ top: 400 - 400, behavior: 'smooth' });
  });

  test('a range with no layout: its element is scrolled into the middle', () => {
    const range = paragraphRange('Hidden claim.');
    const p = range.startContainer as HTMLElement;
    p.scrollIntoView = vi.fn();
    scrollToRange(range);
    expect(p.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
  });

  test('flashes the claim, and still scrolls where the browser has no highlights', () => {
    const range = laidOut(paragraphRange('A claim.'), 900, 20);
    scrollToRange(range);
    expect([...(reg.get(FLASH_HIGHLIGHT) as FakeHighlight)]).toEqual([range]);
    removeFakeHighlights();
    expect(() => scrollToRange(range)).not.toThrow();
    expect(window.scrollBy).toHaveBeenCalledTimes(2);
  });

  test('leaves the page\'s DOM as it was', () => {
    const range = laidOut(paragraphRange('A claim.'), 900, 20);
    const before = new XMLSerializer().serializeToString(document);
    scrollToRange(range);
    vi.runAllTimers();
    expect(new XMLSerializer().serializeToString(document)).toBe(before);
  });
});

describe('flashRange', () => {
  test('paints the range above the labels for a moment', () => {
    const range = paragraphRange('A claim.');
    expect(flashRange(range)).toBe(true);
    const flash = reg.get(FLASH_HIGHLIGHT) as FakeHighlight;
    expect([...flash]).toEqual([range]);
    expect(flash.priority).toBeGreaterThan(0);
    vi.advanceTimersByTime(FLASH_MS - 1);
    expect(reg.has(FLASH_HIGHLIGHT)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(reg.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  test('a second flash replaces the first, and the first one\'s timer leaves it alone', () => {
    const first = paragraphRange('First.');
    const second = paragraphRange('Second.');
    flashRange(first);
    vi.advanceTimersByTime(FLASH_MS / 2);
    flashRange(second);
    vi.advanceTimersByTime(FLASH_MS / 2 + 1);
    expect([...(reg.get(FLASH_HIGHLIGHT) as FakeHighlight)]).toEqual([second]);
    vi.advanceTimersByTime(FLASH_MS);
    expect(reg.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  test('an aborted signal ends the flash at once; an already aborted one paints nothing', () => {
    const controller = new AbortController();
    flashRange(paragraphRange('A claim.'), { signal: controller.signal });
    controller.abort();
    expect(reg.has(FLASH_HIGHLIGHT)).toBe(false);
    expect(flashRange(paragraphRange('Another.'), { signal: controller.signal })).toBe(false);
    expect(reg.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  test('a page that took the name by the end keeps it', () => {
    flashRange(paragraphRange('A claim.'));
    reg.set(FLASH_HIGHLIGHT, 'the page\'s own');
    vi.advanceTimersByTime(FLASH_MS);
    expect(reg.get(FLASH_HIGHLIGHT)).toBe('the page\'s own');
  });
});
