import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Sentence } from '../../analyzer/types';
import { ClaimCard } from '../../components/ClaimCard';
import { CLAIM_CARD_CSS } from '../../components/claim-card-css';

// The card stays a moment after the pointer leaves the claim, so it can be reached and read.
const HIDE_DELAY_MS = 250;
// The host's own box, set from inside its shadow root: `!important` there outranks any page rule, and
// the position comes in through custom properties (which `all: initial` leaves alone).
const HOST_CSS = `:host{all:initial !important;position:fixed !important;inset:auto !important;left:var(--uns-x,0px) !important;top:var(--uns-y,0px) !important;margin:0 !important;padding:0 !important;border:0 !important;background:transparent !important;overflow:visible !important;z-index:2147483647 !important;width:max-content !important;max-width:min(360px,calc(100vw - 16px)) !important;display:none !important;}
:host([data-open]){display:block !important;}`;

/**
 * The hover card beside a claim: Preact in a shadow root (the page's CSS cannot reach it), in the top
 * layer when the browser has popovers (no sticky header can cover it), positioned by Floating UI next to
 * the line of the claim under the pointer. Escape, scrolling the claim away or leaving it dismiss it.
 */
export class ClaimTooltip {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private shownId: number | null = null;
  private range: Range | null = null;
  private point = { x: 0, y: 0 };
  private hideTimer: number | null = null;
  private hovered = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.addEventListener(window, 'scroll', () => this.follow(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.follow(), { passive: true });
  }

  contains(target: EventTarget | Node | null): boolean {
    const host = this.ui?.shadowHost;
    return !!host && target instanceof Node && (target === host || host.contains(target));
  }

  show(sentence: Sentence, range: Range, x: number, y: number): void {
    this.cancelHide();
    const id = sentence.start;
    this.range = range;
    this.point = { x, y };
    if (this.shownId === id && this.ui) return void this.place();
    this.shownId = id;
    void this.mount().then((ui) => {
      if (this.shownId !== id) return;
      render(<ClaimCard label={sentence.label} reasons={sentence.reasons} source={sentence.source} />, ui.uiContainer);
      this.open(ui.shadowHost);
      this.place();
    });
  }

  hideSoon(): void {
    if (this.shownId === null || this.hideTimer !== null || this.hovered) return;
    this.hideTimer = this.ctx.setTimeout(() => {
      this.hideTimer = null;
      if (!this.hovered) this.hide();
    }, HIDE_DELAY_MS);
  }

  hide(): void {
    this.cancelHide();
    this.shownId = null;
    this.range = null;
    const host = this.ui?.shadowHost;
    if (!host) return;
    if (host.matches(':popover-open')) host.hidePopover();
    host.removeAttribute('data-open');
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private mount(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return Promise.resolve(this.ui);
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'unsourced-tooltip',
      position: 'inline',
      // Under <html>, not <body>: the page's own text (body.innerText) and layout never change.
      anchor: () => document.documentElement,
      append: 'last',
      css: `${HOST_CSS}\n${CLAIM_CARD_CSS}`,
      // our own reset is in HOST_CSS, with the host's position
      inheritStyles: true,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'pointerdown', 'mousedown', 'click'],
      onMount: (_container, _shadow, host) => {
        if ('popover' in host) host.setAttribute('popover', 'manual');
        host.addEventListener('pointerenter', () => {
          this.hovered = true;
          this.cancelHide();
        });
        host.addEventListener('pointerleave', () => {
          this.hovered = false;
          this.hideSoon();
        });
      },
      onRemove: () => {
        this.ui = null;
        this.creating = null;
      },
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }

  private open(host: HTMLElement): void {
    host.setAttribute('data-open', '');
    if (host.hasAttribute('popover') && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // not in the document yet, or popovers unsupported: the z-index above still applies
      }
    }
  }

  /** Beside the line of the claim nearest the pointer; hidden once the claim scrolls out of view. */
  private place(): void {
    const host = this.ui?.shadowHost;
    const range = this.range;
    if (!host || !range) return;
    const rects = [...range.getClientRects()];
    if (!rects.length) return this.hide();
    const { x, y } = this.point;
    const line = rects.find((r) => y >= r.top && y <= r.bottom && x >= r.left - 4 && x <= r.right + 4) ?? rects.find((r) => y >= r.top && y <= r.bottom) ?? rects[0]!;
    const anchor = { getBoundingClientRect: () => line, getClientRects: () => [line] };
    void computePosition(anchor, host, { strategy: 'fixed', placement: 'top-start', middleware: [offset(10), flip({ padding: 8, fallbackPlacements: ['bottom-start'] }), shift({ padding: 8 })] }).then(({ x: left, y: top }) => {
      host.style.setProperty('--uns-x', `${Math.round(left)}px`);
      host.style.setProperty('--uns-y', `${Math.round(top)}px`);
    });
  }

  private follow(): void {
    if (this.shownId === null || !this.range) return;
    const r = this.range.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return this.hide();
    // Keep the card on the same line while the page scrolls under the pointer.
    this.point = { x: this.point.x, y: Math.min(Math.max(this.point.y, r.top), r.bottom) };
    this.place();
  }
}
