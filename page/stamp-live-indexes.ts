/** The attribute that carries an element's index in the live document's `getElementsByTagName('*')`. */
export const LIVE_INDEX_ATTRIBUTE = 'data-unsourced-i';

/**
 * Stamps every element of `doc` with its index in tree order and returns how many there are. A deep
 * clone, or a parse of the live document's serialization, lists its elements in the same order as the
 * live document, so the stamp leads back to the live element after Readability has moved, renamed
 * (h1 → h2, div → p) or dropped nodes. A walk rather than `getElementsByTagName('*')`, which linkedom
 * does not implement; iterative, for pages nested thousands deep.
 */
export function stampLiveIndexes(doc: Document): number {
  const root = doc.documentElement;
  let index = 0;
  let el: Element | null = root;
  while (el) {
    el.setAttribute(LIVE_INDEX_ATTRIBUTE, String(index++));
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return index;
}
