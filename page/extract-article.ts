import { readArticle, type ExtractOptions, type ExtractResult } from '../extract/read-article';

export type { ExtractOptions, ExtractResult, NoArticleReason } from '../extract/read-article';

/**
 * Finds the article in a live page without touching it: Readability runs on a clone, whose elements
 * are listed in the same order as the live document's, so every block's `liveIndex` leads back to the
 * live element.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? urlOf(doc);
  const clone = doc.cloneNode(true) as Document;
  return readArticle(clone, doc.baseURI || url || '', { ...options, url });
}

/** A document built without a URL reports `about:blank`, which is no page's address. */
function urlOf(doc: Document): string | null {
  return doc.URL && doc.URL !== 'about:blank' ? doc.URL : null;
}
