import isProbablyReaderable from '@mozilla/readability/Readability-readerable';

/** How many of the page's first paragraphs the quick look reads. */
const FIRST_PARAGRAPHS = 40;

/**
 * Readability's `isProbablyReaderable`, the same answer at a fraction of the cost on a long page. It
 * adds up a score over the page's `p`, `pre` and `article` elements and says yes once the sum passes
 * its threshold; each element adds zero or more, so whatever says yes for some of those elements says
 * yes for all of them. The quick look asks it first of the first FIRST_PARAGRAPHS paragraphs alone, and
 * only when that is not enough, of the whole page. What it spares: an `<article>` comes before its
 * paragraphs, and its text is the whole article's (50 ms for the 5 MB hostile article in Chromium,
 * one long task); and the set it builds of every candidate on a page with `<br>`s in `<div>`s. A page
 * with neither is asked directly; one that has them and is not an article pays for at most
 * FIRST_PARAGRAPHS paragraphs more.
 */
export function probablyReaderable(doc: Document): boolean {
  // Without an <article> or a <br> in a <div>, the check reads the paragraphs in order and stops at
  // its yes anyway: a first look would only read the first ones twice on a page that is not an article.
  if (doc.querySelector('article, div > br') === null) return isProbablyReaderable(doc);
  const candidates = doc.querySelectorAll('p, pre');
  const first: Element[] = [];
  for (let i = 0; i < candidates.length && i < FIRST_PARAGRAPHS; i++) first.push(candidates[i]!);
  // Only the query whose answer it knows a part of: any other query gets no element (a part of its answer too).
  const someParagraphs = { querySelectorAll: (selector: string) => (selector === 'p, pre, article' ? first : []) };
  return isProbablyReaderable(someParagraphs as unknown as Document) || isProbablyReaderable(doc);
}
