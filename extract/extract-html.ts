import { DOMParser } from 'linkedom';
import { deeperThan, MAX_DEPTH } from '../page/page-shape';
import { readArticle, type ExtractOptions, type ExtractResult } from './read-article';

export type { ExtractOptions, ExtractResult, NoArticleReason } from './read-article';

export interface ExtractHtmlOptions extends ExtractOptions {
  /** The page's address: relative links and `<base href>` resolve against it. */
  url: string | null;
  /**
   * The markup is a live document's `XMLSerializer` output (the extension's background): the text of
   * its scripts was escaped (`<` as `&lt;`), which an HTML parser does not undo in a script. Undone
   * here, so that Readability reads a page's JSON-LD metadata (its headline) as on the live page.
   */
  wellFormed?: boolean;
}

/** No article, and no DOM either: nested deeper than any browser's parser builds. */
export type TooDeep = { ok: false; reason: 'too-deep'; message: string };

export type ExtractHtmlResult = ExtractResult | TooDeep;

/**
 * Finds the article in an HTML string, in the extension's background as in the CLI: linkedom parses
 * it (pure JavaScript, no Node API: it runs in a service worker), Readability reads it, and
 * `blocksFromContent` cuts it, with the same options as on a live page. Each block's `liveIndex` is the
 * index of its element in the parsed document's `getElementsByTagName('*')`: on a live page's
 * `XMLSerializer` output, the index of the live element. Chosen by measurement on 129 real pages
 * (docs/cli.md): the same blocks as jsdom on every page, the same liveIndex on every serialization,
 * at about a tenth of jsdom's time. Throws, as Readability does, past `maxElemsToParse` elements.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions): ExtractHtmlResult {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // A browser's parser stops nesting at 512 levels, htmlparser2 does not: past that, Readability's
  // time grows with elements × depth (minutes for a few thousand levels).
  const root = doc.documentElement;
  if (root && deeperThan(root, MAX_DEPTH)) {
    return { ok: false, reason: 'too-deep', message: `the page's elements are nested too deeply (more than ${MAX_DEPTH} levels) to analyse` };
  }
  emptyTemplates(doc);
  if (options.wellFormed) unescapeScripts(doc);
  // An HTML document lowercases the names it creates, linkedom's does not: Readability's new `DIV`s
  // would be no block to `blocksFromContent`, and their text would lose its liveIndex.
  const createElement = doc.createElement.bind(doc);
  doc.createElement = ((name: string, opts?: ElementCreationOptions) => createElement(name.toLowerCase(), opts)) as Document['createElement'];
  const baseUrl = baseUrlOf(doc, options.url);
  // linkedom gives `<base href>` unresolved and no documentURI: Readability resolves links with them
  Object.defineProperty(doc, 'baseURI', { value: baseUrl, configurable: true });
  Object.defineProperty(doc, 'documentURI', { value: options.url ?? '', configurable: true });
  return readArticle(doc, baseUrl, options);
}

/**
 * A browser keeps a `<template>`'s markup in a fragment of its own, outside the document's elements;
 * linkedom keeps it as children, which would shift every later `liveIndex` and offer Readability
 * text no reader sees. Inert markup: dropped.
 */
function emptyTemplates(doc: Document): void {
  for (const template of doc.querySelectorAll('template')) {
    while (template.firstChild) template.firstChild.remove();
  }
}

const XML_TEXT_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** A script's text as it was before `XMLSerializer` escaped it (it escapes only these three in text). */
function unescapeScripts(doc: Document): void {
  for (const script of doc.querySelectorAll('script')) {
    const text = script.textContent ?? '';
    if (text.includes('&')) script.textContent = text.replace(/&(?:lt|gt|amp);/g, (entity) => XML_TEXT_ENTITIES[entity]!);
  }
}

/** The page's first `<base href>` resolved against its address, as a browser does; else the address. */
function baseUrlOf(doc: Document, url: string | null): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, url ?? undefined).href;
    } catch {
      // an unparsable <base> is ignored by browsers too
    }
  }
  return url ?? '';
}
