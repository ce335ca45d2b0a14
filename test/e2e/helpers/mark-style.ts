import type { Frame, Page } from 'playwright-core';

/** How a mark is drawn: the properties the page's `::highlight()` rules set. */
export interface MarkStyle {
  line: string;
  style: string;
  color: string;
  thickness: string;
  offset: string;
  background: string;
}

/** The computed look of each `.uns-mark` found by `selector` (inside open shadow roots too), by label. */
export async function markStyles(page: Page | Frame, selector = '.uns-mark'): Promise<Record<string, MarkStyle>> {
  return page.evaluate((selector) => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      found.push(...root.querySelectorAll(selector));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    const styles: Record<string, unknown> = {};
    for (const el of found) {
      const s = getComputedStyle(el);
      styles[el.getAttribute('data-label') ?? ''] = {
        line: s.textDecorationLine,
        style: s.textDecorationStyle,
        color: s.textDecorationColor,
        thickness: s.textDecorationThickness,
        offset: s.textUnderlineOffset,
        background: s.backgroundColor,
      };
    }
    return styles as Record<string, MarkStyle>;
  }, selector);
}
