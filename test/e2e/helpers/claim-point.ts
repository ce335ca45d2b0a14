import type { Page } from 'playwright-core';
import type { HighlightName } from './highlight-names';

export interface ClaimPoint {
  x: number;
  y: number;
  /** The highlighted sentence. */
  text: string;
}

/**
 * Scrolls the `index`-th range of a highlight to the middle of the viewport and returns a point on
 * its first line, where a reader's pointer would rest on the claim.
 */
export async function claimPoint(page: Page, name: HighlightName, index = 0): Promise<ClaimPoint> {
  const point = await page.evaluate(
    ({ name, index }) => {
      const abstract = [...(CSS.highlights.get(name) ?? [])][index];
      if (!abstract) return null;
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const start = range.startContainer;
      (start instanceof Element ? start : start.parentElement)?.scrollIntoView({ block: 'center' });
      const line = [...range.getClientRects()].find((rect) => rect.width > 4 && rect.height > 4);
      if (!line) return null;
      return { x: line.left + Math.min(line.width / 2, 60), y: line.top + line.height / 2, text: range.toString() };
    },
    { name, index },
  );
  if (!point) throw new Error(`no visible range ${index} in highlight ${name}`);
  return point;
}
