import { BLOCK_KINDS, BLOCK_ROLES, type Analysis, type Article } from '../analyzer/types';
import { hasExactKeys, isBoundedArray, isBoundedString, isCount, isOneOf, isRecord } from './field-guards';
import {
  MAX_HTML_PART_CHARS,
  MAX_ARTICLE_BLOCKS,
  MAX_ARTICLE_CHARS,
  MAX_ARTICLE_LINK_CHARS,
  MAX_ARTICLE_LINKS,
  MAX_LANGUAGE_CHARS,
  MAX_REPORT_TOKEN_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';
import type { CompactAnalysis } from './compact-analysis';

/**
 * The connection (`runtime.connect`) a content script opens to have its page read by the background,
 * which parses, extracts and analyses off the page's main thread, with an analyzer that stays compiled
 * and warm from page to page. Opened as soon as the page passes the reader-able check, so that a
 * background that was asleep starts and warms up while the page serializes itself; then the document
 * goes over it as `HtmlPart`s, in order, one `AnalyzeRequest` closes it, and one `AnalyzeResponse`
 * comes back.
 */
export const ANALYSIS_PORT = 'unsourced:analysis';

/** Content script → background: the next piece of the serialized document (XMLSerializer output, in slices). */
export type HtmlPart = { type: 'html'; part: string };

/**
 * Content script → background, after the last part: read the `parts` received as one document at
 * `url` (the base of its relative links).
 */
export type AnalyzeRequest = { type: 'analyze'; url: string | null; parts: number };

/**
 * Why the background found no article: Readability's reasons, a page past MAX_ELEMS_TO_PARSE, or
 * nested deeper than a browser builds (the page checks that first; the copy is checked again).
 */
export type NoArticleReason = 'not-readable' | 'no-text' | 'too-short' | 'too-many-elements' | 'too-deep';
export const NO_ARTICLE_REASONS: readonly NoArticleReason[] = ['not-readable', 'no-text', 'too-short', 'too-many-elements', 'too-deep'];

/** Set when only the start of the article is analysed; the popup says so ("first N paragraphs"). */
export type Truncation = { analysedBlocks: number; totalBlocks: number } | null;

/**
 * The background's answer, on the same connection: the article it found (blocks with their text and
 * `liveIndex`, the locator of their element in the page; no links, the page needs none), the
 * analysis without the texts the article already carries (compact-analysis.ts), and the token of the
 * popup's report, which the background built from this answer and holds until the page says what it
 * painted (content-to-background.ts `painted`); `noArticle` with the reason; `failed` when it refused
 * the request or threw (the page does not ask again: it would fail the same way).
 */
export type AnalyzeResponse = (ArticleReading & { report: string }) | NoReading;

/** What the background made of a page (background/analysis-service.ts), before it holds the report. */
export type Reading = (ArticleReading & { analysed: Analysis }) | NoReading;
/** `analysed`: the analyzer's own analysis, which the popup's report is built from; never sent. */
type ArticleReading = { article: Article; truncated: Truncation; analysis: CompactAnalysis };
type NoReading = { noArticle: NoArticleReason } | { failed: true };

/** An `html` part: a string of 1 to MAX_HTML_PART_CHARS characters. */
export function isHtmlPart(message: unknown): message is HtmlPart {
  return isRecord(message) && hasExactKeys(message, ['type', 'part']) && message.type === 'html' && isBoundedString(message.part, MAX_HTML_PART_CHARS, 1);
}

/** The `analyze` that ends a request. */
export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  return (
    isRecord(message) &&
    hasExactKeys(message, ['type', 'url', 'parts']) &&
    message.type === 'analyze' &&
    (message.url === null || isBoundedString(message.url, MAX_URL_CHARS)) &&
    isCount(message.parts, 1)
  );
}

/**
 * The background's answer, checked on the page for the shape it reads, so that a background of
 * another version (mid-update) fails the run instead of throwing in it; expandAnalysis checks the
 * sentences' offsets against the article's blocks.
 */
export function isAnalyzeResponse(message: unknown): message is AnalyzeResponse {
  if (!isRecord(message)) return false;
  if (hasExactKeys(message, ['failed'])) return message.failed === true;
  if (hasExactKeys(message, ['noArticle'])) return isOneOf(message.noArticle, NO_ARTICLE_REASONS);
  if (!hasExactKeys(message, ['article', 'truncated', 'analysis', 'report']) || !isBoundedString(message.report, MAX_REPORT_TOKEN_CHARS, 1)) return false;
  if (!isArticle(message.article) || !isTruncation(message.truncated)) return false;
  const a = message.analysis;
  return isRecord(a) && Array.isArray(a.sentences) && Array.isArray(a.sources) && isRecord(a.totals);
}

function isTruncation(t: unknown): t is Truncation {
  return t === null || (isRecord(t) && hasExactKeys(t, ['analysedBlocks', 'totalBlocks']) && isCount(t.analysedBlocks) && isCount(t.totalBlocks));
}

/**
 * An article within every MAX_ARTICLE_… bound. Each list's length is checked before it is walked, and
 * the running totals stop the walk as soon as one is passed, so a hostile message costs at most one
 * pass over what the bounds allow.
 */
export function isArticle(a: unknown): a is Article {
  if (!isRecord(a) || !hasExactKeys(a, ['title', 'blocks'], ['lang', 'url', 'canonicalUrl'])) return false;
  if (!(a.title === null || isBoundedString(a.title, MAX_TITLE_CHARS))) return false;
  if (!(a.lang === undefined || a.lang === null || isBoundedString(a.lang, MAX_LANGUAGE_CHARS))) return false;
  if (!(a.url === undefined || a.url === null || isBoundedString(a.url, MAX_URL_CHARS))) return false;
  if (!(a.canonicalUrl === undefined || a.canonicalUrl === null || isBoundedString(a.canonicalUrl, MAX_URL_CHARS))) return false;
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
