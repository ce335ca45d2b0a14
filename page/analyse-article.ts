import type { Analysis, Article, ClaimLabel } from '../analyzer/types';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, MAX_ARTICLE_LINK_CHARS, MAX_ARTICLE_LINKS, MAX_LANGUAGE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../messages/limits';
import { extractArticle } from './extract-article';
import { locateSentences } from './locate-sentences';
import { mark, measure } from './perf-marks';

/** Readability gives up on pages with more elements than this instead of freezing the tab. */
const MAX_ELEMS_TO_PARSE = 60_000;

/** Set when only the start of the article is analysed; the popup says so ("first N paragraphs"). */
export type Truncation = { analysedBlocks: number; totalBlocks: number } | null;

export type ExtractStep = { ok: true; article: Article; truncated: Truncation } | { ok: false; reason: string };

const CLAIMS: ReadonlySet<string> = new Set<ClaimLabel>(['attributed', 'vague', 'hedged', 'unattributed']);

/**
 * The page side of a run, before the analysis: Readability on a clone of the page
 * (`unsourced:extract`), then the article cut to what the background accepts to analyse
 * (messages/analysis-port.ts). Built into the analysis chunk (entrypoints/analysis.ts),
 * which only article pages load.
 */
export function extractForAnalysis(doc: Document): ExtractStep {
  mark('extract');
  let extracted;
  try {
    extracted = extractArticle(doc, { url: doc.URL, maxElemsToParse: MAX_ELEMS_TO_PARSE });
  } catch (e) {
    // Readability throws past maxElemsToParse: a page this large is not read at all.
    measure('extract');
    return { ok: false, reason: e instanceof Error && /elements/i.test(e.message) ? 'too-many-elements' : 'extract-failed' };
  }
  measure('extract');
  if (!extracted.ok) return { ok: false, reason: extracted.reason };
  return { ok: true, ...limitArticle(extracted.article) };
}

/**
 * The page side of a run, after the analysis: one live range per claim sentence (not-claims are never
 * painted), keyed by sentence index. Starts `unsourced:highlight`, which the caller ends once the
 * ranges are painted.
 */
export function locateClaims(doc: Document, analysis: Analysis): Map<number, Range> {
  mark('highlight');
  const { located } = locateSentences(doc, analysis, (s) => CLAIMS.has(s.label));
  return new Map(located.map((l) => [l.id, l.range]));
}

/**
 * The article as an analysis request takes it: its first blocks, as many as fit every bound (blocks,
 * characters, links and the characters of their addresses; a block is never cut in the middle), a
 * title cut to its bound, and no language hint or address longer than one can be.
 */
export function limitArticle(extracted: Article): { article: Article; truncated: Truncation } {
  const article: Article = {
    title: extracted.title === null ? null : extracted.title.slice(0, MAX_TITLE_CHARS),
    lang: extracted.lang && extracted.lang.length <= MAX_LANGUAGE_CHARS ? extracted.lang : null,
    url: extracted.url && extracted.url.length <= MAX_URL_CHARS ? extracted.url : null,
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
