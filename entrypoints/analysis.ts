import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractForAnalysis, locateClaims } from '../page/analyse-article';

/** What the analysis chunk gives the content script (content/run-analysis.ts). */
export interface AnalysisChunk {
  extractForAnalysis: typeof extractForAnalysis;
  locateClaims: typeof locateClaims;
}

/**
 * The heavy page-side part of the extension — Readability's parser and extraction, locating sentences
 * in the page — as its own file, `/analysis.js`, which the content script imports only on pages that
 * pass the reader-able check (the analyzer itself runs in the background). wxt.config.ts builds it as
 * an ES module (WXT builds unlisted scripts as IIFEs) so that `import()` hands this API to the content
 * script directly: nothing is put on any global, and the module runs in the content script's isolated
 * world, out of the page's reach.
 */
export default defineUnlistedScript({
  // no `var analysis = …` / `analysis;` footer: the file is a module whose default export is main()'s result
  globalName: false,
  main: (): AnalysisChunk => ({ extractForAnalysis, locateClaims }),
});
