import type { Block, BlockKind, BlockLink } from '../analyzer/types';
import { BLOCK_TAGS, KIND_BY_TAG, SKIPPED_TAGS } from './block-tags';
import { LIVE_INDEX_ATTRIBUTE } from './stamp-live-indexes';

// Numeric node types: the `Node` global does not exist in Node.js, where jsdom documents live.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** HTML's "ASCII whitespace", the characters CSS folds; U+00A0 and U+202F stay (« X » in French). */
const FOLDABLE_SPACE = /[\t\n\f\r ]+/g;

interface OpenLink {
  href: string;
  /** Where the link's first visible character landed in the current block, once it has one. */
  start: number | null;
}

/**
 * Cuts an article's content element into blocks, in reading order. Block elements (p, li, h1-h6, div,
 * br, ...) start and end a block; white space is folded to single spaces and trimmed; empty blocks are
 * dropped. Links keep `[start, end)` offsets into their block's text and an absolute href.
 */
export function blocksFromContent(content: Element, baseUrl: string): Block[] {
  const builder = new BlockBuilder(baseUrl);
  // Iterative walk: a deeply nested page must not overflow the stack.
  let node: Node | null = content.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      descend = builder.enter(node as Element);
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      // JSDOMParser's text nodes (background/extract-html.ts) have textContent but no data
      builder.append((node as CharacterData).data ?? node.textContent ?? '');
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) builder.exit(node as Element);
    // Climb until a next sibling, closing every element left on the way.
    while (node && node !== content && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== content) builder.exit(node as Element);
    }
    node = node && node !== content ? node.nextSibling : null;
  }
  builder.flush();
  return builder.blocks;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private text = '';
  private links: BlockLink[] = [];
  private pendingSpace = false;
  /** The block elements around the current position, innermost last. */
  private readonly openBlocks: Element[] = [];
  private readonly openLinks: OpenLink[] = [];
  /** The element each `openLinks` entry came from, to pop the right one on exit. */
  private readonly linkElements: Element[] = [];

  constructor(private readonly baseUrl: string) {}

  /** Returns whether the element's children should be walked. */
  enter(el: Element): boolean {
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag)) return false;
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.openBlocks.push(el);
    }
    if (tag === 'a') {
      const href = absoluteHref(el.getAttribute('href'), this.baseUrl);
      if (href) {
        this.openLinks.push({ href, start: null });
        this.linkElements.push(el);
      }
    }
    return true;
  }

  exit(el: Element): void {
    const tag = el.localName;
    if (tag === 'a' && this.linkElements[this.linkElements.length - 1] === el) {
      this.linkElements.pop();
      const link = this.openLinks.pop()!;
      if (link.start !== null && this.text.length > link.start) {
        this.links.push({ start: link.start, end: this.text.length, href: link.href });
      }
    }
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      if (this.openBlocks[this.openBlocks.length - 1] === el) this.openBlocks.pop();
    }
  }

  append(data: string): void {
    let folded = data.replace(FOLDABLE_SPACE, ' ');
    if (folded.startsWith(' ')) {
      this.pendingSpace = true;
      folded = folded.slice(1);
    }
    if (!folded) return;
    const trailing = folded.endsWith(' ');
    if (trailing) folded = folded.slice(0, -1);
    // A space only between two visible characters of the same block: blocks come out trimmed.
    if (this.pendingSpace && this.text) this.text += ' ';
    for (const link of this.openLinks) if (link.start === null) link.start = this.text.length;
    this.text += folded;
    this.pendingSpace = trailing;
  }

  /** Ends the current block; a link that runs over a block boundary goes on in the next block. */
  flush(): void {
    for (const link of this.openLinks) {
      if (link.start !== null && this.text.length > link.start) {
        this.links.push({ start: link.start, end: this.text.length, href: link.href });
      }
      link.start = null;
    }
    if (this.text) {
      this.blocks.push({
        kind: this.kind(),
        text: this.text,
        links: this.links.sort((a, b) => a.start - b.start),
        liveIndex: this.liveIndex(),
      });
    }
    this.text = '';
    this.links = [];
    this.pendingSpace = false;
  }

  private kind(): BlockKind {
    for (let i = this.openBlocks.length - 1; i >= 0; i--) {
      const kind = KIND_BY_TAG.get(this.openBlocks[i]!.localName);
      if (kind) return kind;
    }
    return 'paragraph';
  }

  /** The nearest stamped block around the text: Readability's own wrappers (div → p) carry no stamp. */
  private liveIndex(): number | undefined {
    for (let i = this.openBlocks.length - 1; i >= 0; i--) {
      const stamp = this.openBlocks[i]!.getAttribute(LIVE_INDEX_ATTRIBUTE);
      if (stamp !== null && /^\d+$/.test(stamp)) return Number(stamp);
    }
    return undefined;
  }
}

/** The link's absolute URL, or null for links that lead nowhere (`javascript:`, unparsable). */
function absoluteHref(href: string | null | undefined, baseUrl: string): string | null {
  // JSDOMParser answers undefined for a missing attribute, the DOM null
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), baseUrl || undefined);
    return url.protocol === 'javascript:' ? null : url.href;
  } catch {
    return null;
  }
}
