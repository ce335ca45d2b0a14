import { extensionWorker } from './extension-worker';
import type { ChromiumSession } from './launch-chromium';

// Run in the extension's service worker: the measure of the last page it read, then forgotten, so that
// a page whose own request never reached the worker gets no other page's figure.
const TAKE_LAST_READ = `(() => {
  const last = performance.getEntriesByName('unsourced:read').at(-1)?.duration ?? null;
  performance.clearMeasures('unsourced:read');
  return last;
})()`;

/**
 * The background's own `unsourced:read` (parse, extract, analyse) for the page it read last
 * (background/analysis-service.ts keeps that one only), in ms; null when it has none, or when the
 * worker stopped in between.
 */
export async function takeBackgroundReadMs(session: ChromiumSession): Promise<number | null> {
  try {
    return (await (await extensionWorker(session)).evaluate(TAKE_LAST_READ)) as number | null;
  } catch {
    return null;
  }
}
