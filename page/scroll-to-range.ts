import { FLASH_HIGHLIGHT } from './highlight-registry';

const FLASH_MS = 1200;
let flashTimer: ReturnType<typeof setTimeout> | null = null;

/** Brings a claim to the middle of the view and flashes it, without touching the page's DOM. */
export function scrollToRange(range: Range, win: Window = window): void {
  const target = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const rect = range.getBoundingClientRect();
  if (rect.height || rect.width) {
    win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: reduce ? 'auto' : 'smooth' });
  } else {
    target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }
  const css = (globalThis as { CSS?: { highlights?: { set(n: string, h: unknown): unknown; delete(n: string): boolean } } }).CSS;
  const Ctor = (globalThis as { Highlight?: new (...r: AbstractRange[]) => unknown }).Highlight;
  if (!css?.highlights || !Ctor) return;
  css.highlights.set(FLASH_HIGHLIGHT, new Ctor(range));
  if (flashTimer) clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    css.highlights?.delete(FLASH_HIGHLIGHT);
    flashTimer = null;
  }, FLASH_MS);
}
