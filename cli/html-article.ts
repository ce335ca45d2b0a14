import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../analyzer/types';
import { extractArticle } from '../page/extract-article';
import { deeperThan, MAX_DEPTH } from '../page/page-shape';
import { InputError } from './input-error';
import { MIN_ARTICLE_WORDS } from './limits';
import { sniffHtmlCharset } from './sniff-html-charset';

/**
 * An HTML page's article, through the same `extractArticle` as the extension. jsdom gets the bytes,
 * not a string, so it honours `<meta charset>` and the HTTP `charset` itself.
 */
export function htmlArticle(bytes: Uint8Array, url: string, charset: string | null): Article {
  if (bytes.includes(0)) throw new InputError('binary data (it contains NUL bytes), not text or HTML');
  charset ??= sniffHtmlCharset(bytes);
  const dom = new JSDOM(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    url,
    contentType: charset ? `text/html; charset=${charset}` : 'text/html',
    // the page's CSS and script errors are not the user's concern
    virtualConsole: new VirtualConsole(),
  });
  try {
    // A browser's parser stops nesting at 512 levels, jsdom's does not: past that, Readability's time
    // grows with elements × depth (minutes for a few thousand levels), so such a file is refused.
    const root = dom.window.document.documentElement;
    if (root && deeperThan(root, MAX_DEPTH)) {
      throw new InputError(`the page's elements are nested too deeply (more than ${MAX_DEPTH} levels) to analyse`);
    }
    const result = extractArticle(dom.window.document, { url, minWords: MIN_ARTICLE_WORDS });
    if (!result.ok) throw new InputError(result.message);
    return result.article;
  } finally {
    dom.window.close();
  }
}
