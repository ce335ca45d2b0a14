// npm start: build the Chrome extension, serve the demo articles on 127.0.0.1 and open them in Chromium
// with Unsourced loaded. With a display the browser stays open until it is closed; without one it runs
// headless, saves screenshots to demo-output/ and prints what the extension found on each page.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { badgeText } from '../test/e2e/helpers/badge-text';
import { highlightSizes } from '../test/e2e/helpers/highlight-sizes';
import { launchChromium, type ChromiumSession } from '../test/e2e/helpers/launch-chromium';
import { fitPopupViewport, openPopup } from '../test/e2e/helpers/open-popup';
import { CHROMIUM, ROOT } from '../test/e2e/helpers/paths';
import { startStaticServer } from '../test/e2e/helpers/static-server';
import { tabIdOf } from '../test/e2e/helpers/tab-id-of';
import { tabReport } from '../test/e2e/helpers/tab-report';
import { waitForBadge } from '../test/e2e/helpers/wait-for-badge';

const DEMO = join(ROOT, 'demo');
const OUTPUT = join(ROOT, 'demo-output');
const PAGES = ['en-wire-report.html', 'fr-depeche.html'];

async function main(): Promise<number> {
  console.log('Building the Chrome extension (wxt build)…');
  await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT });

  const server = await startStaticServer(DEMO);
  let headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const locale = /^fr/i.test(process.env.LANGUAGE ?? process.env.LANG ?? '') ? 'fr' : 'en';
  let browser: ChromiumSession | undefined;
  for (const mode of headed ? [true, false] : [false]) {
    try {
      browser = await launchChromium({ headed: mode, locale });
      headed = mode;
      break;
    } catch (error) {
      console.error(`Could not start Chromium (${CHROMIUM}) ${mode ? 'in a window' : 'headless'}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (!browser) {
    await server.close();
    console.error('Install it with: apt-get install -y chromium');
    return 1;
  }

  const pages: Page[] = [];
  for (const file of PAGES) {
    const page = await browser.newPage();
    await page.goto(server.url(`/${file}`), { waitUntil: 'load' });
    pages.push(page);
  }

  if (headed) {
    console.log(`Chromium is open with Unsourced loaded, on:\n${PAGES.map((f) => `  ${server.url(`/${f}`)}`).join('\n')}`);
    console.log('Click the Unsourced icon in the toolbar for the popup. Close the browser to stop.');
    await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
    await server.close();
    return 0;
  }

  console.log('No display to open a window on: running headless.\n');
  await mkdir(OUTPUT, { recursive: true });
  let failures = 0;
  for (const [index, page] of pages.entries()) {
    const name = PAGES[index]!.replace(/\.html$/, '');
    const tabId = await tabIdOf(browser, page);
    try {
      await waitForBadge(browser, tabId);
    } catch (error) {
      console.error(`${name}: ${(error as Error).message}`);
      failures++;
      continue;
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = join(OUTPUT, `${name}.png`);
    await page.screenshot({ path: shot });
    const popup = await openPopup(browser, page);
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(500);
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
    console.log(`  screenshots: ${relative(ROOT, shot)}, ${relative(ROOT, popupShot)}\n`);
    await popup.close();
  }
  await browser.close();
  await server.close();
  return failures === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
