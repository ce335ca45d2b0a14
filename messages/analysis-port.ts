import { BLOCK_KINDS, BLOCK_ROLES, type Article } from '../analyzer/types';
import { hasExactKeys, isBoundedArray, isBoundedString, isCount, isOneOf, isRecord } from './field-guards';
import {
  MAX_ARTICLE_BLOCKS,
  MAX_ARTICLE_CHARS,
  MAX_ARTICLE_LINK_CHARS,
  MAX_ARTICLE_LINKS,
  MAX_LANGUAGE_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';
import type { CompactAnalysis } from './compact-analysis';

/**
 * The connection (`runtime.connect`) a content script opens to have an article analysed by the
 * background, whose analyzer stays compiled and warm from page to page (a content script's runs cold,
 * every page). Opened as soon as the page passes the reader-able check, so that a background that was
 * asleep starts, warms its analyzer and sets the connection up while the page extracts its article;
 * then one `AnalyzeRequest` goes over it and one `AnalyzeResponse` comes back.
 */
export const ANALYSIS_PORT = 'unsourced:analysis';

/**
 * Content script → background, over an ANALYSIS_PORT connection: the article the page's Readability
 * found. Blocks carry `kind`, `text`, `links`, `liveIndex` and `role`; the article fits every MAX_ARTICLE_…
 * bound (page/analyse-article.ts cuts it to fit).
 */
export type AnalyzeRequest = { type: 'analyze'; article: Article };

/**
 * The background's answer to `analyze`, on the same connection (compact-analysis.ts); `failed` when it
 * refused the request or its analyzer threw (the page does not ask again: it would fail the same way).
 */
export type AnalyzeResponse = { analysis: CompactAnalysis } | { failed: true };

/**
 * Content script → background, over an analysis connection: `analyze` with an article within every MAX_ARTICLE_… bound. Each
 * list's length is checked before it is walked, and the running totals stop the walk as soon as one
 * is passed, so a hostile message costs at most one pass over what the bounds allow.
 */
export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  return isRecord(message) && hasExactKeys(message, ['type', 'article']) && message.type === 'analyze' && isRequestArticle(message.article);
}

function isRequestArticle(a: unknown): a is Article {
  if (!isRecord(a) || !hasExactKeys(a, ['title', 'blocks'], ['lang', 'url'])) return false;
  if (!(a.title === null || isBoundedString(a.title, MAX_TITLE_CHARS))) return false;
  if (!(a.lang === undefined || a.lang === null || isBoundedString(a.lang, MAX_LANGUAGE_CHARS))) return false;
  if (!(a.url === undefined || a.url === null || isBoundedString(a.url, MAX_URL_CHARS))) return false;
  if (!isBoundedArray(a.blocks, MAX_ARTICLE_BLOCKS)) return false;
  const left = { chars: MAX_ARTICLE_CHARS, links: MAX_ARTICLE_LINKS, linkChars: MAX_ARTICLE_LINK_CHARS };
  for (const block of a.blocks) if (!isRequestBlock(block, left)) return false;
  return true;
}

function isRequestBlock(b: unknown, left: { chars: number; links: number; linkChars: number }): boolean {
  if (!isRecord(b) || !hasExactKeys(b, ['kind', 'text'], ['links', 'liveIndex', 'role'])) return false;
  if (!isOneOf(b.kind, BLOCK_KINDS) || !isBoundedString(b.text, left.chars)) return false;
  if (b.role !== undefined && !isOneOf(b.role, BLOCK_ROLES)) return false;
  left.chars -= b.text.length;
  if (b.liveIndex !== undefined && !isCount(b.liveIndex)) return false;
  if (b.links === undefined) return true;
  if (!isBoundedArray(b.links, left.links)) return false;
  left.links -= b.links.length;
  const length = b.text.length;
  for (const link of b.links) {
    if (!isRecord(link) || !hasExactKeys(link, ['start', 'end', 'href'])) return false;
    if (!isCount(link.start) || !isCount(link.end) || link.start > link.end || link.end > length) return false;
    if (!isBoundedString(link.href, left.linkChars)) return false;
    left.linkChars -= link.href.length;
  }
  return true;
}
