import { analyze } from '../analyzer/index';
import type { Analysis, Article } from '../analyzer/types';
import type { Reading } from '../messages/analysis-port';
import { compactAnalysis } from '../messages/compact-analysis';
import { clearMeasures, measureSince } from '../page/perf-marks';
import { extractHtml } from '../extract/extract-html';
import { limitArticle } from './limit-article';
import { WARM_UP_EN, WARM_UP_FR } from './warm-up-articles';

/** Readability gives up on pages with more elements than this (it would take seconds on each). */
const MAX_ELEMS_TO_PARSE = 60_000;

/**
 * Reading a page as the background does it for every tab: the page's serialized copy parsed and its
 * article extracted (linkedom + Readability, extract/extract-html.ts, the CLI's own), cut to the bounds, analysed. It lives
 * as long as the background does (an MV3 service worker between sleeps, Firefox's background page for
 * the session), so from the second page on the analyzer runs as compiled, optimised code. `prepare`
 * (a page passed the reader-able check) warms it once, after the current message is answered, while
 * that page is still serializing itself.
 */
export class AnalysisService {
  private warm = false;
  /** An article was analysed: the warm-up, if still to come, would be work for nothing. */
  private analysed = false;

  constructor(
    private readonly later: (task: () => void) => void = (task) => setTimeout(task, 0),
    private readonly run: typeof analyze = analyze,
  ) {}

  prepare(): void {
    if (this.warm) return;
    this.warm = true;
    this.later(() => {
      if (this.analysed) return;
      this.run(WARM_UP_EN, { lang: 'en' });
      this.run(WARM_UP_FR, { lang: 'fr' });
    });
  }

  /**
   * The answer to one page: its article and the analysis (compact, and whole for the popup's report),
   * or why there is none. Its time
   * is the background's own `unsourced:read` (the last page's only, so that a background alive for
   * days keeps no list of every page); `unsourced:analyze`, the analyzer's share, as before.
   */
  read(html: string, url: string | null): Reading {
    const start = performance.now();
    let extracted;
    try {
      extracted = extractHtml(html, { url, wellFormed: true, maxElemsToParse: MAX_ELEMS_TO_PARSE });
    } catch (error) {
      // Readability throws past maxElemsToParse: a page this large is not read at all
      if (error instanceof Error && /elements/i.test(error.message)) return { noArticle: 'too-many-elements' };
      throw error;
    }
    if (!extracted.ok) return { noArticle: extracted.reason };
    const { article, truncated } = limitArticle(extracted.article);
    const analysed = this.analyze(article);
    clearMeasures('read');
    measureSince('read', start);
    // the page has every link's text in its blocks and needs no address
    return { article: { ...article, blocks: article.blocks.map(({ links: _links, ...b }) => b) }, truncated, analysis: compactAnalysis(analysed), analysed };
  }

  analyze(article: Article): Analysis {
    this.warm = true;
    this.analysed = true;
    const start = performance.now();
    const analysis = this.run(article, { lang: article.lang ?? 'auto' });
    clearMeasures('analyze');
    measureSince('analyze', start);
    return analysis;
  }
}
