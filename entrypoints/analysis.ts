import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { locateClaims } from '../page/locate-claims';

/** What the analysis chunk gives the content script (content/run-analysis.ts). */
export interface AnalysisChunk {
  locateClaims: typeof locateClaims;
}

/**
 * The page-side code only article pages need — finding the analysed sentences in the live page — as
 * its own file, `/analysis.js`, which the content script imports once a page passes the reader-able
 * check (parsing, extraction and analysis run in the background). wxt.config.ts builds it as an ES
 * module (WXT builds unlisted scripts as IIFEs) so that `import()` hands this API to the content
 * script directly: nothing is put on any global, and the module runs in the content script's isolated
 * world, out of the page's reach.
 */
export default defineUnlistedScript({
  // no `var analysis = …` / `analysis;` footer: the file is a module whose default export is main()'s result
  globalName: false,
  main: (): AnalysisChunk => ({ locateClaims }),
});
