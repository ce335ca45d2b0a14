import type { Article } from '../analyzer/types';
import type { Truncation } from '../messages/analysis-port';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, MAX_ARTICLE_LINK_CHARS, MAX_ARTICLE_LINKS, MAX_LANGUAGE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../messages/limits';

/**
 * The article as the background analyses it and sends it back to the page: its first blocks, as many as fit every bound (blocks,
 * characters, links and the characters of their addresses; a block is never cut in the middle), a
 * title cut to its bound, and no language hint or address longer than one can be.
 */
export function limitArticle(extracted: Article): { article: Article; truncated: Truncation } {
  const article: Article = {
    title: extracted.title === null ? null : extracted.title.slice(0, MAX_TITLE_CHARS),
    lang: extracted.lang && extracted.lang.length <= MAX_LANGUAGE_CHARS ? extracted.lang : null,
    url: extracted.url && extracted.url.length <= MAX_URL_CHARS ? extracted.url : null,
    ...(extracted.canonicalUrl && extracted.canonicalUrl.length <= MAX_URL_CHARS ? { canonicalUrl: extracted.canonicalUrl } : {}),
    blocks: extracted.blocks,
  };
  let chars = 0;
  let links = 0;
  let linkChars = 0;
  let n = 0;
  for (const b of article.blocks) {
    const blockLinks = b.links ?? [];
    let hrefChars = 0;
    for (const l of blockLinks) hrefChars += l.href.length;
    if (
      n >= MAX_ARTICLE_BLOCKS ||
      chars + b.text.length > MAX_ARTICLE_CHARS ||
      links + blockLinks.length > MAX_ARTICLE_LINKS ||
      linkChars + hrefChars > MAX_ARTICLE_LINK_CHARS
    ) {
      break;
    }
    chars += b.text.length;
    links += blockLinks.length;
    linkChars += hrefChars;
    n++;
  }
  if (n === article.blocks.length) return { article, truncated: null };
  return { article: { ...article, blocks: article.blocks.slice(0, n) }, truncated: { analysedBlocks: n, totalBlocks: article.blocks.length } };
}
