import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './launch-chromium';
import { startStaticServer } from './static-server';

/** The slugs of a folder of saved pages (`<slug>/source.html`), sorted. */
export function savedPageSlugs(folder: string): string[] {
  return readdirSync(folder)
    .filter((slug) => existsSync(join(folder, slug, 'source.html')))
    .sort();
}

/**
 * For probes that read saved pages as a browser shows them, without the extension: each page of
 * `slugs` is served from `folder`, loaded in Chromium and handed to `read`, one after another. A page
 * that fails to load or to be read is reported and skipped. Returns how many were read.
 */
export async function eachSavedPage(folder: string, slugs: readonly string[], read: (page: Page, slug: string) => Promise<void>): Promise<number> {
  const server = await startStaticServer(folder);
  const session = await launchChromium({ withExtension: false });
  let done = 0;
  try {
    for (const slug of slugs) {
      const page = await session.newPage();
      // tsx wraps named functions in `__name(…)`, a helper the page does not have
      await page.addInitScript('globalThis.__name ??= (fn) => fn;');
      try {
        await page.goto(server.url(`/${slug}/source.html`), { waitUntil: 'load', timeout: 30_000 });
        await read(page, slug);
        done++;
      } catch (error) {
        console.log(`${slug}: not read (${(error as Error).message.split('\n')[0]})`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
  return done;
}
