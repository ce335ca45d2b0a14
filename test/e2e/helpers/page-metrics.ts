import type { CDPSession, Page } from 'playwright-core';

export interface PageMetrics {
  /** V8 heap in use after a full garbage collection, in MB: the page's and every content script's. */
  heapMB: number;
  /** Main-thread time the renderer spent running script, and on tasks of any kind, in ms, since the page opened. */
  scriptMs: number;
  taskMs: number;
  /** Documents and DOM nodes alive in the tab after the collection: a clone kept by mistake shows here. */
  documents: number;
  nodes: number;
  /** The extension's own `unsourced:<stage>` measures, summed per stage, in ms, and how many runs there were. */
  stages: Record<string, number>;
  runs: number;
}

interface Metric {
  name: string;
  value: number;
}

/** Starts Chromium's counters for one tab: before it loads, or the time spent loading is not counted. */
export async function startPageMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

/** The counters of a tab (`Performance.getMetrics`), read after a forced garbage collection. */
export async function pageMetrics(cdp: CDPSession, page: Page): Promise<PageMetrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Metric[] };
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const measures = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('unsourced:'))
      .map((m) => ({ name: m.name.slice('unsourced:'.length), duration: m.duration })),
  );
  const stages: Record<string, number> = {};
  for (const m of measures) stages[m.name] = (stages[m.name] ?? 0) + m.duration;
  return {
    heapMB: value('JSHeapUsedSize') / 2 ** 20,
    scriptMs: value('ScriptDuration') * 1000,
    taskMs: value('TaskDuration') * 1000,
    documents: value('Documents'),
    nodes: value('Nodes'),
    stages,
    runs: measures.filter((m) => m.name === 'check').length,
  };
}
