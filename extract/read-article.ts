import { Readability } from '@mozilla/readability';
import type { Article } from '../analyzer/types';
import { blocksFromContent } from '../page/blocks-from-content';
import { isEditable } from '../page/editable';
import { stampLiveIndexes } from '../page/stamp-live-indexes';

export interface ExtractOptions {
  /** The page's URL when `doc.URL` is not it (a document built from a string). */
  url?: string | null;
  /** Readability's minimum article length in characters (its default is 500). */
  charThreshold?: number;
  /** Give up on pages with more elements than this (Readability throws; 0 means no limit). */
  maxElemsToParse?: number;
  /** Content with fewer words than this is no article (a login form, a bare menu). Default 1. */
  minWords?: number;
}

export type NoArticleReason = 'not-readable' | 'no-text' | 'too-short';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: NoArticleReason; message: string };

/**
 * Readability and the block cutter on a document the caller owns and gives up: it is stamped, its
 * editable areas are removed and Readability rearranges it. Every block keeps the index of its element
 * in the document's `getElementsByTagName('*')` as it was given (`liveIndex`). `baseUrl` resolves
 * the links (the document's own `<base>` already applied).
 */
export function readArticle(doc: Document, baseUrl: string, options: ExtractOptions): ExtractResult {
  const title = doc.title;
  const lang = doc.documentElement?.getAttribute('lang');
  // A saved page has lost its address (file:, about:): the canonical address it declares tells links
  // to its own site from links to others (TAXONOMY rule 5).
  const given = options.url ?? null;
  const declared = declaredUrl(doc);
  const url = given && /^https?:/i.test(given) ? given : declared ?? given;
  const elements = stampLiveIndexes(doc);
  // Readability counts with getElementsByTagName('*'), which not every DOM implements: counted here
  if (options.maxElemsToParse && elements > options.maxElemsToParse) {
    throw new Error(`Aborting parsing document; ${elements} elements found`);
  }
  dropEditableAreas(doc);
  const parsed = new Readability<Element>(doc, {
    // The content element itself, not an HTML string: its stamps and links are read directly.
    serializer: (el) => el as Element,
    // Class names say what furniture is (a caption, a related link): blocksFromContent reads them.
    keepClasses: true,
    charThreshold: options.charThreshold,
    maxElemsToParse: options.maxElemsToParse,
  }).parse();
  if (!parsed?.content) {
    return { ok: false, reason: 'not-readable', message: 'no article found: Readability found no readable content in the page' };
  }
  const blocks = blocksFromContent(parsed.content, baseUrl);
  if (blocks.length === 0) {
    return { ok: false, reason: 'no-text', message: 'no article found: the page\'s main content has no text' };
  }
  const minWords = options.minWords ?? 1;
  const words = countWords(blocks.map((b) => b.text), minWords);
  if (words < minWords) {
    return {
      ok: false,
      reason: 'too-short',
      message: `no article found: the page's main content is only ${words} word${words === 1 ? '' : 's'} long`,
    };
  }
  return {
    ok: true,
    article: {
      title: nonEmpty(parsed.title) ?? nonEmpty(title),
      lang: nonEmpty(parsed.lang) ?? nonEmpty(lang),
      url,
      ...(declared && declared !== url ? { canonicalUrl: declared } : {}),
      blocks,
    },
  };
}

/**
 * What a reader is typing (a comment box, an editor) is not the article: it is never highlighted, so it
 * is not counted either. Removed, outermost areas first.
 */
function dropEditableAreas(doc: Document): void {
  for (const el of doc.querySelectorAll('[contenteditable]')) {
    if (el.isConnected && isEditable(el) && !(el.parentElement && isEditable(el.parentElement))) el.remove();
  }
}

/** The page's own address as it declares it: `<link rel="canonical">`, else `og:url`; http(s) only. */
function declaredUrl(doc: Document): string | null {
  const candidates: (string | null | undefined)[] = [];
  for (const link of doc.querySelectorAll('link[rel]')) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) candidates.push(link.getAttribute('href'));
  }
  for (const meta of doc.querySelectorAll('meta[property]')) {
    if ((meta.getAttribute('property') ?? '').toLowerCase() === 'og:url') candidates.push(meta.getAttribute('content'));
  }
  for (const c of candidates) {
    const value = c?.trim();
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return null;
}

/** Counts words up to `limit`: a long article is not counted through. */
function countWords(texts: string[], limit: number): number {
  let count = 0;
  for (const text of texts) {
    const word = /\S+/g;
    while (count < limit && word.exec(text)) count++;
    if (count >= limit) break;
  }
  return count;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
