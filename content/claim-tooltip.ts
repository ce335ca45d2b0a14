import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Sentence } from '../analyzer/types';
import { claimCard } from '../components/claim-card';
import { CLAIM_CARD_CSS } from '../components/claim-card-css';
import { placeCard } from '../page/place-card';
import { adoptCss } from './adopt-css';

/** The host element's name: one per page, under `<html>`. */
const TOOLTIP_HOST = 'unsourced-tooltip';
// The card stays a moment after the pointer leaves the claim, so it can be reached and read.
const HIDE_DELAY_MS = 250;
// What the page never hears from inside the card: a click on it must not count as a click on the page.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'pointerdown', 'mousedown', 'click'];
// The host's own box, set from inside its shadow root: `!important` there outranks any page rule, and
// the position comes in through custom properties (which `all: initial` leaves alone).
const HOST_CSS = `:host{all:initial !important;position:fixed !important;inset:auto !important;left:var(--uns-x,0px) !important;top:var(--uns-y,0px) !important;margin:0 !important;padding:0 !important;border:0 !important;background:transparent !important;overflow:visible !important;z-index:2147483647 !important;width:max-content !important;max-width:min(360px,calc(100vw - 16px)) !important;display:none !important;}
:host([data-open]){display:block !important;}`;

/**
 * The hover card beside a claim: in a shadow root (the page's CSS cannot reach it), in the top layer
 * when the browser has popovers (no sticky header can cover it), placed next to the line of the claim
 * under the pointer. Escape, scrolling the claim away or leaving it dismiss it.
 */
export class ClaimTooltip {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private shownId: number | null = null;
  private range: Range | null = null;
  private point = { x: 0, y: 0 };
  private hideTimer: number | null = null;
  private hovered = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.addEventListener(window, 'scroll', () => this.follow(), { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => this.follow(), { passive: true });
    ctx.onInvalidated(() => this.remove());
  }

  contains(target: EventTarget | Node | null): boolean {
    const host = this.host;
    return !!host && target instanceof Node && (target === host || host.contains(target));
  }

  show(sentence: Sentence, range: Range, x: number, y: number): void {
    if (this.ctx.isInvalid) return;
    this.cancelHide();
    this.range = range;
    this.point = { x, y };
    const host = this.mount();
    if (this.shownId !== sentence.start || !this.card) {
      this.shownId = sentence.start;
      const card = claimCard({ label: sentence.label, reasons: sentence.reasons, source: sentence.source });
      if (this.card) this.card.replaceWith(card);
      else host.shadowRoot!.append(card);
      this.card = card;
    }
    this.open(host);
    this.place();
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
    const host = this.host;
    if (!host) return;
    if (host.matches(':popover-open')) host.hidePopover();
    host.removeAttribute('data-open');
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  /** The host, made once and put back if the page took it out. */
  private mount(): HTMLElement {
    const host = this.host ?? this.createHost();
    // Under <html>, not <body>: the page's own text (body.innerText) and layout never change.
    if (!host.isConnected) document.documentElement.append(host);
    return host;
  }

  private createHost(): HTMLElement {
    const host = document.createElement(TOOLTIP_HOST);
    // open: the E2E tests read the card the way a reader sees it
    const shadow = host.attachShadow({ mode: 'open' });
    adoptCss(shadow, `${HOST_CSS}\n${CLAIM_CARD_CSS}`);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
    // manual: only we open and close it, the page's light dismiss does not
    if ('popover' in host) host.popover = 'manual';
    host.addEventListener('pointerenter', () => {
      this.hovered = true;
      this.cancelHide();
    });
    host.addEventListener('pointerleave', () => {
      this.hovered = false;
      this.hideSoon();
    });
    this.host = host;
    return host;
  }

  private remove(): void {
    this.cancelHide();
    this.host?.remove();
    this.host = null;
    this.card = null;
    this.shownId = null;
    this.range = null;
  }

  /** Idempotent: also brings the card back to the top layer if the page took the host out and we put it back. */
  private open(host: HTMLElement): void {
    host.setAttribute('data-open', '');
    if (host.hasAttribute('popover') && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // popovers unsupported or refused: the z-index above still applies
      }
    }
  }

  /** Beside the line of the claim nearest the pointer; hidden once the claim scrolls out of view. */
  private place(): void {
    const host = this.host;
    const range = this.range;
    if (!host || !range) return;
    const rects = [...range.getClientRects()];
    if (!rects.length) return this.hide();
    const { x, y } = this.point;
    const line = rects.find((r) => y >= r.top && y <= r.bottom && x >= r.left - 4 && x <= r.right + 4) ?? rects.find((r) => y >= r.top && y <= r.bottom) ?? rects[0]!;
    const size = host.getBoundingClientRect();
    const root = document.documentElement;
    // the layout viewport without its scroll bars (innerWidth counts them)
    const viewport = { width: Math.min(root.clientWidth || innerWidth, innerWidth), height: Math.min(root.clientHeight || innerHeight, innerHeight) };
    const at = placeCard(line, size, viewport);
    host.style.setProperty('--uns-x', `${Math.round(at.x)}px`);
    host.style.setProperty('--uns-y', `${Math.round(at.y)}px`);
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
