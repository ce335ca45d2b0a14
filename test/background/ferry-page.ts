import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../page/extract-article';
import type { Article } from '../../analyzer/types';

export const PAGE = 'https://news.example.com/2026/05/ferries';

// A short news page of our own: a heading, a claim attributed with a link, a hedge, a bare claim.
const HTML = `<!DOCTYPE html><html lang="en"><head><title>Ferries are back</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferries are back on the lakes</h1>
<p>Ferries returned on Tuesday, <a href="https://harbour.example.org/">the harbour authority</a> said in a statement to reporters on the quay.</p>
<p>The storm reportedly damaged the old lighthouse on the island. Repairs will cost at least three million crowns, and the work will take the whole of the summer season.</p>
</article><footer>© Northwire</footer></body></html>`;

/** The page as a browser holds it (jsdom here), at its address. */
export function ferryDocument(): Document {
  return new JSDOM(HTML, { url: PAGE, virtualConsole: new VirtualConsole() }).window.document;
}

/** The page as the content script sends it: XMLSerializer's markup of the whole document. */
export function ferryMarkup(): string {
  const doc = ferryDocument();
  return new doc.defaultView!.XMLSerializer().serializeToString(doc);
}

/** The article Readability finds on the live page (page/extract-article.ts, what the CLI runs). */
export function ferryArticle(): Article {
  const result = extractArticle(ferryDocument());
  if (!result.ok) throw new Error(`the ferry page has no article: ${result.reason}`);
  return result.article;
}
