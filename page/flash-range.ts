import { highlightApi, type HighlightLike } from './highlight-api';
import { FLASH_HIGHLIGHT } from './highlight-registry';

export const FLASH_MS = 1200;

export interface FlashOptions {
  /** How long the flash stays; 1.2 s by default. */
  ms?: number;
  /** Ends the flash early (the content script's context being invalidated). */
  signal?: AbortSignal;
}

// The flash on screen, ended when the next one starts so that two quick clicks leave one flash.
let current: { highlight: HighlightLike; end: () => void } | null = null;

/**
 * Paints a range for a moment under `unsourced-flash`, above the label highlights, so the eye finds a
 * claim the page just scrolled to. The page's DOM is not touched. Returns false where the browser has
 * no CSS Custom Highlight API.
 */
export function flashRange(range: AbstractRange, options: FlashOptions = {}): boolean {
  const api = highlightApi();
  current?.end();
  if (!api || options.signal?.aborted) return false;
  const highlight = api.create([range]);
  highlight.priority = 1;
  api.registry.set(FLASH_HIGHLIGHT, highlight);
  const end = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', end);
    // Only our own flash: a page (or a newer run) may hold the name by now.
    if (api.registry.get(FLASH_HIGHLIGHT) === highlight) api.registry.delete(FLASH_HIGHLIGHT);
    if (current?.highlight === highlight) current = null;
  };
  const timer = setTimeout(end, options.ms ?? FLASH_MS);
  options.signal?.addEventListener('abort', end, { once: true });
  current = { highlight, end };
  return true;
}
