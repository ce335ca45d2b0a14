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
 * in the body — exactly, then blind to white space and block breaks, then by its two ends. A sentence
 * found nowhere is counted in `missing`. One text map of the blocks' elements, built in one walk,
 * serves the first two ways; a map of the whole body is built only if a sentence needs the third.
 */
export function locateSentences(
  doc: Document,
  analysis: Pick<Analysis, 'blocks' | 'sentences'>,
  wanted: (sentence: Sentence, id: number) => boolean,
): LocateResult {
  const steps = locating(doc, analysis, wanted);
  let step = steps.next(false);
  while (!step.done) step = steps.next(false);
  return step.value;
}

export interface SliceOptions {
  /** How long one slice may hold the page's main thread, ms. */
  sliceMs: number;
  /** Waits for the next task, so that the page's own work runs between slices. */
  nextTask: () => Promise<void>;
  /** Asked between slices: a run overtaken meanwhile stops there (null). */
  current: () => boolean;
  /** Told how long each slice took, ms (measured as the run's `highlight`). */
  slice?: (started: number) => void;
}

/**
 * `locateSentences` in slices of about `sliceMs`, for an article with thousands of claims: the same
 * answer, never one long task. A page that changes its text between two slices is mapped again
 * before the next sentence is looked for, so no range is laid over text that moved.
 */
export async function locateSentencesInSlices(
  doc: Document,
  analysis: Pick<Analysis, 'blocks' | 'sentences'>,
  wanted: (sentence: Sentence, id: number) => boolean,
  options: SliceOptions,
): Promise<LocateResult | null> {
  const root = doc.body ?? doc.documentElement;
  // The page can change only while the run waits between slices: its changes are delivered to the
  // callback meanwhile, and asked for once a slice.
  let changed = false;
  const View = doc.defaultView?.MutationObserver;
  const observer = View && root ? new View(() => void (changed = true)) : null;
  observer?.observe(root!, { subtree: true, childList: true, characterData: true });
  try {
    let started = performance.now();
    const steps = locating(doc, analysis, wanted);
    let step = steps.next(false);
    while (!step.done) {
      let moved = false;
      if (performance.now() - started >= options.sliceMs) {
        options.slice?.(started);
        await options.nextTask();
        if (!options.current()) return null;
        moved = changed || (observer?.takeRecords().length ?? 0) > 0;
        changed = false;
        started = performance.now();
      }
      step = steps.next(moved);
    }
    options.slice?.(started);
    return step.value;
  } finally {
    observer?.disconnect();
  }
}

/**
 * The search itself, one sentence a step. Each step is told whether the page's text changed since the
 * map was made (`next(true)`): the blocks are then mapped again.
 */
function* locating(
  doc: Document,
  analysis: Pick<Analysis, 'blocks' | 'sentences'>,
  wanted: (sentence: Sentence, id: number) => boolean,
): Generator<void, LocateResult, boolean> {
  const ids: number[] = [];
  analysis.sentences.forEach((s, id) => {
    if (wanted(s, id)) ids.push(id);
  });
  const root = doc.body ?? doc.documentElement;
  if (!root || ids.length === 0) return { located: [], missing: ids.length };

  const blockIndexes = ids.map((id) => analysis.sentences[id]!.block);
  const finderNow = () => new SentenceFinder(root, analysis.blocks, liveElements(doc, analysis.blocks, blockIndexes));
  let finder = finderNow();
  const located: LocatedSentence[] = [];
  for (const id of ids) {
    if (yield) finder = finderNow();
    const sentence = analysis.sentences[id]!;
    const hit = finder.find(sentence);
    const range = hit && rangeOf(doc, hit.map, hit.start, hit.end);
    if (hit && range) located.push({ id, sentence, range, via: hit.via });
  }
  return { located, missing: ids.length - located.length };
}

/**
 * The live element each block points to, by its index among the document's elements in tree order
 * (`getElementsByTagName('*')`, which the stamps count in); the map's entries are in tree order.
 * Indexed in increasing order, the browser's collection walks forward from the last index it gave,
 * natively: only the elements asked for get a wrapper in the content script's world.
 */
function liveElements(doc: Document, blocks: readonly Block[], blockIndexes: number[]): Map<number, Element> {
  const byLiveIndex = new Map<number, number[]>();
  for (const b of new Set(blockIndexes)) {
    const i = blocks[b]?.liveIndex;
    if (i === undefined || !Number.isInteger(i) || i < 0) continue;
    const list = byLiveIndex.get(i);
    if (list) list.push(b);
    else byLiveIndex.set(i, [b]);
  }
  const out = new Map<number, Element>();
  const all = doc.getElementsByTagName('*');
  for (const i of [...byLiveIndex.keys()].sort((a, b) => a - b)) {
    const el = all.item(i);
    if (!el) break;
    for (const b of byLiveIndex.get(i)!) out.set(b, el);
  }
  return out;
}

/** White space of any kind, block breaks included: what a loose search ignores. */
const ANY_SPACE = /[\s\u200b]+/g;
const VISIBLE_RUN = /[^\s\u200b]+/g;
/** Characters at each end that must match exactly when a sentence's middle changed. */
const ANCHOR_LENGTH = 16;

interface Span {
  start: number;
  end: number;
}

/**
 * A part of the map's text searched in reading order: each search starts after the previous match.
 * Offsets in and out are absolute offsets into the map's text.
 */
class Haystack {
  private cursor = 0;
  private readonly text: string;
  private loose: LooseText | null = null;

  constructor(
    full: string,
    private readonly span: TextSpan,
  ) {
    this.text = full.slice(span.start, span.end);
  }

  /** Where `needle` is, after the cursor if it is there, else anywhere. */
  find(needle: string): Span | null {
    let at = this.text.indexOf(needle, this.cursor);
    if (at < 0 && this.cursor > 0) at = this.text.indexOf(needle);
    return at < 0 ? null : this.found(at, at + needle.length);
  }

  /**
   * The same, blind to white space and block breaks: where the live page has a break Readability
   * removed (an empty <div> injected in a paragraph, a `<br><br>` it unwrapped), or the reverse.
   */
  findLoose(needle: string): Span | null {
    const bare = needle.replace(ANY_SPACE, '');
    if (!bare) return null;
    this.loose ??= new LooseText(this.text);
    const loose = this.loose;
    const from = loose.fromHay(this.cursor);
    let at = loose.text.indexOf(bare, from);
    if (at < 0 && from > 0) at = loose.text.indexOf(bare);
    if (at >= 0) return this.found(loose.toHay(at), loose.toHay(at + bare.length - 1) + 1);
    return this.findAnchored(bare, from) ?? (from > 0 ? this.findAnchored(bare, 0) : null);
  }

  /**
   * A sentence whose middle lost something on the way through Readability (a pronunciation, a
   * reference mark, a widget it judged unlikely): its first and last words, close enough together.
   */
  private findAnchored(bare: string, from: number): Span | null {
    if (bare.length < 2 * ANCHOR_LENGTH) return null;
    const loose = this.loose!;
    const head = bare.slice(0, ANCHOR_LENGTH);
    const tail = bare.slice(-ANCHOR_LENGTH);
    const longest = Math.ceil(bare.length * 1.5) + 40;
    for (let at = loose.text.indexOf(head, from); at >= 0; at = loose.text.indexOf(head, at + 1)) {
      const end = loose.text.indexOf(tail, at + ANCHOR_LENGTH);
      if (end < 0) return null;
      if (end + ANCHOR_LENGTH - at <= longest) return this.found(loose.toHay(at), loose.toHay(end + ANCHOR_LENGTH - 1) + 1);
    }
    return null;
  }

  private found(start: number, end: number): Span {
    this.cursor = end;
    return { start: this.span.start + start, end: this.span.start + end };
  }
}

/** A text with its white space taken out, and the way back to offsets of the original. */
class LooseText {
  readonly text: string;
  // Run k of visible characters starts at runStart[k] here and at runOrigin[k] in the original.
  private readonly runStart: number[] = [];
  private readonly runOrigin: number[] = [];

  constructor(original: string) {
    const parts: string[] = [];
    let length = 0;
    for (const m of original.matchAll(VISIBLE_RUN)) {
      this.runStart.push(length);
      this.runOrigin.push(m.index);
      parts.push(m[0]);
      length += m[0].length;
    }
    this.text = parts.join('');
  }

  toHay(offset: number): number {
    const k = lastAtOrBefore(this.runStart, offset);
    return k < 0 ? 0 : this.runOrigin[k]! + (offset - this.runStart[k]!);
  }

  /** The loose offset of the first visible character at or after `offset` of the original. */
  fromHay(offset: number): number {
    const k = lastAtOrBefore(this.runOrigin, offset);
    if (k < 0) return 0;
    const runLength = (this.runStart[k + 1] ?? this.text.length) - this.runStart[k]!;
    return this.runStart[k]! + Math.min(offset - this.runOrigin[k]!, runLength);
  }
}

/** The index of the last value at or before `x` in an ascending list, or -1. */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  if (hi < 0 || sorted[0]! > x) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Hit extends Span {
  via: LocatedVia;
  /** The map the offsets are in. */
  map: TextMap;
}

class SentenceFinder {
  /** The blocks' elements, mapped together. */
  private readonly map: TextMap;
  /** The whole body, mapped and searched only for a sentence its block's element does not hold. */
  private page: { map: TextMap; hay: Haystack } | null = null;
  private readonly haystacks = new Map<Element, Haystack | null>();
  /** Where each block was found in the map's text, or null when its element no longer holds it. */
  private readonly blockStarts = new Map<number, number | null>();

  constructor(
    private readonly root: Element,
    private readonly blocks: readonly Block[],
    private readonly elements: ReadonlyMap<number, Element>,
  ) {
    // An element outside the body (a stale index into <head>) holds no article text.
    const inTreeOrder = [...new Set(elements.values())].filter((el) => root.contains(el));
    this.map = TextMap.buildOver(inTreeOrder, new Set(inTreeOrder));
  }

  /** Through the block, then by text in the block's element, then by text in the page; strict before loose. */
  find(sentence: Sentence): Hit | null {
    const text = foldSpace(sentence.text);
    if (!text) return null;
    const element = this.elements.get(sentence.block);
    const hay = element ? this.haystackOf(element) : null;
    if (hay) {
      const start = this.throughBlock(sentence, hay);
      if (start !== null) return { start, end: start + sentence.text.length, via: 'block', map: this.map };
      const span = hay.find(text) ?? hay.findLoose(text);
      if (span) return { ...span, via: 'element', map: this.map };
    }
    if (!this.page) {
      const map = TextMap.build(this.root);
      this.page = { map, hay: new Haystack(map.text, { start: 0, end: map.text.length }) };
    }
    const span = this.page.hay.find(text) ?? this.page.hay.findLoose(text);
    return span ? { ...span, via: 'page', map: this.page.map } : null;
  }

  /** The sentence's offset through its block's place in the element, when the block is there unchanged. */
  private throughBlock(sentence: Sentence, hay: Haystack): number | null {
    const block = this.blocks[sentence.block];
    if (!block || block.start === undefined) return null;
    const offset = sentence.start - block.start;
    if (offset < 0 || !block.text.startsWith(sentence.text, offset)) return null;
    let blockStart = this.blockStarts.get(sentence.block);
    if (blockStart === undefined) {
      blockStart = hay.find(block.text)?.start ?? null;
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
    // Both ends in the start node first: a sentence within one text node then never compares
    // positions across the tree (jsdom does that by listing the whole document).
    range.selectNodeContents(points.start.node);
    range.setStart(points.start.node, points.start.offset);
    range.setEnd(points.end.node, points.end.offset);
    return range;
  } catch {
    // A node that went away between the walk and now: the sentence counts as missing.
    return null;
  }
}
