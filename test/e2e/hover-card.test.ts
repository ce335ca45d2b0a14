import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimPoint } from './helpers/claim-point';
import { launchChromium, type ChromiumSession, type UiLocale } from './helpers/launch-chromium';
import { foldSpaces, localeMessage, messagePrefix } from './helpers/locale-message';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { FIXTURES } from './helpers/paths';
import { saveScreenshot } from './helpers/save-screenshot';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { tooltipText } from './helpers/tooltip-text';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
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
