import type { Page } from 'playwright-core';
import { HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';

/**
 * The text under each range of the extension's highlights, white space folded, read in the page's own
 * world (one registry per document); ranges whose nodes left the page are left out.
 */
export async function paintedTexts(page: Page): Promise<Record<HighlightName, string[]>> {
  return page.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const name of names) {
      out[name] = [...(CSS.highlights.get(name) ?? [])]
        .filter((r) => r.startContainer.isConnected && r.endContainer.isConnected)
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString().replace(/\s+/g, ' ').trim();
        });
    }
    return out;
  }, [...HIGHLIGHT_NAMES]) as Promise<Record<HighlightName, string[]>>;
}

/** Painted ranges that start, end or run inside an element matching `selector`. */
export async function paintedInside(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    ({ names, selector }) => {
      const inside = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(selector) != null;
      const areas = [...document.querySelectorAll(selector)];
      let count = 0;
      for (const name of names) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (inside(r.startContainer) || inside(r.endContainer) || areas.some((a) => range.intersectsNode(a))) count++;
        }
      }
      return count;
    },
    { names: [...HIGHLIGHT_NAMES], selector },
  );
}
