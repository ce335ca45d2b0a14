// npm start: build the Chrome extension, serve the demo articles on 127.0.0.1 and open them in Chromium
// with Unsourced loaded. With a display the browser stays open until it is closed; without one it runs
// headless, each demo in its own language's interface, saves screenshots to demo-output/ (a flagged
// passage with its card open, and the popup) and prints what the extension found on each page.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { badgeText } from '../harness/badge-text';
import { launchChromium, type ChromiumSession, type UiLocale } from '../harness/launch-chromium';
import { CHROMIUM, ROOT } from '../harness/paths';
import { startStaticServer } from '../harness/static-server';
import { tabIdOf } from '../harness/tab-id-of';
import { tabReport } from '../harness/tab-report';
import { claimPoint } from '../test/e2e/helpers/claim-point';
import type { HighlightName } from '../test/e2e/helpers/highlight-names';
import { highlightSizes } from '../test/e2e/helpers/highlight-sizes';
import { fitPopupViewport, openPopup } from '../test/e2e/helpers/open-popup';
import { tooltipText } from '../test/e2e/helpers/tooltip-text';
import { waitForBadge } from '../test/e2e/helpers/wait-for-badge';

const DEMO = join(ROOT, 'demo');
const OUTPUT = join(ROOT, 'demo-output');
/** Each demo page with the interface language it is shown in when headless. */
const PAGES: readonly { file: string; locale: UiLocale }[] = [
  { file: 'en-wire-report.html', locale: 'en' },
  { file: 'fr-depeche.html', locale: 'fr' },
];
// The card shown in the screenshot: the rarer marks first, they are what the key explains.
const CARD_ORDER: readonly HighlightName[] = ['unsourced-vague', 'unsourced-hedged', 'unsourced-unattributed'];

async function main(): Promise<number> {
  console.log('Building the Chrome extension (wxt build)…');
  await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT });

  const server = await startStaticServer(DEMO);
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (headed) {
    const locale = /^fr/i.test(process.env.LANGUAGE ?? process.env.LANG ?? '') ? 'fr' : 'en';
    const browser = await launch(true, locale).catch(() => null);
    if (browser) {
      for (const { file } of PAGES) await (await browser.newPage()).goto(server.url(`/${file}`), { waitUntil: 'load' });
      console.log(`Chromium is open with Unsourced loaded, on:\n${PAGES.map(({ file }) => `  ${server.url(`/${file}`)}`).join('\n')}`);
      console.log('Click the Unsourced icon in the toolbar for the popup. Close the browser to stop.');
      await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
      await server.close();
      return 0;
    }
  }

  console.log(`${headed ? 'No window could be opened' : 'No display to open a window on'}: running headless.\n`);
  await mkdir(OUTPUT, { recursive: true });
  let failures = 0;
  for (const { file, locale } of PAGES) {
    // the French demo in the French interface: one browser per language
    const browser = await launch(false, locale).catch(() => null);
    if (!browser) {
      await server.close();
      console.error('Install it with: apt-get install -y chromium');
      return 1;
    }
    try {
      if (!(await showPage(browser, server.url(`/${file}`), file.replace(/\.html$/, '')))) failures++;
    } finally {
      await browser.close();
    }
  }
  await server.close();
  return failures === 0 ? 0 : 1;
}

async function launch(headed: boolean, locale: UiLocale): Promise<ChromiumSession> {
  try {
    return await launchChromium({ headed, locale });
  } catch (error) {
    console.error(`Could not start Chromium (${CHROMIUM}) ${headed ? 'in a window' : 'headless'}: ${(error as Error).message.split('\n')[0]}`);
    throw error;
  }
}

/** Opens one demo page, saves its screenshots and prints what the extension found; false if it could not. */
async function showPage(browser: ChromiumSession, url: string, name: string): Promise<boolean> {
  const page = await browser.newPage();
  // tsx keeps function names by wrapping them in `__name(…)`, a helper that exists in Node, not in the
  // page: the test helpers' functions sent to page.evaluate need it there too
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser, page);
  try {
    await waitForBadge(browser, tabId);
    await page.waitForFunction(() => performance.getEntriesByName('unsourced:highlight').length > 0, null, { timeout: 10_000 });
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    return false;
  }
  const card = await openACard(page);
  const marked = await markedInView(page);
  const shot = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path: shot });
  const popup = await openPopup(browser, page);
  await popup.waitForLoadState('load');
  await popup.locator('.uns-key, .uns-state').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await fitPopupViewport(popup);
  const popupShot = join(OUTPUT, `${name}-popup.png`);
  await popup.screenshot({ path: popupShot });
  const report = await tabReport(popup, tabId).catch(() => null);
  const sizes = await highlightSizes(page);
  console.log(await page.title());
  console.log(`  ${page.url()}`);
  console.log(`  badge: ${await badgeText(browser, tabId)}`);
  if (report?.state === 'article') {
    const t = report.totals;
    console.log(
      `  totals: ${t.sentences} sentences, ${t.claims} claims: ${t.unattributed} unattributed, ${t.hedged} hedged, ` +
        `${t.vague} vague, ${t.attributed} attributed`,
    );
  } else if (report) {
    console.log(`  state: ${report.state}`);
  }
  console.log(`  highlights: ${Object.entries(sizes).map(([n, size]) => `${n} ${size ?? 0}`).join(', ')}`);
  console.log(`  in the screenshot: ${marked} marked claims${card ? `, the card of one open (${card})` : ', no card open'}`);
  console.log(`  screenshots: ${relative(ROOT, shot)}, ${relative(ROOT, popupShot)}\n`);
  await popup.close();
  return card !== null && marked > 0;
}

/** Scrolls to a flagged claim and rests the pointer on it; the card's first line, or null. */
async function openACard(page: Page): Promise<string | null> {
  for (const name of CARD_ORDER) {
    const point = await claimPoint(page, name).catch(() => null);
    if (!point) continue;
    await page.mouse.move(point.x, point.y);
    for (let i = 0; i < 20; i++) {
      const text = await tooltipText(page);
      if (text) return text.split('\n')[0]!.trim();
      await page.waitForTimeout(100);
    }
  }
  return null;
}

/** How many of the page's marked claims show, at least in part, in the viewport. */
function markedInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    let shown = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('unsourced-') || name === 'unsourced-flash') continue;
      for (const abstract of highlight) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        if ([...range.getClientRects()].some((r) => r.bottom > 0 && r.top < innerHeight && r.width > 0)) shown++;
      }
    }
    return shown;
  });
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
