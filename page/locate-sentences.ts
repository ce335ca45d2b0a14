import type { Analysis, Block, Sentence } from '../analyzer/types';
import { TextMap, type TextSpan } from './text-map';

/** How a sentence was found: through its block, by its text in the block's element, or anywhere in the page. */
export type LocatedVia = 'block' | 'element' | 'page';

export interface LocatedSentence {
  /** The sentence's index in `analysis.sentences`, the id the popup and the hit test use. */
  id: number;
  sentence: Sentence;
  /** A live range over exactly the sentence's text; it may span several text nodes and elements. */
  range: Range;
  via: LocatedVia;
}

export interface LocateResult {
  /** In the order of `analysis.sentences`. */
  located: LocatedSentence[];
  /** Wanted sentences whose text is no longer on the page. */
  missing: number;
}

const EDGE_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
const INNER_SPACE = /[\t\n\f\r ]+/g;

/**
 * Finds each wanted sentence of an analysis on the live page and returns a DOM range over it, without
 * touching the page. A sentence is found through its block's live element (`liveIndex`); when the
 * stamp is lost or the page changed since the extraction, by its text in that element, then anywhere
 * in the body. One text map of the body serves every sentence.
 */
export function locateSentences(
  doc: Document,
  analysis: Pick<Analysis, 'blocks' | 'sentences'>,
  wanted: (sentence: Sentence, id: number) => boolean,
): LocateResult {
  const ids: number[] = [];
  analysis.sentences.forEach((s, id) => {
    if (wanted(s, id)) ids.push(id);
  });
  const root = doc.body ?? doc.documentElement;
  if (!root || ids.length === 0) return { located: [], missing: ids.length };

  const elements = liveElements(doc, analysis.blocks, ids.map((id) => analysis.sentences[id]!.block));
  const map = TextMap.build(root, new Set(elements.values()));
  const finder = new SentenceFinder(map, analysis.blocks, elements);
  const located: LocatedSentence[] = [];
  for (const id of ids) {
    const sentence = analysis.sentences[id]!;
    const hit = finder.find(sentence);
    const range = hit && rangeOf(doc, map, hit.start, hit.start + hit.length);
    if (hit && range) located.push({ id, sentence, range, via: hit.via });
  }
  return { located, missing: ids.length - located.length };
}

/** The live element each block points to, looked up in index order (cheap on a live HTMLCollection). */
function liveElements(doc: Document, blocks: readonly Block[], blockIndexes: number[]): Map<number, Element> {
  const all = doc.getElementsByTagName('*');
  const byLiveIndex = new Map<number, number[]>();
  for (const b of new Set(blockIndexes)) {
    const i = blocks[b]?.liveIndex;
    if (i === undefined || !Number.isInteger(i) || i < 0) continue;
    const list = byLiveIndex.get(i);
    if (list) list.push(b);
    else byLiveIndex.set(i, [b]);
  }
  const out = new Map<number, Element>();
  for (const i of [...byLiveIndex.keys()].sort((a, b) => a - b)) {
    const el = i < all.length ? all[i] : undefined;
    if (el) for (const b of byLiveIndex.get(i)!) out.set(b, el);
  }
  return out;
}

/** A part of the map's text searched in reading order: each search starts after the previous match. */
class Haystack {
  private cursor = 0;
  private readonly text: string;

  constructor(
    full: string,
    private readonly span: TextSpan,
  ) {
    this.text = full.slice(span.start, span.end);
  }

  /** The absolute offset of `needle`, after the cursor if it is there, else anywhere; -1 if absent. */
  find(needle: string): number {
    let at = this.text.indexOf(needle, this.cursor);
    if (at < 0 && this.cursor > 0) at = this.text.indexOf(needle);
    if (at < 0) return -1;
    this.cursor = at + needle.length;
    return this.span.start + at;
  }
}

interface Hit {
  start: number;
  length: number;
  via: LocatedVia;
}

class SentenceFinder {
  private readonly page: Haystack;
  private readonly haystacks = new Map<Element, Haystack | null>();
  /** Where each block was found in the map's text, or null when its element no longer holds it. */
  private readonly blockStarts = new Map<number, number | null>();

  constructor(
    private readonly map: TextMap,
    private readonly blocks: readonly Block[],
    private readonly elements: ReadonlyMap<number, Element>,
  ) {
    this.page = new Haystack(map.text, { start: 0, end: map.text.length });
  }

  find(sentence: Sentence): Hit | null {
    const text = foldSpace(sentence.text);
    if (!text) return null;
    const element = this.elements.get(sentence.block);
    const hay = element ? this.haystackOf(element) : null;
    if (hay) {
      const start = this.throughBlock(sentence, hay);
      if (start !== null) return { start, length: sentence.text.length, via: 'block' };
      const at = hay.find(text);
      if (at >= 0) return { start: at, length: text.length, via: 'element' };
    }
    const at = this.page.find(text);
    return at >= 0 ? { start: at, length: text.length, via: 'page' } : null;
  }

  /** The sentence's offset through its block's place in the element, when the block is there unchanged. */
  private throughBlock(sentence: Sentence, hay: Haystack): number | null {
    const block = this.blocks[sentence.block];
    if (!block || block.start === undefined) return null;
    const offset = sentence.start - block.start;
    if (offset < 0 || !block.text.startsWith(sentence.text, offset)) return null;
    let blockStart = this.blockStarts.get(sentence.block);
    if (blockStart === undefined) {
      const at = hay.find(block.text);
      blockStart = at >= 0 ? at : null;
      this.blockStarts.set(sentence.block, blockStart);
    }
    return blockStart === null ? null : blockStart + offset;
  }

  private haystackOf(element: Element): Haystack | null {
    let hay = this.haystacks.get(element);
    if (hay === undefined) {
      const span = this.map.spanOf(element);
      // An element outside the body (a stale index into <head>) holds no article text.
      hay = span ? new Haystack(this.map.text, span) : null;
      this.haystacks.set(element, hay);
    }
    return hay;
  }
}

/** Folds white space as the extraction does, so a sentence can be searched in the map's text. */
function foldSpace(text: string): string {
  return text.replace(EDGE_SPACE, '').replace(INNER_SPACE, ' ');
}

function rangeOf(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const points = map.pointsOf(start, end);
  if (!points) return null;
  try {
    const range = doc.createRange();
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    return range;
  } catch {
    // A node that went away between the walk and now: the sentence counts as missing.
    return null;
  }
}
