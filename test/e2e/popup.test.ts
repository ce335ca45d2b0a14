import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession, type UiLocale } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { analyzeWithCli, type CliResult } from './helpers/analyze-with-cli';
import { controlNamed } from './helpers/control-named';
import type { HighlightName } from './helpers/highlight-names';
import { foldSpaces, localeMessage, messagePrefix } from './helpers/locale-message';
import { openArticle, type OpenArticle } from './helpers/open-article';
import { fitPopupViewport, openPopup } from './helpers/open-popup';
import { FIXTURES } from './helpers/paths';
import { rangeInView } from './helpers/range-in-view';
import { saveScreenshot } from './helpers/save-screenshot';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURES);
});
afterAll(async () => {
  await server?.close();
});

const PREFIX_CHARS = 40;
const prefixOf = (text: string) => foldSpaces(text).slice(0, PREFIX_CHARS);

describe.each<{ locale: UiLocale; file: string }>([
  { locale: 'en', file: 'en-article.html' },
  { locale: 'fr', file: 'fr-article.html' },
])('the popup for $file', ({ locale, file }) => {
  let browser: ChromiumSession;
  let article: OpenArticle;
  let popup: Page;
  let cli: CliResult;
  const popupText = async () => foldSpaces(await popup.evaluate(() => document.body.innerText));
  const message = (key: string, values?: Record<string, string | number>) => foldSpaces(localeMessage(locale, key, values));

  beforeAll(async () => {
    [browser, cli] = await Promise.all([launchChromium({ locale }), analyzeWithCli(join(FIXTURES, file))]);
    article = await openArticle(browser, server.url(`/${file}`));
    popup = await openPopup(browser, article.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows the verdict in the badge tooltip’s words, the article title and the key with each label’s count', async () => {
    const { unattributed, hedged, claims } = cli.totals;
    const count = unattributed + hedged;
    await expect.poll(popupText, { timeout: 10_000 }).toContain(message(count === 1 ? 'popup_verdict_one' : 'popup_verdict_other', { count, claims }));
    const text = await popupText();
    expect(text).toContain(foldSpaces(cli.title ?? ''));
    for (const label of ['attributed', 'vague', 'hedged', 'unattributed'] as const) {
      expect(text).toContain(`${message(`label_${label}_name`)} ${cli.totals[label]}`);
    }
    await fitPopupViewport(popup);
    await saveScreenshot(popup, `${locale}-popup`);
  });

  test('lists the sources cited, named and anonymous', async () => {
    await controlNamed(popup, message('popup_tab_sources')).click();
    const showAll = popup.getByRole('button', { name: messagePrefix(message('popup_show_all')) });
    for (let i = 0; i < 5 && (await showAll.count()) > 0; i++) await showAll.first().click();
    const text = await popupText();
    for (const source of cli.sources) expect(text).toContain(foldSpaces(source.name));
    await fitPopupViewport(popup);
    await saveScreenshot(popup, `${locale}-popup-sources`);
  });

  test('lists the flagged claims, and clicking one scrolls the page to it', async () => {
    await controlNamed(popup, message('popup_tab_flagged')).click();
    const flagged = cli.sentences.filter((s) => s.label === 'unattributed' || s.label === 'hedged');
    const text = await popupText();
    for (const sentence of flagged) expect(text).toContain(prefixOf(sentence.text));

    // the last flagged claim is far below the fold
    const last = flagged[flagged.length - 1]!;
    const name = `unsourced-${last.label}` as HighlightName;
    await article.page.evaluate(() => window.scrollTo(0, 0));
    expect(await rangeInView(article.page, name, prefixOf(last.text))).toBe(false);
    await popup.getByText(prefixOf(last.text)).first().click();
    await expect.poll(() => rangeInView(article.page, name, prefixOf(last.text)), { timeout: 5_000 }).toBe(true);
  });
});
