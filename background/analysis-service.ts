import { analyze } from '../analyzer/index';
import type { Analysis, Article } from '../analyzer/types';
import { clearMeasures, measureSince } from '../page/perf-marks';
import { WARM_UP_EN, WARM_UP_FR } from './warm-up-articles';

/**
 * The analyzer as the background runs it for every tab. It lives as long as the background does (an
 * MV3 service worker between sleeps, Firefox's background page for the session), so from the second
 * page on it runs as compiled, optimised code, where a content script would run it cold on every page.
 * `prepare` (a page passed the reader-able check) warms it once, after the current message is
 * answered, while that page's article is still being extracted in the page.
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

  analyze(article: Article): Analysis {
    this.warm = true;
    this.analysed = true;
    const start = performance.now();
    const analysis = this.run(article, { lang: article.lang ?? 'auto' });
    // the background's own timeline (DevTools on the worker): the last article's time only, so that
    // a background alive for days keeps no list of every page
    clearMeasures('analyze');
    measureSince('analyze', start);
    return analysis;
  }
}
