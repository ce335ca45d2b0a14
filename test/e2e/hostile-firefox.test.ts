import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { watchFirefoxErrors, type FirefoxErrors } from '../../harness/firefox-errors';
import { launchFirefox, type FirefoxSession } from '../../harness/launch-firefox';
import { analyzeWithCli, unsourcedCount } from './helpers/analyze-with-cli';
import { startHostileServer, type HostileServer } from './helpers/hostile-server';
import { FIXTURES } from './helpers/paths';

const HOSTILE = join(FIXTURES, 'hostile');

interface Painted {
  /** Ranges under each of our names, and whether the page made that entry. */
  entries: Record<string, { size: number; byPage: boolean } | null>;
  /** The extension's `unsourced:*` measures, in order. */
  measures: string[];
  /** How many times the highlight thief took the registry over. */
  thefts?: string;
}

// A page's own world, evaluated through WebDriver BiDi: the content script's highlights live in the
// page's registry and its measures in the page's timeline.
const PAINTED = `(() => {
  const isPage = window.isPageHighlight ?? (() => false);
  const names = ['unsourced-unattributed', 'unsourced-hedged', 'unsourced-vague', 'unsourced-attributed'];
  return {
    entries: Object.fromEntries(names.map((n) => { const h = CSS.highlights.get(n); return [n, h ? { size: h.size, byPage: isPage(h) } : null]; })),
    measures: performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('unsourced:')),
    thefts: document.documentElement.dataset?.thefts,
  };
})()`;

describe('hostile pages in Firefox ESR (the MV2 build as a temporary add-on, headless, through WebDriver BiDi)', () => {
  let server: HostileServer;
  let firefox: FirefoxSession;
  let errors: FirefoxErrors;

  beforeAll(async () => {
    server = await startHostileServer();
    firefox = await launchFirefox();
    errors = await watchFirefoxErrors(firefox);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Loads `path` in the tab, and waits until the content script has read it (`done` says when). */
  async function visit(path: string, done: (p: Painted) => boolean): Promise<Painted> {
    errors.clear();
    await firefox.bidi.send('browsingContext.navigate', { context: firefox.tab, url: server.url(path), wait: 'complete' });
    return until(path, done);
  }

  /** Waits until what the page shows satisfies `done`. */
  async function until(what: string, done: (p: Painted) => boolean): Promise<Painted> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const painted = await firefox.bidi.evaluate<Painted>(firefox.tab, PAINTED);
      if (done(painted)) return painted;
      if (Date.now() > deadline) throw new Error(`${what}: not as expected in Firefox: ${JSON.stringify(painted)}\n--- Firefox output ---\n${firefox.output()}`);
      await sleep(200);
    }
  }

  const size = (p: Painted, label: string) => p.entries[`unsourced-${label}`]?.size ?? 0;
  const highlighted = (p: Painted) => p.measures.includes('unsourced:highlight');

  function expectNoExtensionErrors(): void {
    expect(errors.extension(), 'errors of the extension').toEqual([]);
    // unhandled rejections carry no stack: on these pages only the page's own may have none
    expect(errors.unattributed().filter((text) => !/\bpage\b/.test(text)), 'errors with no stack').toEqual([]);
  }

  test('a strict Content-Security-Policy: painted as the CLI counts', async () => {
    const painted = await visit('/hostile/csp.html', highlighted);
    expect(await firefox.bidi.evaluate(firefox.tab, 'document.title')).toBe('Ferry fares rise for the second time this year | The Island Herald');
    expect(size(painted, 'unattributed') + size(painted, 'hedged')).toBe(unsourcedCount(await analyzeWithCli(join(HOSTILE, 'csp.html'))));
    // the analysis chunk was imported despite `default-src 'none'`, once
    expect(painted.measures.filter((m) => m === 'unsourced:load')).toEqual(['unsourced:load']);
    // it ran in the content script's sandbox (the page's CSP would have blocked it in the page's world)
    // and left the page nothing to see or call
    const globals = `JSON.stringify(Object.getOwnPropertyNames(window).filter((n) => /unsourced|extractForAnalysis|locateClaims|readability/i.test(n)))`;
    expect(await firefox.bidi.evaluate(firefox.tab, globals)).toBe('[]');
    expectNoExtensionErrors();
  });

  test.each(['/hostile/drawing.svg', '/hostile/feed.xml'])('%s: not HTML, refused before any extraction, nothing painted', async (path) => {
    const painted = await visit(path, (p) => p.measures.length > 0);
    await sleep(500);
    expect(await firefox.bidi.evaluate<Painted>(firefox.tab, PAINTED)).toEqual({ ...painted, measures: expect.arrayContaining(['unsourced:shape', 'unsourced:run']) as string[] });
    expect(painted.measures.sort()).toEqual(['unsourced:first-run', 'unsourced:report', 'unsourced:run', 'unsourced:shape']);
    expect(Object.values(painted.entries).every((e) => e === null)).toBe(true);
    expectNoExtensionErrors();
  });

  test('text/plain: shown in a <pre>, painted as the CLI counts the file', async () => {
    const painted = await visit('/hostile/plain.txt', highlighted);
    expect(size(painted, 'unattributed') + size(painted, 'hedged')).toBe(unsourcedCount(await analyzeWithCli(join(HOSTILE, 'plain.txt'))));
    expectNoExtensionErrors();
  });

  test('a page that takes the highlight registry over five times: ours come back, its own names are left alone', async () => {
    await visit('/hostile/highlight-thief.html', highlighted);
    const cli = await analyzeWithCli(join(HOSTILE, 'highlight-thief.html'));
    const ours = (p: Painted, label: 'unattributed' | 'hedged' | 'vague') => p.entries[`unsourced-${label}`]?.byPage === false && size(p, label) === cli.totals[label];
    const painted = await until('five thefts, then ours back', (p) => p.thefts === '5' && ours(p, 'unattributed') && ours(p, 'hedged') && ours(p, 'vague'));
    expect(painted.entries['unsourced-attributed']).toBeNull();
    expectNoExtensionErrors();
  });

  test('a page that throws everywhere and breaks its own DOM prototypes: painted as usual', async () => {
    const painted = await visit('/hostile/throwing.html', highlighted);
    expect(size(painted, 'unattributed')).toBeGreaterThan(3);
    expect(errors.page().length).toBeGreaterThan(3);
    expectNoExtensionErrors();
  });
});
