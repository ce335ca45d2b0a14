import { BLOCK_TAGS, SKIPPED_TAGS } from './block-tags';
import { walkSubtree, type SubtreeVisitor } from './walk-subtree';

/** Stands between blocks in `TextMap.text`. Folded text never contains it, so no match runs across blocks. */
export const BLOCK_BREAK = '\n';

/**
 * Runs of the "ASCII whitespace" the extraction folds (`blocks-from-content.ts`) other than a lone
 * space, which folds to itself. U+00A0 is text.
 */
const IRREGULAR_SPACE = /[\t\n\f\r ]{2,}|[\t\n\f\r]/g;

/**
 * Inline elements Readability removes from the clone wherever they are (`_clean` in its `_prepArticle`),
 * so their text is in no block: a paragraph with a "Listen" button inside still matches its block.
 * Not `aside` or `footer`: Readability keeps them when they sit beside the article (renamed to div),
 * and as blocks their text can never join a neighbour's anyway.
 */
const DROPPED_TAGS: ReadonlySet<string> = new Set(['button', 'input', 'iframe', 'object', 'embed']);

/** Where a `TextMap` offset lies in the live DOM. */
export interface DomPoint {
  node: CharacterData;
  offset: number;
}

/**
 * An element's part of `TextMap.text`: `[start, end)`. It may open on the space before the element's
 * first word and close on a block break; it is searched, never shown.
 */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The text of a live subtree as the extraction reads it — white space folded to single spaces, skipped
 * and hidden elements left out, blocks separated by `BLOCK_BREAK` — with a way back from any offset
 * of that text to a (text node, offset) pair. Built in one walk; mapping an offset is a binary search.
 */
export class TextMap {
  private constructor(
    /** The folded text; every block of the subtree appears in it verbatim, between breaks. */
    readonly text: string,
    // Segment k: text offsets from segStart[k] on map to consecutive offsets of segNode[k] from segOffset[k].
    private readonly segStart: number[],
    private readonly segNode: CharacterData[],
    private readonly segOffset: number[],
    private readonly spans: ReadonlyMap<Element, TextSpan>,
  ) {}

  /**
   * Maps `root`'s subtree, and notes the span of each element of `watched` found inside it: one walk
   * serves every element a page's blocks point to, however they nest.
   */
  static build(root: Element, watched: ReadonlySet<Element> = new Set()): TextMap {
    const b = new MapBuilder(watched);
    if (watched.has(root)) b.spans.set(root, { start: 0, end: 0 });
    walkSubtree(root, b);
    const text = b.parts.join('');
    const rootSpan = b.spans.get(root);
    if (rootSpan) rootSpan.end = text.length;
    return new TextMap(text, b.segStart, b.segNode, b.segOffset, b.spans);
  }

  /**
   * Maps only the given subtrees, in the order given (tree order), each as a block of its own; one
   * inside an earlier one is mapped with it, not again. An article's blocks are a small part of a news
   * page's body, and in a content script every node a walk touches costs a wrapper of the isolated
   * world's own: a map of the blocks' elements touches a fraction of the nodes `build` does. Each
   * subtree's text is the text `build` gives it, short of a space before its first word.
   */
  static buildOver(roots: readonly Element[], watched: ReadonlySet<Element> = new Set()): TextMap {
    const b = new MapBuilder(watched);
    let last: Element | null = null;
    for (const root of roots) {
      if (last && last.contains(root)) continue;
      last = root;
      b.breakBlock();
      if (!b.enter(root)) continue;
      walkSubtree(root, b);
      b.exit(root);
    }
    return new TextMap(b.parts.join(''), b.segStart, b.segNode, b.segOffset, b.spans);
  }

  /** The part of `text` an element covers, if it was watched and found in the subtree. */
  spanOf(element: Element): TextSpan | undefined {
    return this.spans.get(element);
  }

  /**
   * The DOM boundary points of `text.slice(start, end)`, or null for an empty or out-of-range span.
   * The end is just after the last character, so trailing white space in the source stays outside.
   */
  pointsOf(start: number, end: number): { start: DomPoint; end: DomPoint } | null {
    if (!(start >= 0 && end > start && end <= this.text.length)) return null;
    const first = this.pointAt(start);
    const last = this.pointAt(end - 1);
    if (!first || !last) return null;
    return { start: first, end: { node: last.node, offset: last.offset + 1 } };
  }

  /** The node and offset of the character at `offset`; null on a block break, which maps to no character. */
  private pointAt(offset: number): DomPoint | null {
    let lo = 0;
    let hi = this.segStart.length - 1;
    if (hi < 0 || this.text[offset] === BLOCK_BREAK) return null;
    // The last segment starting at or before `offset`.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segStart[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const node = this.segNode[lo]!;
    const nodeOffset = this.segOffset[lo]! + (offset - this.segStart[lo]!);
    return nodeOffset < node.length ? { node, offset: nodeOffset } : null;
  }
}

/** The walk's state: the folding rules of `BlockBuilder` in `blocks-from-content.ts`, plus the way back. */
class MapBuilder implements SubtreeVisitor {
  readonly parts: string[] = [];
  readonly segStart: number[] = [];
  readonly segNode: CharacterData[] = [];
  readonly segOffset: number[] = [];
  readonly spans = new Map<Element, TextSpan>();
  private length = 0;
  private blockHasText = false;
  /** The first white-space character of the run a pending space stands for. */
  private pending: { node: CharacterData; offset: number } | null = null;

  constructor(private readonly watched: ReadonlySet<Element>) {}

  /** Returns whether the element's children should be walked. */
  enter(el: Element): boolean {
    const tag = el.localName;
    if (BLOCK_TAGS.has(tag)) this.breakBlock();
    if (this.watched.has(el)) this.spans.set(el, { start: this.length, end: this.length });
    if (SKIPPED_TAGS.has(tag) || DROPPED_TAGS.has(tag) || isProbablyHidden(el)) {
      // Not walked, so never exited: close its block here.
      if (BLOCK_TAGS.has(tag)) this.breakBlock();
      return false;
    }
    return true;
  }

  exit(el: Element): void {
    const span = this.watched.has(el) ? this.spans.get(el) : undefined;
    if (span) span.end = this.length;
    if (BLOCK_TAGS.has(el.localName)) this.breakBlock();
  }

  text(node: CharacterData): void {
    const data = node.data;
    let first = 0;
    while (first < data.length && isFoldable(data.charCodeAt(first))) first++;
    if (first === data.length) {
      if (first > 0) this.pending ??= { node, offset: 0 };
      return;
    }
    let last = data.length;
    while (isFoldable(data.charCodeAt(last - 1))) last--;
    if (first > 0) this.pending ??= { node, offset: 0 };
    // A space only between two visible characters of the same block, as in the extraction.
    if (this.pending && this.blockHasText) this.emit(' ', this.pending.node, this.pending.offset);
    this.pending = null;
    this.blockHasText = true;
    // Single spaces between words stay as they are: only other runs need folding, so a paragraph
    // written on one line costs one piece, not one per word.
    let i = first;
    IRREGULAR_SPACE.lastIndex = first;
    for (let run = IRREGULAR_SPACE.exec(data); run && run.index < last; run = IRREGULAR_SPACE.exec(data)) {
      this.emit(data.slice(i, run.index), node, i);
      this.emit(' ', node, run.index);
      i = run.index + run[0].length;
    }
    this.emit(data.slice(i, last), node, i);
    if (last < data.length) this.pending = { node, offset: last };
  }

  private emit(piece: string, node: CharacterData, offset: number): void {
    if (!piece) return;
    const k = this.segStart.length - 1;
    // A piece that carries on where the previous one stopped in the same node extends its segment.
    const contiguous = k >= 0 && this.segNode[k] === node && this.segOffset[k]! + (this.length - this.segStart[k]!) === offset;
    if (!contiguous) {
      this.segStart.push(this.length);
      this.segNode.push(node);
      this.segOffset.push(offset);
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Ends the current block: a break after it if it had text. */
  breakBlock(): void {
    if (this.blockHasText) {
      this.parts.push(BLOCK_BREAK);
      this.length += BLOCK_BREAK.length;
    }
    this.blockHasText = false;
    this.pending = null;
  }
}

/** Tab, line feed, form feed, carriage return, space. */
function isFoldable(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * Readability's own visibility test (`_isProbablyVisible`), which removes such elements from the clone:
 * inline styles and attributes only, so no style is computed and no layout is forced.
 */
function isProbablyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  // Wikimedia's math fallback images are aria-hidden yet kept by Readability.
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  if (!el.hasAttribute('style')) return false;
  const style = (el as Partial<ElementCSSInlineStyle>).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}
