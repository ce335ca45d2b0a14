import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../analyzer/types';
import { extractArticle } from '../page/extract-article';
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
    const result = extractArticle(dom.window.document, { url, minWords: MIN_ARTICLE_WORDS });
    if (!result.ok) throw new InputError(result.message);
    return result.article;
  } finally {
    dom.window.close();
  }
}
