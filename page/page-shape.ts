const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/**
 * Documents that hold a page's text. A text/plain file is shown in a <pre> and read like any page; an
 * XML file is shown by the browser's own viewer, whose markup is not the file's text.
 */
const TEXT_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/**
 * Deeper than the HTML parser ever nests (it stops at 512): only script builds such a tree. Readability
 * reads each element's whole subtree text, so its time grows with elements × depth: 5,000 nested
 * elements take it over 30 s.
 */
export const MAX_DEPTH = 512;

/** Below this much text, what a shadow root holds is a widget, not an article (Readability's own threshold). */
const SHADOW_TEXT_CHARS = 500;
/** Frames that cover this much of the viewport are the page's content, not an ad or a tracker. */
const FRAME_VIEWPORT_SHARE = 0.3;
/** Elements looked at, at most, when explaining why a page has no article. */
const MAX_ELEMENTS_WALKED = 60_000;

/** An SVG image, an XML feed or other data opened as a page: no HTML body to read. */
export function notHtml(doc: Document): boolean {
  const root = doc.documentElement;
  return !TEXT_TYPES.has(doc.contentType) || !root || root.namespaceURI !== XHTML_NS || !doc.body;
}

/**
 * `deeperThan(doc.documentElement, max)` asked of the browser's selector engine: a chain of `max + 1`
 * child combinators matches only an element that deep. In a content script every element a script walks
 * gets a wrapper of the isolated world's own, which made the walk the largest part of a page's check
 * (5 ms at the median of 121 real articles); the engine walks no wrapper. A DOM whose engine refuses
 * so long a selector is walked.
 */
export function nestedDeeperThan(doc: Document, max: number): boolean {
  try {
    return doc.querySelector(`:root${'>*'.repeat(max + 1)}`) !== null;
  } catch {
    return deeperThan(doc.documentElement, max);
  }
}

/** Whether any element sits more than `max` levels below `root`. One walk, stopped as soon as one does. */
export function deeperThan(root: Element, max: number): boolean {
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    if (depth > max) return true;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return false;
}

/**
 * A better reason than "no article body" when the page's shape tells where its text is: inside open
 * shadow roots (web components, which Readability cannot see into) or in frames (the content script
 * runs in the top frame only). Only asked of pages with no article, so its walk costs nothing elsewhere.
 */
export function whereTheTextIs(doc: Document): 'shadow-dom' | 'frames' | null {
  if (shadowText(doc) >= SHADOW_TEXT_CHARS) return 'shadow-dom';
  return framesCoverViewport(doc) ? 'frames' : null;
}

/** The characters of text inside the document's open shadow roots (nested ones too). */
function shadowText(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const roots: ParentNode[] = [body];
  let chars = 0;
  let walked = 0;
  for (let root = roots.pop(); root && walked < MAX_ELEMENTS_WALKED; root = roots.pop()) {
    const elements = root.querySelectorAll('*');
    for (let i = 0; i < elements.length && walked < MAX_ELEMENTS_WALKED; i++, walked++) {
      const shadow = elements[i]!.shadowRoot;
      if (!shadow) continue;
      chars += visibleTextLength(shadow);
      roots.push(shadow);
    }
  }
  return chars;
}

/** Text in a shadow root outside its <style> and <script> elements. */
function visibleTextLength(root: ShadowRoot): number {
  let chars = 0;
  for (const node of root.childNodes) {
    if (node.nodeType === 3) chars += node.textContent?.trim().length ?? 0;
    else if (node.nodeType === 1 && !['style', 'script', 'template'].includes((node as Element).localName)) {
      chars += node.textContent?.trim().length ?? 0;
    }
  }
  return chars;
}

/** A frameset, or frames that together cover a good part of the viewport. */
function framesCoverViewport(doc: Document): boolean {
  if (doc.querySelector('frameset')) return true;
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  if (width <= 0 || height <= 0) return false;
  let covered = 0;
  for (const frame of doc.querySelectorAll('iframe, frame, object, embed')) {
    const r = frame.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, width) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, height) - Math.max(r.top, 0));
    covered += w * h;
  }
  return covered >= FRAME_VIEWPORT_SHARE * width * height;
}
