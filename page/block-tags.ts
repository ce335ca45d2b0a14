import type { BlockKind } from '../analyzer/types';

/** Elements that start and end a block: text on either side of them never shares a sentence. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'pre', 'figure', 'address', 'hr', 'br', 'details', 'summary', 'form', 'fieldset', 'center',
]);

/** Elements whose content is never reading text; their whole subtree is skipped. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math',
  // form controls hold values and option lists, not prose
  'textarea', 'select',
]);

/**
 * The kind a block takes from its nearest ancestor listed here; any other block is a paragraph.
 * `<blockquote><p>…</p></blockquote>` is a quote, `<li><p>…</p></li>` a list item.
 */
export const KIND_BY_TAG: ReadonlyMap<string, BlockKind> = new Map<string, BlockKind>([
  ['h1', 'heading'], ['h2', 'heading'], ['h3', 'heading'],
  ['h4', 'heading'], ['h5', 'heading'], ['h6', 'heading'],
  ['li', 'list-item'],
  ['blockquote', 'quote'],
  ['figcaption', 'caption'], ['caption', 'caption'],
  ['pre', 'preformatted'],
]);
