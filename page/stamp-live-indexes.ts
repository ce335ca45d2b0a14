/** The attribute that carries an element's index in the live document's `getElementsByTagName('*')`. */
export const LIVE_INDEX_ATTRIBUTE = 'data-unsourced-i';

/**
 * Stamps every element of `clone` with its index in tree order. A deep clone lists its elements in the
 * same order as the live document, so the stamp leads back to the live element after Readability has
 * moved, renamed (h1 → h2, div → p) or dropped the clone's nodes.
 */
export function stampLiveIndexes(clone: Document): void {
  const elements = clone.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) {
    elements[i]!.setAttribute(LIVE_INDEX_ATTRIBUTE, String(i));
  }
}
