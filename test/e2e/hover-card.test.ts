import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession, type UiLocale } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { claimPoint } from './helpers/claim-point';
import { foldSpaces, localeMessage, messagePrefix } from './helpers/locale-message';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { FIXTURES } from './helpers/paths';
import { saveScreenshot } from './helpers/save-screenshot';
import { STRICT_CSP_PATH, strictCspPages } from './helpers/strict-csp-page';
import { TOOLTIP_HOST, tooltipText } from './helpers/tooltip-text';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURES, strictCspPages());
});
afterAll(async () => {
  await server?.close();
});

describe.each<{ locale: UiLocale; file: string }>([
  { locale: 'en', file: 'en-article.html' },
  { locale: 'fr', file: 'fr-article.html' },
])('the hover card on $file', ({ locale, file }) => {
  let browser: ChromiumSession;
  let article: OpenArticle;
  const card = async () => foldSpaces(await tooltipText(article.page));

  beforeAll(async () => {
    browser = await launchChromium({ locale });
    article = await openArticle(browser, server.url(`/${file}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('hovering plain text shows nothing', async () => {
    const headline = article.page.locator('h1');
    await headline.scrollIntoViewIfNeeded();
    const box = (await headline.boundingBox())!;
    await article.page.mouse.move(box.x + 20, box.y + box.height / 2);
    await article.page.waitForTimeout(600);
    expect(await card()).toBe('');
  });

  test('hovering a claim with no source shows the card with its label, reason and hint', async () => {
    const point = await claimPoint(article.page, 'unsourced-unattributed', 0);
    await article.page.mouse.move(point.x, point.y);
    await expect.poll(card, { timeout: 5_000 }).toContain(foldSpaces(localeMessage(locale, 'label_unattributed_name')));
    const text = await card();
    expect(text).toContain(foldSpaces(localeMessage(locale, 'reason_no_source')));
    expect(text).toContain(foldSpaces(localeMessage(locale, 'label_unattributed_hint')));
    await saveScreenshot(article.page, `${locale}-hover-card`);
  });

  test('Escape dismisses the card', async () => {
    await article.page.keyboard.press('Escape');
    await expect.poll(card, { timeout: 3_000 }).toBe('');
  });

  test('hovering a hedged claim says which hedge was found', async () => {
    const point = await claimPoint(article.page, 'unsourced-hedged', 0);
    await article.page.mouse.move(point.x, point.y);
    await expect.poll(card, { timeout: 5_000 }).toContain(foldSpaces(localeMessage(locale, 'label_hedged_name')));
    const reasons = ['reason_hedge', 'reason_reportive_conditional'].map((key) => messagePrefix(foldSpaces(localeMessage(locale, key))));
    const text = await card();
    expect(reasons.some((reason) => text.includes(reason)), `${text} gives a hedge reason`).toBe(true);
  });

  test('moving to plain text again hides the card', async () => {
    const headline = article.page.locator('h1');
    await headline.scrollIntoViewIfNeeded();
    const box = (await headline.boundingBox())!;
    await article.page.mouse.move(box.x + 20, box.y + box.height / 2);
    await expect.poll(card, { timeout: 3_000 }).toBe('');
  });
});

/** The card's box and look, and what the reader would hit at its centre. */
function cardLayout(page: Page) {
  return page.evaluate((name) => {
    const host = document.querySelector(name);
    const card = host?.shadowRoot?.querySelector('.uns-card');
    if (!host || !card) return null;
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      atCentre: document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2) === host,
      topLayer: host.matches(':popover-open'),
      look: { borderTopWidth: style.borderTopWidth, borderRadius: style.borderTopLeftRadius, fontSize: style.fontSize, background: style.backgroundColor },
      hosts: document.querySelectorAll(name).length,
      inBody: !!document.body.querySelector(name),
    };
  }, TOOLTIP_HOST);
}

describe('the hover card in place', () => {
  let browser: ChromiumSession;
  let article: OpenArticle;
  beforeAll(async () => {
    browser = await launchChromium();
    article = await openArticle(browser, server.url('/en-article.html'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('sits beside the hovered line, inside the viewport, over everything (sticky header included)', async () => {
    // then a claim scrolled up to just below the sticky header (49 px): no room above, so the card goes below
    for (const where of ['centre', 'top'] as const) {
      const point = await claimPoint(article.page, 'unsourced-unattributed', 1);
      if (where === 'top') {
        await article.page.evaluate((y) => window.scrollBy(0, y - 64), point.y);
        point.y = 64;
      }
      await article.page.mouse.move(point.x, point.y);
      await expect.poll(() => tooltipText(article.page), { timeout: 5_000 }).not.toBe('');
      const layout = (await cardLayout(article.page))!;
      const { box, viewport } = layout;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(viewport.width);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      // clear of the line under the pointer: wholly above it or wholly below it
      expect(box.bottom < point.y || box.top > point.y, `${where}: card ${box.top}..${box.bottom}, pointer at ${point.y}`).toBe(true);
      if (where === 'top') expect(box.top).toBeGreaterThan(point.y);
      expect(layout.atCentre, 'the card is what the reader sees at its centre').toBe(true);
      expect(layout.topLayer).toBe(true);
      expect(layout).toMatchObject({ hosts: 1, inBody: false });
      await article.page.keyboard.press('Escape');
      await expect.poll(() => tooltipText(article.page), { timeout: 3_000 }).toBe('');
    }
  });

  test('stays while the pointer moves onto it, and goes once the pointer leaves it', async () => {
    const point = await claimPoint(article.page, 'unsourced-unattributed', 0);
    await article.page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipText(article.page), { timeout: 5_000 }).not.toBe('');
    const { box } = (await cardLayout(article.page))!;
    await article.page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 8 });
    await article.page.waitForTimeout(800);
    expect(await tooltipText(article.page)).not.toBe('');
    // off the card onto plain page text, far from any claim
    await article.page.mouse.move(5, 400, { steps: 4 });
    await expect.poll(() => tooltipText(article.page), { timeout: 3_000 }).toBe('');
  });
});

describe('the hover card on a page whose CSP forbids inline styles', () => {
  let browser: ChromiumSession;
  let article: OpenArticle;
  beforeAll(async () => {
    browser = await launchChromium();
    article = await openArticle(browser, server.url(STRICT_CSP_PATH));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('is styled all the same', async () => {
    // the policy is in force: the page's own <style> (body { margin: 0 }) was blocked
    expect(await article.page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('8px');
    const point = await claimPoint(article.page, 'unsourced-unattributed', 0);
    await article.page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipText(article.page), { timeout: 5_000 }).toContain('No source');
    const layout = (await cardLayout(article.page))!;
    expect(layout.look).toEqual({ borderTopWidth: '3px', borderRadius: '10px', fontSize: '13px', background: 'rgb(255, 255, 255)' });
    expect(layout.topLayer).toBe(true);
  });
});
