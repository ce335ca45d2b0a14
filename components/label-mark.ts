import type { Label } from '../analyzer/types';
import { createElement as h } from './create-element';

/**
 * `text` marked as a claim with `label` is marked on the page (the `.uns-mark` rules of the content
 * script's highlights.css, which must be in the same document or shadow root). Plain DOM, for the card.
 */
export function labelMark(label: Label, text: string): HTMLElement {
  return h('span', { class: 'uns-mark', 'data-label': label }, [text]);
}
