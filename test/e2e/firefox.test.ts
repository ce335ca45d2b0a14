import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeWithCli, unsourcedCount } from './helpers/analyze-with-cli';
import { FIXTURES } from './helpers/paths';
import { runFirefox, type FirefoxSession } from './helpers/run-firefox';
import { startStaticServer, type StaticServer } from './helpers/static-server';

const FILE = 'en-article.html';

describe('smoke test in Firefox ESR (the MV2 build, headless, through web-ext run)', () => {
  let server: StaticServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await startStaticServer(FIXTURES);
    firefox = await runFirefox(server.url(`/${FILE}`));
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
    expect(seen.has, `no highlights in Firefox\n--- web-ext output ---\n${firefox.log()}`).toBe(true);
    expect(seen.unattributed).toBeGreaterThan(0);
    const cli = await analyzeWithCli(join(FIXTURES, FILE));
    expect(seen.unattributed + seen.hedged).toBe(unsourcedCount(cli));
  });
});
