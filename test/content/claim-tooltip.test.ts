// @vitest-environment jsdom
import '../components/jsdom-text-encoder';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Sentence } from '../../analyzer/types';
import { ClaimTooltip } from '../../content/claim-tooltip';

const sentence = (start: number, label: Sentence['label'] = 'unattributed'): Sentence =>
  ({ start, end: start + 10, text: 'The port is closed.', label, reasons: [{ code: 'no-source' }], source: null }) as Sentence;

/** A range whose one line sits at `top` (jsdom lays nothing out). */
function rangeAt(top: number): Range {
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const line = { left: 100, top, right: 500, bottom: top + 20, width: 400, height: 20, x: 100, y: top };
  range.getClientRects = () => [line] as unknown as DOMRectList;
  range.getBoundingClientRect = () => line as DOMRect;
  return range;
}

const hosts = () => document.querySelectorAll('unsourced-tooltip');
const host = () => hosts()[0] as HTMLElement | undefined;
const card = () => host()?.shadowRoot?.querySelector('.uns-card');

let ctx: ContentScriptContext;
let tooltip: ClaimTooltip;
beforeEach(() => {
  document.body.textContent = 'The port is closed.';
  ctx = new ContentScriptContext('content');
  tooltip = new ClaimTooltip(ctx);
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('ClaimTooltip', () => {
  test('shows one card, in one host under <html> and outside <body>, above the hovered line', () => {
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    tooltip.show(sentence(30, 'hedged'), rangeAt(400), 150, 410);
    expect(hosts()).toHaveLength(1);
    expect(host()!.parentElement).toBe(document.documentElement);
    expect(document.body.contains(host()!)).toBe(false);
    expect(host()!.hasAttribute('data-open')).toBe(true);
    expect(host()!.shadowRoot!.querySelectorAll('.uns-card')).toHaveLength(1);
    expect(card()!.getAttribute('data-label')).toBe('hedged');
    expect(card()!.getAttribute('role')).toBe('tooltip');
    // jsdom measures the card as 0 × 0: its bottom edge is the line's top less the 10 px gap
    expect(host()!.style.getPropertyValue('--uns-x')).toBe('100px');
    expect(host()!.style.getPropertyValue('--uns-y')).toBe('390px');
  });

  test('hide closes it; hideSoon waits, and the pointer on the card keeps it', () => {
    vi.useFakeTimers();
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    tooltip.hideSoon();
    vi.advanceTimersByTime(100);
    expect(host()!.hasAttribute('data-open')).toBe(true);
    host()!.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(1000);
    expect(host()!.hasAttribute('data-open')).toBe(true);
    host()!.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(300);
    expect(host()!.hasAttribute('data-open')).toBe(false);
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    tooltip.hide();
    expect(host()!.hasAttribute('data-open')).toBe(false);
  });

  test('contains the host, not the page', () => {
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    expect(tooltip.contains(host()!)).toBe(true);
    expect(tooltip.contains(document.body)).toBe(false);
    expect(tooltip.contains(null)).toBe(false);
  });

  test('a click or key press in the card never reaches the page', () => {
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    const heard = vi.fn();
    document.addEventListener('click', heard);
    document.addEventListener('keydown', heard);
    card()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    card()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    document.removeEventListener('click', heard);
    document.removeEventListener('keydown', heard);
    expect(heard).not.toHaveBeenCalled();
  });

  test('a host the page removed is put back, still one', () => {
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    host()!.remove();
    tooltip.show(sentence(30), rangeAt(400), 150, 410);
    expect(hosts()).toHaveLength(1);
    expect(host()!.hasAttribute('data-open')).toBe(true);
  });

  test('an invalidated context (extension reloaded) takes the host away and shows nothing more', () => {
    tooltip.show(sentence(0), rangeAt(400), 150, 410);
    ctx.abort();
    expect(hosts()).toHaveLength(0);
    tooltip.show(sentence(30), rangeAt(400), 150, 410);
    expect(hosts()).toHaveLength(0);
  });
});
