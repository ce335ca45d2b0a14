import { extensionWorker } from './extension-worker';
import type { ChromiumSession } from './launch-chromium';

// Run in the extension's service worker: the measure of its last analysis, then forgotten, so that a
// page whose own request never reached the worker gets no other page's figure.
const TAKE_LAST_ANALYZE = `(() => {
  const last = performance.getEntriesByName('unsourced:analyze').at(-1)?.duration ?? null;
  performance.clearMeasures('unsourced:analyze');
  return last;
})()`;

/**
 * The background's own `unsourced:analyze` for the analysis it made last (background/analysis-service.ts
 * keeps that one only), in ms; null when it has none, or when the worker stopped in between.
 */
export async function takeBackgroundAnalyzeMs(session: ChromiumSession): Promise<number | null> {
  try {
    return (await (await extensionWorker(session)).evaluate(TAKE_LAST_ANALYZE)) as number | null;
  } catch {
    return null;
  }
}
