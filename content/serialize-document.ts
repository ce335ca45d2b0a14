import { MAX_HTML_CHARS, MAX_HTML_PART_CHARS } from '../messages/limits';
import { measureSince } from '../page/perf-marks';
import { SLICE_MS, yieldToPage } from '../page/yield-to-page';

/** What a slice gathers before sending it, characters (a part is at most MAX_HTML_PART_CHARS). */
const SEND_AT_CHARS = 16_384;
/** An element with more elements than this below it is opened and its children serialized one by one. */
const BIG_SUBTREE = 600;

export type SerializeOutcome = 'done' | 'too-large' | 'moot';

export interface SerializeOptions {
  /** Asked between slices: a run overtaken meanwhile stops there. */
  current: () => boolean;
  /** Waits for the next task, so that the page's own work (input, scrolling, painting) runs between slices. */
  nextTask?: () => Promise<void>;
  maxChars?: number;
}

const XML = new XMLSerializer();
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The document as well-formed markup (XMLSerializer's, which the background parses with linkedom),
 * handed to `emit` in parts of at most MAX_HTML_PART_CHARS, in slices of about SLICE_MS each, measured
 * as `unsourced:serialize`. A small subtree is serialized whole, by the browser's own serializer; a
 * big one is opened (its start tag written here), its children queued in order, and its end tag after
 * them, so that a huge page is never one long task. The elements come out in document order, one for
 * one, so an element's index in the parsed copy is its index in this page (the block locators).
 * Past `maxChars` it stops: 'too-large'. The page is only read, never changed (no node is cloned:
 * cloning a custom element would run the page's own constructor).
 */
export async function serializeDocument(doc: Document, emit: (part: string) => void, options: SerializeOptions): Promise<SerializeOutcome> {
  const maxChars = options.maxChars ?? MAX_HTML_CHARS;
  const nextTask = options.nextTask ?? yieldToPage;
  const root = doc.documentElement;
  // a closing tag is queued as its string
  const queue: (Node | string)[] = root ? [root] : [];
  let total = 0;
  while (queue.length > 0) {
    const started = performance.now();
    let out = '';
    // Sent as it grows, inside the slice: the sending is part of what a slice may spend.
    const send = () => {
      for (let at = 0; at < out.length; at += MAX_HTML_PART_CHARS) emit(out.slice(at, at + MAX_HTML_PART_CHARS));
      out = '';
    };
    do {
      const item = queue.pop()!;
      let piece: string;
      if (typeof item === 'string') {
        piece = item;
      } else if (item.nodeType !== 1) {
        piece = XML.serializeToString(item);
      } else {
        const el = item as Element;
        const name = el.namespaceURI === HTML_NAMESPACE ? el.localName : el.nodeName;
        if (el.matches(CODE)) {
          piece = `${startTag(el, name)}</${name}>`;
        } else if (el.getElementsByTagName('*').length > BIG_SUBTREE || el.querySelector(CODE) !== null) {
          piece = startTag(el, name);
          queue.push(`</${name}>`);
          for (let child = el.lastChild; child; child = child.previousSibling) queue.push(child);
        } else {
          piece = XML.serializeToString(el);
        }
      }
      total += piece.length;
      if (total > maxChars) {
        measureSince('serialize', started);
        return 'too-large';
      }
      out += piece;
      if (out.length >= SEND_AT_CHARS) send();
    } while (queue.length > 0 && performance.now() - started < SLICE_MS);
    send();
    measureSince('serialize', started);
    if (queue.length > 0) {
      await nextTask();
      if (!options.current()) return 'moot';
    }
  }
  return 'done';
}

/**
 * A script's code or a style sheet is often most of a news page's markup (three quarters of the
 * biggest pages of ../shared/corpus/readability: inline state, bundled CSS), and no reader of the copy
 * uses it: Readability drops both, and reads a script only for its JSON-LD metadata. So a subtree that
 * holds code is opened, and the code element written empty, never serialized by the browser: the
 * markup is `withoutCode` of XMLSerializer's (the elements stay, so the locators do not move), at a
 * fraction of the cost of serializing, counting and sending the code.
 */
const CODE = 'script:not(:empty):not([type="application/ld+json" i]), style:not(:empty)';

/** `<name a="v" …>` as XMLSerializer writes it (the parser in the background needs no namespaces). */
function startTag(el: Element, name: string): string {
  let tag = `<${name}`;
  for (const attr of el.attributes) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

const ATTRIBUTE_SPECIALS = /[&"<>]/g;
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(ATTRIBUTE_SPECIALS, (c) => ATTRIBUTE_ESCAPES[c]!);
