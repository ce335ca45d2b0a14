import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ClaimLabel } from '../analyzer/types';
import type { PageReport } from '../messages/page-report';
import { editableTest } from '../page/editable';
import { clearHighlights, paintHighlights, reassertHighlights } from '../page/highlight-registry';
import { hitTest } from '../page/hit-test';
import { notHtml, whereTheTextIs } from '../page/page-shape';
import { scrollToRange } from '../page/scroll-to-range';
import { displayForSite } from '../settings/display-for-site';
import { paintedLabels } from '../settings/painted-labels';
import type { Settings } from '../settings/settings';
import { getSettings, isSiteDisabled, watchSettings } from '../settings/settings-store';
import { sendPageReport, sendPainted } from './send-page-report';
import { buildReport } from '../messages/build-report';
import { RerunPacer } from './rerun-pacer';
import { runAnalysis, type RunResult } from './run-analysis';
import { measureSince } from '../page/perf-marks';
import { ClaimTooltip } from './claim-tooltip';
import { isPopupToContent } from '../messages/popup-to-content';

// Reasons a page changing will not undo: no re-check.
const FINAL_REASONS: ReadonlySet<string> = new Set(['not-html', 'too-deep', 'too-many-elements', 'too-large']);
// The page shares the highlight registry and may empty it or register its own highlights under our
// names: checked this often while the page is visible, and before each hit test.
const REASSERT_INTERVAL_MS = 1000;

/**
 * One page's life with Unsourced: decide whether to run, run, paint, answer the popup, explain on
 * hover, and follow the page as it changes. Everything it listens to is tied to `ctx`, so a reloaded or
 * updated extension leaves nothing behind.
 */
export class PageSession {
  private settings: Settings | null = null;
  private result: Extract<RunResult, { ok: true }> | null = null;
  /** The last report sent while there is no article (`result` null): sent again when the tab shows this page again. */
  private report: PageReport;
  private tooltip: ClaimTooltip;
  private rerunTimer: number | null = null;
  /** The armed timer is for an in-site navigation: the page is read as a new one. */
  private navigationPending = false;
  private readonly pacer = new RerunPacer();
  private observer: MutationObserver | null = null;
  private lastText = '';
  private rangeIds = new Map<AbstractRange, number>();
  /** The reason of the last not-article report, while the page is looked at again. */
  private notArticleReason: string | null = null;
  /**
   * Counts runs, clears and the end: a run is async (the analysis chunk loads on the first one), and one
   * whose number is no longer current when it resumes — a newer run started, the page navigated, the
   * site was switched off, the extension went away — neither paints nor reports.
   */
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    this.report = { state: 'analysing', url: location.href };
    this.tooltip = new ClaimTooltip(ctx);
  }

  async start(): Promise<void> {
    const idle = performance.now();
    this.settings = await getSettings();
    this.ctx.onInvalidated(() => this.dispose());
    const unwatch = watchSettings((s) => this.onSettings(s));
    this.ctx.onInvalidated(unwatch);
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(this.onMessage));
    // Single-page news sites: a new article without a new document.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleRerun(true));
    // Back/forward cache and prerendering: the tab shows this page again, so the badge must too.
    this.ctx.addEventListener(window, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) void this.resend();
    });
    this.ctx.addEventListener(document, 'prerenderingchange', () => void this.resend());
    this.ctx.addEventListener(document, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true });
    this.ctx.addEventListener(document, 'selectionchange', () => this.onSelection());
    this.ctx.addEventListener(window, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.tooltip.hide();
    });
    this.ctx.addEventListener(document, 'visibilitychange', () => this.reassert());
    this.ctx.setInterval(() => this.reassert(), REASSERT_INTERVAL_MS);
    await this.decide();
    // document idle → the first run's end (painted, or no article): what a reader waits for
    measureSince('first-run', idle);
  }

  /** Run, or say why not: switched off here, waiting for the popup, or not an article. */
  private async decide(force = false): Promise<void> {
    const s = this.settings;
    if (!s) return;
    if (isSiteDisabled(s, location.hostname)) {
      this.clear();
      return this.send({ state: 'site-disabled', url: location.href });
    }
    if (!s.autoRun && !force && !this.result) return this.send({ state: 'waiting', url: location.href });
    await this.run();
  }

  private async run(): Promise<void> {
    await this.analyse((result) => this.adopt(result));
  }

  /**
   * One reading of the page, handed to `use` unless it was overtaken meanwhile; `unsourced:run` spans
   * it all, painting included. Its cost (without the one-off wait for the analysis chunk) sets when the
   * next may start.
   */
  private async analyse(use: (result: RunResult) => void): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation && !this.ctx.isInvalid;
    const started = performance.now();
    const run = await this.read(current);
    if (!run || !current()) return;
    this.pacer.ran(started + run.loadMs, performance.now());
    use(run.result);
    measureSince('run', started);
  }

  /**
   * Refused up front when the page is not HTML (and, past the reader-able check, when it nests deeper
   * than Readability copes with: runAnalysis); the reason for no article made precise; editable text
   * never painted.
   */
  private async read(current: () => boolean): Promise<{ result: RunResult; loadMs: number } | null> {
    const started = performance.now();
    const html = !notHtml(document);
    measureSince('shape', started);
    const run = html ? await runAnalysis(document, current) : { result: { ok: false, reason: 'not-html' } as const, loadMs: 0 };
    if (!run) return null;
    const { result, loadMs } = run;
    if (!result.ok) return { result: { ok: false, reason: result.reason === 'not-readable' ? (whereTheTextIs(document) ?? result.reason) : result.reason }, loadMs };
    const filtering = performance.now();
    const editable = editableTest(document);
    const ranges = new Map([...result.ranges].filter(([, range]) => !editable(range)));
    measureSince('highlight', filtering);
    return { result: { ...result, ranges }, loadMs };
  }

  /** Paints and reports one run's result (or says why there is none). */
  private adopt(result: RunResult): void {
    if (!result.ok) {
      this.clear();
      this.notArticleReason = result.reason;
      if (!FINAL_REASONS.has(result.reason)) this.observe();
      return void this.send({ state: 'not-article', url: location.href, reason: result.reason });
    }
    this.notArticleReason = null;
    this.pacer.startOver();
    this.result = result;
    this.lastText = result.analysis.text;
    const painting = performance.now();
    this.paint();
    measureSince('highlight', painting);
    this.observe();
    void this.reportArticle();
  }

  /** The labels the reader highlights, as this site's display mode narrows them. */
  private paintedLabels(): ClaimLabel[] {
    const s = this.settings;
    return s ? paintedLabels(s.highlight, displayForSite(s, location.hostname)) : [];
  }

  private paint(): void {
    if (!this.result) return;
    this.rangeIds = new Map([...this.result.ranges].map(([id, r]) => [r as AbstractRange, id]));
    const byLabel = new Map<ClaimLabel, Range[]>();
    const wanted = new Set(this.paintedLabels());
    for (const [id, range] of this.result.ranges) {
      const label = this.result.analysis.sentences[id]?.label;
      if (!label || label === 'not-claim' || !wanted.has(label)) continue;
      let list = byLabel.get(label);
      if (!list) byLabel.set(label, (list = []));
      list.push(range);
    }
    paintHighlights(byLabel);
  }

  private clear(): void {
    this.generation++;
    this.result = null;
    this.notArticleReason = null;
    this.rangeIds = new Map();
    this.tooltip.hide();
    clearHighlights();
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Checked by the background's validator; never throws (the worker may be asleep). */
  private async send(report: PageReport): Promise<void> {
    this.report = report;
    await sendPageReport(report);
  }

  /**
   * The article's report: the background built it from its answer and holds it, so the page says only
   * which labels it painted. When it no longer holds it (the worker was restarted, or the tab read
   * another page since: back/forward cache), the page builds the whole report and sends that.
   */
  private async reportArticle(): Promise<void> {
    const result = this.result;
    if (!result) return;
    if (await sendPainted(result.reportToken, this.paintedLabels())) return;
    if (this.result !== result) return;
    await sendPageReport(buildReport(location.href, result, this.paintedLabels()));
  }

  private async resend(): Promise<void> {
    if (this.result) return this.reportArticle();
    await this.send(this.report);
  }

  private onSettings(s: Settings): void {
    const before = this.settings;
    this.settings = s;
    const host = location.hostname;
    if (before && isSiteDisabled(before, host) !== isSiteDisabled(s, host)) return void this.decide(true);
    if (before && !before.autoRun && s.autoRun && !this.result) return void this.decide(true);
    if (this.result) {
      this.paint();
      void this.reportArticle();
    }
  }

  private onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || !isPopupToContent(message)) return undefined;
    switch (message.type) {
      case 'run':
        void this.decide(true);
        return Promise.resolve({ ok: true });
      case 'scroll-to': {
        const range = this.result?.ranges.get(message.id);
        if (!range) return Promise.resolve({ ok: false });
        scrollToRange(range);
        return Promise.resolve({ ok: true });
      }
    }
  };

  /** Puts our highlights back if the page removed them or registered its own under our names. */
  private reassert(): void {
    if (this.result && document.visibilityState === 'visible') reassertHighlights();
  }

  private onPointer(e: PointerEvent): void {
    if (!this.result || this.tooltip.contains(e.target)) return;
    reassertHighlights();
    const id = hitTest(e.clientX, e.clientY, this.rangeIds);
    this.showFor(id, e.clientX, e.clientY);
  }

  /** Keyboard users: a caret (caret browsing, or a selection) inside a claim explains it too. */
  private onSelection(): void {
    if (!this.result) return;
    const sel = document.getSelection();
    if (!sel || !sel.rangeCount || !sel.focusNode) return;
    for (const [id, range] of this.result.ranges) {
      if (range.isPointInRange(sel.focusNode, sel.focusOffset) && this.isPainted(id)) {
        const rect = range.getBoundingClientRect();
        return this.tooltip.show(this.result.analysis.sentences[id]!, range, rect.left, rect.bottom);
      }
    }
  }

  private showFor(id: number | null, x: number, y: number): void {
    if (id === null || !this.isPainted(id)) return this.tooltip.hideSoon();
    const sentence = this.result?.analysis.sentences[id];
    const range = this.result?.ranges.get(id);
    if (sentence && range) this.tooltip.show(sentence, range, x, y);
  }

  private isPainted(id: number): boolean {
    const label = this.result?.analysis.sentences[id]?.label;
    return !!label && label !== 'not-claim' && this.paintedLabels().includes(label);
  }

  /** Follow the article's container: a re-render (a live blog, a framework hydrating) re-runs us. */
  private observe(): void {
    this.observer?.disconnect();
    const target = document.body;
    if (!target) return;
    // The hover card lives under <html>, outside <body>: its own changes never reach this observer.
    this.observer = new MutationObserver(() => this.scheduleRerun(false));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  /** Arms the one re-run timer as the pacer says: debounced, bounded, paced by the cost of a run. */
  private scheduleRerun(navigated: boolean): void {
    const now = performance.now();
    if (navigated) {
      this.pacer.startOver();
      this.navigationPending = true;
    }
    const delay = this.pacer.changed(now);
    if (delay === null) return;
    if (this.rerunTimer !== null) clearTimeout(this.rerunTimer);
    this.rerunTimer = this.ctx.setTimeout(() => {
      this.rerunTimer = null;
      this.pacer.fired();
      if (this.navigationPending) {
        this.navigationPending = false;
        this.clear();
        void this.decide();
        return;
      }
      if (this.result) void this.rerun();
      else if (this.notArticleReason !== null) void this.recheck(this.notArticleReason);
    }, delay);
  }

  /**
   * Re-reads the page once: the same text keeps its report (ads and widgets come and go) but takes the
   * fresh ranges so hover and scrolling stay right; new text is painted and reported.
   */
  private async rerun(): Promise<void> {
    await this.analyse((again) => {
      if (again.ok && again.analysis.text === this.lastText) {
        this.result = again;
        this.paint();
        return;
      }
      this.adopt(again);
    });
  }

  /** A page with no article changed: read it again, and say so only if that changed something. */
  private async recheck(reason: string): Promise<void> {
    await this.analyse((again) => {
      if (again.ok || again.reason !== reason) return this.adopt(again);
      this.pacer.foundNothing(performance.now());
    });
  }

  private dispose(): void {
    this.generation++;
    if (this.rerunTimer !== null) clearTimeout(this.rerunTimer);
    this.observer?.disconnect();
    this.tooltip.hide();
    clearHighlights();
  }
}
