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

  constructor(private readonly later: (task: () => void) => void = (task) => setTimeout(task, 0)) {}

  prepare(): void {
    if (this.warm) return;
    this.warm = true;
    this.later(() => {
      analyze(WARM_UP_EN, { lang: 'en' });
      analyze(WARM_UP_FR, { lang: 'fr' });
    });
  }

  analyze(article: Article): Analysis {
    this.warm = true;
    const start = performance.now();
    const analysis = analyze(article, { lang: article.lang ?? 'auto' });
    // the background's own timeline (DevTools on the worker): the last article's time only, so that
    // a background alive for days keeps no list of every page
    clearMeasures('analyze');
    measureSince('analyze', start);
    return analysis;
  }
}
