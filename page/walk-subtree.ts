// Numeric node types: the `Node` global does not exist in Node.js, where jsdom and linkedom documents live.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** What a walk of a subtree tells, in tree order. */
export interface SubtreeVisitor {
  /** An element begins; returns whether its children are walked (when not, `exit` is not called for it). */
  enter(el: Element): boolean;
  text(node: CharacterData): void;
  /** An element whose children were walked ends. */
  exit(el: Element): void;
}

/**
 * Walks the subtree below `root` (not `root` itself) in tree order, without recursion: a deeply nested
 * page must not overflow the stack. Shared by the extraction's block walker and the page's text map,
 * which must read a subtree alike.
 */
export function walkSubtree(root: Node, visitor: SubtreeVisitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      descend = visitor.enter(node as Element);
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      visitor.text(node as CharacterData);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) visitor.exit(node as Element);
    // Climb until a next sibling, closing every element left on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) visitor.exit(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}
