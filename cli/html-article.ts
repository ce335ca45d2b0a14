import type { Article } from '../analyzer/types';
import { extractHtml } from '../extract/extract-html';
import { InputError } from './input-error';
import { MIN_ARTICLE_WORDS } from './limits';
import { sniffHtmlCharset } from './sniff-html-charset';

/**
 * An HTML page's article, through the same `extractHtml` as the extension's background. The bytes are
 * decoded here (the extraction never sees bytes): the HTTP `charset`, else the page's `<meta>`, else
 * UTF-8 when they are valid UTF-8, else windows-1252, as browsers do; a stray invalid byte becomes
 * U+FFFD, as in a browser.
 */
export function htmlArticle(bytes: Uint8Array, url: string, charset: string | null): Article {
  if (bytes.includes(0)) throw new InputError('binary data (it contains NUL bytes), not text or HTML');
  // an unknown label in the HTTP header is ignored, as browsers do
  const decoder = decoderFor(charset) ?? decoderFor(sniffHtmlCharset(bytes)) ?? new TextDecoder('windows-1252');
  const result = extractHtml(decoder.decode(bytes), { url, minWords: MIN_ARTICLE_WORDS });
  if (!result.ok) throw new InputError(result.message);
  return result.article;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
