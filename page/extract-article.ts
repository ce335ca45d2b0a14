import { Readability } from '@mozilla/readability';
import type { Article } from '../analyzer/types';
import { blocksFromContent } from './blocks-from-content';
import { isEditable } from './editable';
import { stampLiveIndexes } from './stamp-live-indexes';

export interface ExtractOptions {
  /** The page's URL when `doc.URL` is not it (a jsdom document built from a string). */
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
 * Finds the article in a page, live or jsdom, without touching it: Readability runs on a stamped clone
 * and every block keeps the index of the live element it came from (`liveIndex`).
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const clone = doc.cloneNode(true) as Document;
  stampLiveIndexes(clone);
  dropEditableAreas(clone);
  const url = options.url ?? urlOf(doc);
  return articleFromReadability(readArticle(clone, options), doc, url, doc.baseURI || url || '', options.minWords ?? 1);
}

/** Readability on a stamped copy (a live clone, or JSDOMParser's), giving its content element. */
export function readArticle(copy: Document, options: Pick<ExtractOptions, 'charThreshold' | 'maxElemsToParse'>) {
  return new Readability<Element>(copy, {
    // The content element itself, not an HTML string: its stamps and links are read directly.
    serializer: (el) => el as Element,
    charThreshold: options.charThreshold,
    maxElemsToParse: options.maxElemsToParse,
  }).parse();
}

/**
 * Readability's result as an article: its content cut into blocks, with a title and a language, or
 * the reason there is none. Shared by the live clone (above) and the markup parsed in the background
 * (background/extract-html.ts).
 */
export function articleFromReadability(
  parsed: { content: Element | null | undefined; title?: string | null; lang?: string | null } | null,
  doc: Document,
  url: string | null,
  baseUrl: string,
  minWords: number,
): ExtractResult {
  if (!parsed?.content) {
    return { ok: false, reason: 'not-readable', message: 'no article found: Readability found no readable content in the page' };
  }
  const blocks = blocksFromContent(parsed.content, baseUrl);
  if (blocks.length === 0) {
    return { ok: false, reason: 'no-text', message: 'no article found: the page\'s main content has no text' };
  }
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
      title: nonEmpty(parsed.title) ?? nonEmpty(doc.title),
      lang: nonEmpty(parsed.lang) ?? nonEmpty(doc.documentElement?.getAttribute('lang')),
      url,
      blocks,
    },
  };
}

/**
 * What a reader is typing (a comment box, an editor) is not the article: it is never highlighted, so it
 * is not counted either. Removed from the clone, outermost areas first.
 */
function dropEditableAreas(clone: Document): void {
  for (const el of clone.querySelectorAll('[contenteditable]')) {
    if (el.isConnected && isEditable(el) && !(el.parentElement && isEditable(el.parentElement))) el.remove();
  }
}

/** A document built without a URL reports `about:blank`, which is no page's address. */
function urlOf(doc: Document): string | null {
  return doc.URL && doc.URL !== 'about:blank' ? doc.URL : null;
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
