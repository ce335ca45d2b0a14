import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { analyzeWithCli, unsourcedCount } from './helpers/analyze-with-cli';
import { FIXTURES } from './helpers/paths';
import { STRICT_CSP_PATH, strictCspPages } from './helpers/strict-csp-page';
import { TOOLTIP_HOST } from './helpers/tooltip-text';

const FILE = 'en-article.html';

describe('smoke test in Firefox ESR (the MV2 build as a temporary add-on, headless, through WebDriver BiDi)', () => {
  let server: StaticServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await startStaticServer(FIXTURES, strictCspPages());
    firefox = await launchFirefox();
    await firefox.bidi.send('browsingContext.navigate', { context: firefox.tab, url: server.url(`/${FILE}`), wait: 'complete' });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('the highlights appear on an article page, as many as the CLI flags', async () => {
    // evaluated in the page's own world: content-script highlights live in the page's registry
    const sizes = () =>
      firefox.bidi.evaluate<{ has: boolean; unattributed: number; hedged: number }>(
        firefox.tab,
        `({ has: CSS.highlights.has('unsourced-unattributed'),
            unattributed: CSS.highlights.get('unsourced-unattributed')?.size ?? 0,
            hedged: CSS.highlights.get('unsourced-hedged')?.size ?? 0 })`,
      );
    const deadline = Date.now() + 30_000;
    let seen = await sizes();
    while (!(seen.has && seen.unattributed > 0) && Date.now() < deadline) {
      await sleep(250);
      seen = await sizes();
    }
    expect(seen.has, `no highlights in Firefox\n--- Firefox output ---\n${firefox.output()}`).toBe(true);
    expect(seen.unattributed).toBeGreaterThan(0);
    const cli = await analyzeWithCli(join(FIXTURES, FILE));
    expect(seen.unattributed + seen.hedged).toBe(unsourcedCount(cli));
  });

  test('the hover card shows, styled, on a page whose CSP forbids inline styles', async () => {
    await firefox.bidi.send('browsingContext.navigate', { context: firefox.tab, url: server.url(STRICT_CSP_PATH), wait: 'complete' });
    // the first line of the first claim with no source, scrolled into view, once it is painted
    const claimPoint = `(() => {
      const first = [...(CSS.highlights.get('unsourced-unattributed') ?? [])][0];
      if (!first) return null;
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(first.endContainer, first.endOffset);
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const line = [...range.getClientRects()].find((r) => r.width > 4 && r.height > 4);
      return line && { x: Math.round(line.left + Math.min(line.width / 2, 60)), y: Math.round(line.top + line.height / 2) };
    })()`;
    let point: { x: number; y: number } | null = null;
    for (const deadline = Date.now() + 30_000; !point && Date.now() < deadline; await sleep(250)) {
      point = await firefox.bidi.evaluate<{ x: number; y: number } | null>(firefox.tab, claimPoint);
    }
    expect(point, 'no claim painted on the strict page').not.toBeNull();
    const card = () =>
      firefox.bidi.evaluate<{ text: string; borderTopWidth: string; borderRadius: string; topLayer: boolean; bodyMargin: string } | null>(
        firefox.tab,
        `(() => {
          const host = document.querySelector('${TOOLTIP_HOST}');
          const card = host?.shadowRoot?.querySelector('.uns-card');
          if (!host || !card || !host.hasAttribute('data-open')) return null;
          const style = getComputedStyle(card);
          return { text: card.innerText, borderTopWidth: style.borderTopWidth, borderRadius: style.borderTopLeftRadius,
                   topLayer: host.matches(':popover-open'), bodyMargin: getComputedStyle(document.body).marginTop };
        })()`,
      );
    let shown = await card();
    for (const deadline = Date.now() + 10_000; !shown && Date.now() < deadline; shown = await card()) {
      await firefox.bidi.send('input.performActions', {
        context: firefox.tab,
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: point!.x, y: point!.y + 1 }, { type: 'pointerMove', x: point!.x, y: point!.y }] }],
      });
      await sleep(250);
    }
    expect(shown, `no hover card in Firefox\n--- Firefox output ---\n${firefox.output()}`).not.toBeNull();
    // the policy is in force (the page's own <style> was blocked), and the card is styled all the same
    expect(shown).toMatchObject({ bodyMargin: '8px', borderTopWidth: '3px', borderRadius: '10px', topLayer: true });
    expect(shown!.text).toContain('No source');
  });
});
