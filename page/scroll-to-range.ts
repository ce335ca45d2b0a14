import { flashRange, type FlashOptions } from './flash-range';

/**
 * Brings a claim to the middle of its scroll box and flashes it, without touching the page's DOM.
 * Smooth unless the reader asked for reduced motion. Articles inside a scrolling container (some
 * single-page sites scroll a <main>, not the window) are scrolled there, and the window after.
 */
export function scrollToRange(range: Range, win: Window = window, options: FlashOptions = {}): void {
  const doc = win.document;
  const behavior: ScrollBehavior = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
  const anchor = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  // jsdom ranges have no layout methods.
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (!rect || (!rect.width && !rect.height)) {
    // Nothing laid out (a collapsed or hidden range): its element is the best guess.
    anchor?.scrollIntoView?.({ block: 'center', behavior });
  } else {
    const middle = rect.top + rect.height / 2;
    const box = scrollBoxOf(anchor, win, doc);
    if (box) {
      const frame = box.getBoundingClientRect();
      const boxMiddle = frame.top + box.clientTop + box.clientHeight / 2;
      box.scrollBy({ top: middle - boxMiddle, behavior });
      // Where the claim will sit once the box has scrolled: its middle, brought to the window's.
      win.scrollBy({ top: boxMiddle - win.innerHeight / 2, behavior });
    } else {
      win.scrollBy({ top: middle - win.innerHeight / 2, behavior });
    }
  }
  flashRange(range, options);
}

/** The nearest ancestor that scrolls its own content vertically, below the document's scroller. */
function scrollBoxOf(el: Element | null, win: Window, doc: Document): Element | null {
  for (let e = el; e && e !== doc.body && e !== doc.documentElement; e = e.parentElement) {
    if (e.scrollHeight <= e.clientHeight) continue;
    const overflow = win.getComputedStyle(e).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return e;
  }
  return null;
}
