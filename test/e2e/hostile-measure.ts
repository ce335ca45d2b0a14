/**
 * Time and memory of the extension on each hostile page, in Chromium through the DevTools protocol:
 * each page is opened with and without the extension, left for the same time, and Chromium's counters
 * are read after a forced garbage collection. Prints the Markdown table of docs/hostile-pages.md ("Outcomes
 * and figures"), with the columns added since those figures were taken (own main-thread time, longest
 * task, documents and nodes).
 *
 *   npx wxt build && npx tsx test/e2e/hostile-measure.ts [runs] [pages whose name contains this]
 *
 * Timings depend on the machine and on what else runs on it: the median of `runs` (default 3) is kept.
 * The tests assert outcomes and bounds that are not timings; this is the place for the timings.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { takeBackgroundReadMs } from '../../harness/background-read-ms';
import { launchChromium, type ChromiumSession } from '../../harness/launch-chromium';
import { tabIdOf } from '../../harness/tab-id-of';
import { tabReport } from '../../harness/tab-report';
import { LONG_TASK_WATCH_SCRIPT, LONG_TASKS_SCRIPT } from '../../scripts/corpus/page-probe';
import { MAIN_THREAD_STAGES } from '../../scripts/corpus/types';
import { startHostileServer } from './helpers/hostile-server';
import { pageMetrics, startPageMetrics, type PageMetrics } from './helpers/page-metrics';

interface Scenario {
  name: string;
  path: string;
  /** How long the page is left open after it loaded, with or without the extension. */
  windowMs: number;
  /** What a reader does meanwhile. */
  act?: (page: Page) => Promise<void>;
}

const STATIC_MS = 4000;
const SCENARIOS: Scenario[] = [
  { name: '5 MB article', path: '/hostile/large-article.html', windowMs: STATIC_MS },
  { name: '20,000 paragraphs', path: '/hostile/many-paragraphs.html', windowMs: STATIC_MS },
  { name: '5,000-deep nesting', path: '/hostile/deep-nesting.html', windowMs: STATIC_MS },
  { name: 'strict CSP', path: '/hostile/csp.html', windowMs: STATIC_MS },
  { name: 'article in an iframe', path: '/hostile/iframe-article.html', windowMs: STATIC_MS },
  { name: 'only iframes', path: '/hostile/only-iframes.html', windowMs: STATIC_MS },
  { name: 'contenteditable and form fields', path: '/hostile/editable.html', windowMs: STATIC_MS },
  { name: 'article in shadow DOM', path: '/hostile/shadow-dom.html', windowMs: STATIC_MS },
  { name: 'SVG document', path: '/hostile/drawing.svg', windowMs: STATIC_MS },
  { name: 'XML document (RSS)', path: '/hostile/feed.xml', windowMs: STATIC_MS },
  { name: 'XHTML', path: '/hostile/xhtml.xhtml', windowMs: STATIC_MS },
  { name: 'text/plain', path: '/hostile/plain.txt', windowMs: STATIC_MS },
  { name: 'ticker (every 100 ms), 10 s', path: '/hostile/ticker.html', windowMs: 10_000 },
  { name: 'highlight registry thief, 10 s', path: '/hostile/highlight-thief.html', windowMs: 10_000 },
  { name: 'infinite scroll, 5 appends', path: '/hostile/infinite-scroll.html', windowMs: STATIC_MS, act: scrollFiveTimes },
  { name: 'late article (after 2 s)', path: '/hostile/late-article.html', windowMs: 6000 },
  { name: 'right-to-left (Arabic)', path: '/hostile/rtl.html', windowMs: STATIC_MS },
  { name: 'page throwing in its scripts', path: '/hostile/throwing.html', windowMs: STATIC_MS },
];

async function scrollFiveTimes(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await sleep(300);
  }
}

interface Sample {
  metrics: PageMetrics;
  outcome: string;
  /** The background's own `unsourced:read` after the page (it keeps its last one only), ms; 0 for none. */
  backgroundMs: number;
  /** The page's longest task over 50 ms while it was open (0 for none), ms. */
  longestTaskMs: number;
}

async function sample(session: ChromiumSession, messenger: Page | null, url: string, scenario: Scenario): Promise<Sample> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await startPageMetrics(cdp);
  await page.addInitScript({ content: `(${LONG_TASK_WATCH_SCRIPT})()` });
  await page.goto(url, { waitUntil: 'load' });
  const started = Date.now();
  await scenario.act?.(page);
  await sleep(Math.max(0, scenario.windowMs - (Date.now() - started)));
  const metrics = await pageMetrics(cdp, page);
  const tasks = JSON.parse((await page.evaluate(LONG_TASKS_SCRIPT)) as string) as { duration: number }[];
  const longestTaskMs = Math.max(0, ...tasks.map((t) => t.duration));
  let outcome = '';
  let backgroundMs = 0;
  if (messenger) {
    backgroundMs = (await takeBackgroundReadMs(session)) ?? 0;
    const report = await tabReport(messenger, await tabIdOf(session, page));
    outcome =
      report?.state === 'article'
        ? `article, ${report.totals.claims} claims${report.truncated ? `, ${report.truncated.analysedBlocks} of ${report.truncated.totalBlocks} paragraphs` : ''}`
        : report?.state === 'not-article'
          ? `not an article: ${report.reason}`
          : String(report?.state);
  }
  await cdp.detach();
  await page.close();
  return { metrics, outcome, backgroundMs, longestTaskMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en'));
const mb = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const only = process.argv[3] ?? '';
  const server = await startHostileServer();
  const [withExtension, without] = await Promise.all([launchChromium(), launchChromium({ withExtension: false })]);
  const messenger = await withExtension.context.newPage();
  await messenger.goto(`chrome-extension://${withExtension.extension!.id}/options.html`);
  console.log("| page | outcome | runs | `unsourced:run`, all runs (ms) | the extension's own main-thread time (ms) | longest task, with / without (ms) | the background's reading, last run (ms) | main thread, with − without (ms) | JS heap after GC, with / without (MB) | documents / nodes, with − without |");
  console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const scenario of SCENARIOS.filter((s) => s.name.includes(only))) {
    const url = server.url(scenario.path);
    const ours: Sample[] = [];
    const theirs: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await sample(withExtension, messenger, url, scenario));
      theirs.push(await sample(without, null, url, scenario));
    }
    // `unsourced:run` spans a whole reading (the others are its stages); a page refused before any
    // reading has only the measure of its refusal
    const stages = (s: Sample) => s.metrics.stages.run ?? Object.values(s.metrics.stages).reduce((a, b) => a + b, 0);
    // the page-side stages (shape, check, serialize, locate and paint...), every run and slice summed
    const own = (s: Sample) => MAIN_THREAD_STAGES.reduce((sum, stage) => sum + (s.metrics.stages[stage] ?? 0), 0);
    const m = (list: Sample[], f: (s: Sample) => number) => median(list.map(f));
    console.log(
      `| ${scenario.name} | ${ours[0]!.outcome} | ${m(ours, (s) => s.metrics.runs)} | ${ms(m(ours, stages))} | ${ms(m(ours, own))} | ` +
        `${ms(m(ours, (s) => s.longestTaskMs))} / ${ms(m(theirs, (s) => s.longestTaskMs))} | ${ms(m(ours, (s) => s.backgroundMs))} | ` +
        `${ms(m(ours, (s) => s.metrics.taskMs) - m(theirs, (s) => s.metrics.taskMs))} | ` +
        `${mb(m(ours, (s) => s.metrics.heapMB))} / ${mb(m(theirs, (s) => s.metrics.heapMB))} | ` +
        `${m(ours, (s) => s.metrics.documents) - m(theirs, (s) => s.metrics.documents)} / ${m(ours, (s) => s.metrics.nodes) - m(theirs, (s) => s.metrics.nodes)} |`,
    );
  }
  await Promise.all([withExtension.close(), without.close()]);
  await server.close();
}

await main();
