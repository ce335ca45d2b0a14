import JSDOMParser from '@mozilla/readability/JSDOMParser';
import { articleFromReadability, readArticle, type ExtractOptions, type ExtractResult } from '../page/extract-article';
import { LIVE_INDEX_ATTRIBUTE } from '../page/stamp-live-indexes';

export interface ExtractHtmlOptions extends Pick<ExtractOptions, 'charThreshold' | 'maxElemsToParse' | 'minWords'> {
  /** The page's address: the base of relative links (a <base> in the markup takes precedence). */
  url: string | null;
  /**
   * The markup is well-formed (XMLSerializer's output): JSDOMParser reads nothing else right, so
   * anything else is refused rather than misread.
   */
  wellFormed: boolean;
}

/**
 * The article in a page given as markup, found without any DOM: JSDOMParser (Readability's own pure
 * JavaScript parser, what Firefox's Reader View runs in a worker) builds the copy, every element is
 * stamped with its index in document order (`liveIndex`: the same index in the page the markup was
 * serialized from), then Readability and the block walker run on it as they do on a live clone.
 * Throws past `maxElemsToParse`, as Readability does.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions): ExtractResult {
  if (!options.wellFormed) throw new Error('extractHtml: JSDOMParser needs well-formed markup (XMLSerializer output)');
  const doc = new JSDOMParser().parse(html, options.url ?? undefined) as unknown as Document;
  const elements = doc.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) elements[i]!.setAttribute(LIVE_INDEX_ATTRIBUTE, String(i));
  dropEditableAreas(elements);
  return articleFromReadability(readArticle(doc, options), doc, options.url, doc.baseURI || options.url || '', options.minWords ?? 1);
}

/**
 * What a reader is typing is never highlighted, so it is not counted either (page/extract-article.ts
 * does the same on a live clone): each editable area's outermost root is removed. JSDOMParser has no
 * `closest`, so the nearest `contenteditable` up the tree decides, as the browser resolves it.
 */
function dropEditableAreas(elements: ArrayLike<Element>): void {
  const roots: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    // JSDOMParser answers undefined for a missing attribute
    if (el.getAttribute('contenteditable') == null || !editable(el)) continue;
    let outer = true;
    for (let up = el.parentNode as Element | null; up && up.nodeType === 1; up = up.parentNode as Element | null) {
      if (up.getAttribute('contenteditable') != null && editable(up)) outer = false;
    }
    if (outer) roots.push(el);
  }
  for (const root of roots) root.parentNode?.removeChild(root);
}

/** Whether `el` is in an editable area: the nearest element with a valid `contenteditable` decides. */
function editable(el: Element): boolean {
  for (let at: Element | null = el; at && at.nodeType === 1; at = at.parentNode as Element | null) {
    const value = at.getAttribute('contenteditable')?.toLowerCase();
    if (value === '' || value === 'true' || value === 'plaintext-only') return true;
    if (value === 'false') return false;
  }
  return false;
}
