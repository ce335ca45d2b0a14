import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/launch-chromium';
import { startStaticServer, type StaticServer } from '../../harness/static-server';
import { analyzeWithCli, unsourcedCount } from './helpers/analyze-with-cli';
import { highlightSizes, unsourcedRanges } from './helpers/highlight-sizes';
import { openArticle } from './helpers/open-article';
import { FIXTURES } from './helpers/paths';
import { seedPageHtml, seedPresent } from './helpers/seed-page';

/** unattributed + hedged in `../shared/corpus/seed/labels.json` */
const SEED_UNSOURCED = 9;

describe.skipIf(!seedPresent)('the seed report served as a plain HTML page (one <p> per line)', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let folder: string;
  let html: string;

  beforeAll(async () => {
    html = seedPageHtml();
    folder = await mkdtemp(join(tmpdir(), 'unsourced-seed-'));
    await writeFile(join(folder, 'seed.html'), html);
    server = await startStaticServer(FIXTURES, { '/seed.html': html });
    browser = await launchChromium({ locale: 'fr' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test(`its badge and its highlighted claims with no source equal the CLI's unattributed + hedged (${SEED_UNSOURCED})`, async () => {
    const cli = await analyzeWithCli(join(folder, 'seed.html'));
    expect(unsourcedCount(cli)).toBe(SEED_UNSOURCED);
    const article = await openArticle(browser, server.url('/seed.html'));
    expect(unsourcedRanges(await highlightSizes(article.page))).toBe(SEED_UNSOURCED);
    expect(article.badge).toBe(String(SEED_UNSOURCED));
  });
});
