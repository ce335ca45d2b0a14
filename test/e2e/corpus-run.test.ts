import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../../harness/paths';
import { runCorpus, type CorpusOptions, type CorpusRun } from '../../scripts/corpus/run-corpus';
import type { BrowserName, PageResult } from '../../scripts/corpus/types';
import { FIXTURES } from './helpers/paths';

const MINI = join(FIXTURES, 'corpus-mini');
const HANGING = join(MINI, 'hanging');
const READABILITY = resolve(ROOT, '..', 'shared', 'corpus', 'readability');
const readabilityPresent = existsSync(READABILITY);
if (!readabilityPresent) {
  console.warn(`\n[e2e] ${READABILITY} is missing: the corpus runs on 20 real pages are SKIPPED.\n` +
    '      Put the shared folder beside the checkout to run them.\n');
}

/**
 * News in seven languages, a Wikipedia article and three pages that are not articles, chosen once
 * among the pages that load in about a second (a few others wait seconds for their blocked requests).
 */
const REAL_PAGES = [
  'bbc-1', 'guardian-1', 'nytimes-1', 'wapo-1', 'telegraph', 'herald-sun-1', 'seattletimes-1', 'buzzfeed-1', 'engadget', 'liberation-1',
  'folha', 'la-nacion', 'heise', 'qq', 'hukumusume', 'rtl-1', 'wikipedia', 'mathjax', 'mozilla-2', 'ol',
];

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

// No timing is asserted: the loads are short and the two browsers run side by side.
const FAST: Omit<CorpusOptions, 'folder' | 'browser'> = { timeoutMs: 30_000, settleMs: 300, stability: 'always', compareWithCli: true };

/** Both browsers at once: a corpus run spends most of its time waiting on the page. */
async function runInBoth(options: Omit<CorpusOptions, 'browser'>): Promise<Record<BrowserName, CorpusRun>> {
  const [chromium, firefox] = await Promise.all(BROWSERS.map((browser) => runCorpus({ ...options, browser })));
  return { chromium: chromium!, firefox: firefox! };
}

const page = (run: CorpusRun, slug: string): PageResult => {
  const found = run.pages.find((p) => p.slug === slug);
  if (!found) throw new Error(`${slug} not in the run`);
  return found;
};
const errorsOf = (run: CorpusRun) => run.pages.flatMap((p) => p.errors.map((e) => `${p.slug}: ${e.kind} ${e.text} ${e.stack.join(' < ')}`));
const changesOf = (run: CorpusRun) => run.pages.flatMap((p) => p.differences.filter((d) => !d.includes('unstable')).map((d) => `${p.slug}: ${d}`));

describe('corpus run on test/e2e/fixtures/corpus-mini (pages written for the tests)', () => {
  let runs: Record<BrowserName, CorpusRun>;
  beforeAll(async () => {
    runs = await runInBoth({ ...FAST, folder: MINI });
  }, 150_000);

  test.each(BROWSERS)('%s: every page found (folders and a flat file) and loaded three times (twice without the extension)', (browser) => {
    expect(runs[browser].pages.map((p) => p.slug)).toEqual(['departures', 'en-council', 'flat-notice', 'fr-mairie']);
    for (const p of runs[browser].pages) {
      expect(p.status, `${p.slug}: ${p.message}`).toBe('ok');
      expect(p.loads).toEqual({ without: 'ok', with: 'ok', withoutAgain: 'ok', withAgain: null });
    }
  });

  test.each(BROWSERS)('%s: no extension error, no page changed by the extension', (browser) => {
    expect(errorsOf(runs[browser])).toEqual([]);
    expect(changesOf(runs[browser])).toEqual([]);
    expect(runs[browser].summary.mutated.any).toEqual([]);
  });

  test.each(BROWSERS)('%s: the live clock makes its page unstable, which is not counted as a change', (browser) => {
    const departures = page(runs[browser], 'departures');
    expect(departures.metrics.text).toBe('unstable');
    expect(runs[browser].summary.unstable.any).toEqual(['departures']);
  });

  test.each(BROWSERS)('%s: the three articles are articles, the departures board is not (the analysis chunk never loaded)', (browser) => {
    const run = runs[browser];
    for (const slug of ['en-council', 'fr-mairie', 'flat-notice']) {
      expect(page(run, slug).verdict, slug).toBe('article');
      expect(page(run, slug).measures.serialize, slug).not.toBeNull();
      expect(page(run, slug).measures.highlight, slug).not.toBeNull();
    }
    const departures = page(run, 'departures');
    expect(departures.verdict).toBe('not-article');
    expect(departures.reason).toBe('not-readable');
    expect(departures.measures).toMatchObject({ load: null, extract: null, analyze: null, highlight: null });
    expect(departures.measures.check).not.toBeNull();
  });

  test('chromium: the badge equals the CLI count on every article, and the ranges painted too', () => {
    for (const slug of ['en-council', 'fr-mairie', 'flat-notice']) {
      const p = page(runs.chromium, slug);
      expect(p.cli?.count, slug).toBeGreaterThan(0);
      expect(p.badge, slug).toBe(String(p.cli?.count));
      expect(p.ranges, slug).toBe(p.cli?.count);
      expect(p.agrees, slug).toBe(true);
    }
    expect(runs.chromium.summary.cli).toMatchObject({ compared: 3, agree: 3, rate: 1 });
  });

  test('firefox: the unsourced highlight ranges equal the CLI count on every article (its badge is out of reach)', () => {
    for (const slug of ['en-council', 'fr-mairie', 'flat-notice']) {
      const p = page(runs.firefox, slug);
      expect(p.badge, slug).toBeNull();
      expect(p.ranges, slug).toBe(p.cli?.count);
      expect(p.agrees, slug).toBe(true);
    }
  });
});

describe('corpus run with a deliberately broken build (the checks above can fail)', () => {
  let broken: string;
  let runs: Record<BrowserName, CorpusRun>;
  beforeAll(async () => {
    broken = await mkdtemp(join(tmpdir(), 'unsourced-broken-build-'));
    // after the extension's own run: a paragraph added to the page, then an uncaught error
    const sabotage = `;setTimeout(() => { const p = document.createElement('p'); p.textContent = 'added by a broken build'; document.body.append(p); throw new Error('broken build'); }, 100);\n`;
    const builds = { chromium: CHROME_BUILD, firefox: FIREFOX_BUILD };
    const [chromium, firefox] = await Promise.all(
      BROWSERS.map(async (browser) => {
        const copy = join(broken, browser);
        await cp(builds[browser], copy, { recursive: true });
        const script = join(copy, 'content-scripts', 'content.js');
        await writeFile(script, (await readFile(script, 'utf8')) + sabotage);
        return runCorpus({ ...FAST, folder: MINI, only: ['en-council'], browser, extensionPath: copy, stability: 'on-difference', compareWithCli: false });
      }),
    );
    runs = { chromium: chromium!, firefox: firefox! };
  }, 90_000);
  afterAll(async () => {
    if (broken) await rm(broken, { recursive: true, force: true });
  });

  test.each(BROWSERS)('%s: the error is attributed to the content script, and the added text, element and height are changes', (browser) => {
    const run = runs[browser];
    const p = page(run, 'en-council');
    // once per load with the extension: it was loaded twice to see the change happen again
    expect(p.errors).toEqual([
      expect.objectContaining({ where: 'content', kind: 'exception', text: 'Error: broken build' }),
      expect.objectContaining({ where: 'content', kind: 'exception', text: 'Error: broken build' }),
    ]);
    const origin = browser === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\// : /^moz-extension:\/\/[\da-f-]{36}\//;
    expect(p.errors[0]!.stack[0]).toMatch(new RegExp(`${origin.source}content-scripts/content\\.js:\\d+(:\\d+)?$`));
    expect(p.loads).toEqual({ without: 'ok', with: 'ok', withoutAgain: 'ok', withAgain: 'ok' });
    expect(p.metrics).toEqual({ text: 'changed-by-extension', elements: 'changed-by-extension', height: 'changed-by-extension' });
    expect(run.summary.pagesWithErrors).toEqual(['en-council']);
    expect(run.summary.mutated.any).toEqual(['en-council']);
  });
});

describe('corpus run on a page that hangs', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await runCorpus({ ...FAST, folder: HANGING, browser: 'chromium', timeoutMs: 4_000, compareWithCli: false });
  }, 60_000);

  test('chromium: the hanging page is recorded as timed out and the run goes on to the next page', () => {
    expect(run.pages.map((p) => [p.slug, p.status])).toEqual([
      ['a-hangs', 'timeout'],
      ['b-brief', 'ok'],
    ]);
    expect(page(run, 'a-hangs').loads).toEqual({ without: 'timeout', with: null, withoutAgain: null, withAgain: null });
    expect(page(run, 'b-brief').loads).toEqual({ without: 'ok', with: 'ok', withoutAgain: 'ok', withAgain: null });
    expect(run.summary.timedOut).toEqual(['a-hangs']);
  });
});

describe('npm run corpus with a folder it cannot run', () => {
  /** Exit status and standard error of `npm run -s corpus -- <args>`. */
  async function corpus(...args: string[]): Promise<{ code: number; stderr: string }> {
    try {
      await promisify(execFile)('npm', ['run', '-s', 'corpus', '--', ...args], { cwd: ROOT });
      return { code: 0, stderr: '' };
    } catch (error) {
      const { code, stderr } = error as { code: number; stderr: string };
      return { code, stderr };
    }
  }

  test('a missing folder, an empty one, one with no pages, no folder at all: a message and exit status 2, before any build', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'unsourced-empty-corpus-'));
    try {
      const results = await Promise.all([
        corpus('/nonexistent/corpus'),
        corpus(empty),
        corpus(join(ROOT, 'test', 'e2e', 'helpers')),
        corpus('--browser', 'firefox'),
      ]);
      expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2]);
      expect(results[0]!.stderr).toContain('/nonexistent/corpus: no such folder');
      expect(results[1]!.stderr).toContain('the folder is empty');
      expect(results[2]!.stderr).toContain('no pages in it (expected <slug>/source.html folders or *.html files)');
      expect(results[3]!.stderr).toMatch(/no folder given[\s\S]*Usage: npm run corpus/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!readabilityPresent)('corpus run on 20 real pages of ../shared/corpus/readability', () => {
  let runs: Record<BrowserName, CorpusRun>;
  beforeAll(async () => {
    runs = await runInBoth({ ...FAST, folder: READABILITY, only: REAL_PAGES, stability: 'on-difference', compareWithCli: false });
  }, 240_000);

  test.each(BROWSERS)('%s: all 20 pages load, with no extension error and no page changed by the extension', (browser) => {
    const run = runs[browser];
    expect(run.pages).toHaveLength(REAL_PAGES.length);
    expect(run.pages.filter((p) => p.status !== 'ok').map((p) => `${p.slug}: ${p.status} ${p.message}`)).toEqual([]);
    expect(errorsOf(run)).toEqual([]);
    expect(changesOf(run)).toEqual([]);
  });
});

