import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ClaimLabel } from '../../analyzer/types';
import type { PageReport } from '../../messages/protocol';
import { clearHighlights, paintHighlights, setHighlightsVisible } from '../../page/highlight-registry';
import { hitTest } from '../../page/hit-test';
import { scrollToRange } from '../../page/scroll-to-range';
import type { Settings } from '../../settings/settings';
import { getSettings, isSiteDisabled, watchSettings } from '../../settings/settings-store';
import { sendPageReport } from '../../messages/send-page-report';
import { buildReport } from './build-report';
import { measure, runAnalysis, type RunResult } from './run-analysis';
import { ClaimTooltip } from './claim-tooltip';
import { isPopupToContent } from '../../messages/validate-popup-to-content';

const CLAIM_LABELS: ClaimLabel[] = ['unattributed', 'hedged', 'vague', 'attributed'];
// A re-rendered article settles before it is read again; a page that never settles (a ticker) is
// still re-read every RERUN_MAX_WAIT_MS.
const RERUN_DEBOUNCE_MS = 800;
const RERUN_MAX_WAIT_MS = 3000;

/**
 * One page's life with Unsourced: decide whether to run, run, paint, answer the popup, explain on
 * hover, and follow the page as it changes. Everything it listens to is tied to `ctx`, so a reloaded or
 * updated extension leaves nothing behind.
 */
export class PageSession {
  private settings: Settings | null = null;
  private result: Extract<RunResult, { ok: true }> | null = null;
  private report: PageReport;
  private visible = true;
  private tooltip: ClaimTooltip;
  private rerunTimer: number | null = null;
  private rerunSince = 0;
  private observer: MutationObserver | null = null;
  private lastText = '';
  private rangeIds = new Map<AbstractRange, number>();

  constructor(private readonly ctx: ContentScriptContext) {
    this.report = { state: 'analysing', url: location.href };
    this.tooltip = new ClaimTooltip(ctx);
  }

  async start(): Promise<void> {
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
      if ((e as PageTransitionEvent).persisted) void this.send(this.report);
    });
    this.ctx.addEventListener(document, 'prerenderingchange', () => void this.send(this.report));
    this.ctx.addEventListener(document, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true });
    this.ctx.addEventListener(document, 'selectionchange', () => this.onSelection());
    this.ctx.addEventListener(window, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.tooltip.hide();
    });
    await this.decide();
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
    this.run();
  }

  private run(): void {
    this.adopt(runAnalysis(document));
  }

  /** Paints and reports one run's result (or says why there is none). */
  private adopt(result: RunResult): void {
    if (!result.ok) {
      this.clear();
      return void this.send({ state: 'not-article', url: location.href, reason: result.reason });
    }
    this.result = result;
    this.lastText = result.analysis.text;
    this.paint();
    measure('highlight');
    this.observe();
    void this.send(buildReport(location.href, result, this.paintedLabels(), this.visible));
  }

  private paintedLabels(): ClaimLabel[] {
    const h = this.settings?.highlight;
    return CLAIM_LABELS.filter((l) => h?.[l]);
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
    setHighlightsVisible(this.visible);
  }

  private clear(): void {
    this.result = null;
    this.rangeIds = new Map();
    this.tooltip.hide();
    clearHighlights();
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Checked against the background's own validator first; never throws (the worker may be asleep). */
  private async send(report: PageReport): Promise<void> {
    this.report = report;
    await sendPageReport(report);
  }

  private onSettings(s: Settings): void {
    const before = this.settings;
    this.settings = s;
    const host = location.hostname;
    if (before && isSiteDisabled(before, host) !== isSiteDisabled(s, host)) return void this.decide(true);
    if (before && !before.autoRun && s.autoRun && !this.result) return void this.decide(true);
    if (this.result) {
      this.paint();
      void this.send(buildReport(location.href, this.result, this.paintedLabels(), this.visible));
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
      case 'set-highlights-visible':
        this.visible = message.visible;
        setHighlightsVisible(this.visible);
        if (!this.visible) this.tooltip.hide();
        if (this.report.state === 'article') void this.send({ ...this.report, highlightsVisible: this.visible });
        return Promise.resolve({ ok: true });
    }
  };

  private onPointer(e: PointerEvent): void {
    if (!this.result || !this.visible || this.tooltip.contains(e.target)) return;
    const id = hitTest(e.clientX, e.clientY, this.rangeIds);
    this.showFor(id, e.clientX, e.clientY);
  }

  /** Keyboard users: a caret (caret browsing, or a selection) inside a claim explains it too. */
  private onSelection(): void {
    if (!this.result || !this.visible) return;
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

  private scheduleRerun(navigated: boolean): void {
    const now = performance.now();
    if (this.rerunTimer !== null) {
      if (now - this.rerunSince > RERUN_MAX_WAIT_MS) return;
      clearTimeout(this.rerunTimer);
    } else this.rerunSince = now;
    this.rerunTimer = this.ctx.setTimeout(() => {
      this.rerunTimer = null;
      if (navigated) {
        this.clear();
        void this.decide();
        return;
      }
      if (!this.result) return;
      // Re-read the page once: the same text keeps its report (ads and widgets come and go) but takes
      // the fresh ranges so hover and scrolling stay right; new text is painted and reported.
      const again = runAnalysis(document);
      if (again.ok && again.analysis.text === this.lastText) {
        this.result = again;
        this.paint();
        return;
      }
      this.adopt(again);
    }, RERUN_DEBOUNCE_MS);
  }

  private dispose(): void {
    if (this.rerunTimer !== null) clearTimeout(this.rerunTimer);
    this.observer?.disconnect();
    this.tooltip.hide();
    clearHighlights();
  }
}
