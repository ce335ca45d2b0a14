import type { Page } from 'playwright-core';
import { HIGHLIGHT_NAMES, type HighlightName } from './highlight-names';

/**
 * How many ranges each of the extension's highlights holds, read from the page's own world
 * (`CSS.highlights` is one registry per document); null for a name that is not registered.
 */
export async function highlightSizes(page: Page): Promise<Record<HighlightName, number | null>> {
  return page.evaluate(
    (names) => Object.fromEntries(names.map((name) => [name, CSS.highlights.get(name)?.size ?? null])),
    [...HIGHLIGHT_NAMES],
  ) as Promise<Record<HighlightName, number | null>>;
}

/** Ranges in the two highlights that the badge counts. */
export const unsourcedRanges = (sizes: Record<HighlightName, number | null>) =>
  (sizes['unsourced-unattributed'] ?? 0) + (sizes['unsourced-hedged'] ?? 0);

/** Every `unsourced-*` name in the page's registry (none must be left once switched off). */
export async function registeredUnsourcedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('unsourced-')));
}
