import { isLetterOrDigit, runs } from '../analyzer/chars';
import type { Block, BlockKind, BlockLink, BlockRole } from '../analyzer/types';
import { BLOCK_TAGS, KIND_BY_TAG, SKIPPED_TAGS } from './block-tags';
import { FURNITURE_ARIA_ROLES, FURNITURE_CLASS_WORDS, FURNITURE_TAGS, MAX_FURNITURE_CHARS } from './furniture-signs';
import { LIVE_INDEX_ATTRIBUTE } from './stamp-live-indexes';
import { walkSubtree } from './walk-subtree';

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
 * dropped. Links keep `[start, end)` offsets into their block's text and an absolute href. A block that
 * lies (almost) wholly inside one piece of furniture (a figure, an element whose class says "caption"
 * or "related", a table cell, a bare link...) carries its `role`.
 */
export function blocksFromContent(content: Element, baseUrl: string): Block[] {
  const builder = new BlockBuilder(baseUrl);
  walkSubtree(content, {
    enter: (el) => builder.enter(el),
    text: (node) => builder.append(node.data ?? node.textContent ?? ''),
    exit: (el) => builder.exit(el),
  });
  builder.flush();
  return builder.finish();
}

/** Share of a block's characters a role must cover for the block to take it. */
const ROLE_COVERAGE = 0.9;
/** When several roles cover a block, the first of this list wins: a bold caption is a caption. */
const ROLE_PRIORITY: readonly BlockRole[] = ['caption', 'dateline', 'byline', 'related', 'prompt', 'table', 'aside', 'link', 'emphasis'];
/** Share of a block's words that must be in the image's alt text just before it for a caption. */
const ALT_ECHO = 0.6;

interface OpenRole {
  el: Element;
  role: BlockRole;
  /** Characters appended before the element opened, over the whole content. */
  total: number;
  /** The block serial and the offset in its text where the element opened. */
  serial: number;
  offset: number;
}

interface RoleRange {
  role: BlockRole;
  start: number;
  end: number;
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
  /** Elements with a furniture role around the current position, innermost last. */
  private readonly openRoles: OpenRole[] = [];
  /** Every flush, emitting a block or not, starts a new serial; ranges are kept by serial. */
  private serial = 0;
  private readonly blockBySerial = new Map<number, number>();
  private readonly ranges = new Map<number, RoleRange[]>();
  /** Characters appended so far, over the whole content. */
  private total = 0;
  /** An image's alt words, waiting for the block after it (a caption that echoes it). */
  private pendingAlt: { words: Set<string>; serial: number } | null = null;

  constructor(private readonly baseUrl: string) {}

  /** Returns whether the element's children should be walked. */
  enter(el: Element): boolean {
    const tag = el.localName;
    if (SKIPPED_TAGS.has(tag)) return false;
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.openBlocks.push(el);
    }
    const role = roleOf(el);
    if (role) this.openRoles.push({ el, role, total: this.total, serial: this.serial, offset: this.text.length });
    if (tag === 'img') {
      const alt = el.getAttribute('alt');
      // An image inside a block's text: the caption, if any, is the next block.
      if (alt) this.pendingAlt = { words: new Set(contentWords(alt)), serial: this.text ? this.serial + 1 : this.serial };
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
    const top = this.openRoles[this.openRoles.length - 1];
    if (top?.el === el) {
      this.openRoles.pop();
      if (this.total - top.total <= MAX_FURNITURE_CHARS) this.cover(top);
    }
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
    this.total += folded.length;
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
      this.blockBySerial.set(this.serial, this.blocks.length);
      this.blocks.push({
        kind: this.kind(),
        text: this.text,
        links: this.links.sort((a, b) => a.start - b.start),
        liveIndex: this.liveIndex(),
      });
      if (this.pendingAlt && this.serial >= this.pendingAlt.serial) {
        if (echoes(this.text, this.pendingAlt.words)) this.addRange(this.serial, { role: 'caption', start: 0, end: Infinity });
        this.pendingAlt = null;
      }
    }
    this.serial++;
    this.text = '';
    this.links = [];
    this.pendingSpace = false;
  }

  /** Every block, each with the role that covers it, if one does. */
  finish(): Block[] {
    for (const [serial, index] of this.blockBySerial) {
      const block = this.blocks[index]!;
      const ranges = this.ranges.get(serial);
      if (!ranges) continue;
      const role = ROLE_PRIORITY.find((r) => covered(ranges.filter((x) => x.role === r), block.text.length) >= ROLE_COVERAGE * block.text.length);
      if (role) block.role = role;
    }
    return this.blocks;
  }

  /** The text an element with a role held, from where it opened to here, block by block. */
  private cover(open: OpenRole): void {
    if (open.serial === this.serial) {
      this.addRange(this.serial, { role: open.role, start: open.offset, end: this.text.length });
      return;
    }
    this.addRange(open.serial, { role: open.role, start: open.offset, end: Infinity });
    for (let s = open.serial + 1; s < this.serial; s++) this.addRange(s, { role: open.role, start: 0, end: Infinity });
    if (this.text) this.addRange(this.serial, { role: open.role, start: 0, end: this.text.length });
  }

  private addRange(serial: number, range: RoleRange): void {
    const list = this.ranges.get(serial);
    if (list) list.push(range);
    else this.ranges.set(serial, [range]);
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
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), baseUrl || undefined);
    return url.protocol === 'javascript:' ? null : url.href;
  } catch {
    return null;
  }
}

/** The furniture role an element's name, ARIA role, classes or id give it. */
function roleOf(el: Element): BlockRole | null {
  const byTag = FURNITURE_TAGS.get(el.localName);
  if (byTag) return byTag;
  const aria = el.getAttribute('role');
  const byAria = aria ? FURNITURE_ARIA_ROLES.get(aria.trim().toLowerCase()) : undefined;
  if (byAria) return byAria;
  for (const attr of ['class', 'id']) {
    const value = el.getAttribute(attr);
    if (!value) continue;
    for (const word of value.split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)) {
      const role = FURNITURE_CLASS_WORDS.get(word.toLowerCase());
      if (role) return role;
    }
  }
  return null;
}

/** Characters of `[0, length)` that the ranges cover (they may overlap). */
function covered(ranges: RoleRange[], length: number): number {
  const sorted = ranges.map((r) => [Math.min(r.start, length), Math.min(r.end, length)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = 0;
  for (const [a, b] of sorted) {
    const from = Math.max(a, reach);
    if (b > from) total += b - from;
    reach = Math.max(reach, b);
  }
  return total;
}

/** Words of three letters or more, lower case: what a caption and its image's alt text share. */
function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  return runs(lower, isLetterOrDigit).filter(([a, b]) => b - a >= 3).map(([a, b]) => lower.slice(a, b));
}

/** The block says again most of what the image's alt text says: it is the image's caption. */
function echoes(text: string, alt: Set<string>): boolean {
  const words = contentWords(text);
  if (words.length < 3 || alt.size < 3) return false;
  return words.filter((w) => alt.has(w)).length >= ALT_ECHO * words.length;
}
