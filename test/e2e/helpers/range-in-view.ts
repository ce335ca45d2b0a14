import type { Page } from 'playwright-core';
import type { HighlightName } from './highlight-names';

/** Whether the highlighted range whose text starts with `prefix` is inside the viewport now. */
export async function rangeInView(page: Page, name: HighlightName, prefix: string): Promise<boolean> {
  return page.evaluate(
    ({ name, prefix }) => {
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (!range.toString().replace(/\s+/g, ' ').trim().startsWith(prefix)) continue;
        const rect = range.getBoundingClientRect();
        return rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
      }
      return false;
    },
    { name, prefix },
  );
}
