import type { PageSnapshot } from './types';

/** The custom element the hover card is mounted in, under <html> (`TOOLTIP_HOST` in content/claim-tooltip.ts). */
export const UI_HOST_TAG = 'unsourced-tooltip';

/** Where the long-task watcher keeps what it saw, on the page's window (not enumerable). */
const LONG_TASKS_GLOBAL = '__unsourcedCorpusLongTasks';

/**
 * JavaScript evaluated in the page's own world, in Chromium (CDP) and Firefox (BiDi) alike, so it is
 * plain source and not a serialised function. It answers a JSON string. Content-script highlights and
 * performance measures are visible from here: both live on the document, which every world shares.
 * Web fonts are awaited first so the height is the settled one.
 */
export const SNAPSHOT_SCRIPT = `(async () => {
  if (document.fonts) await Promise.race([document.fonts.ready, new Promise((r) => setTimeout(r, 2000))]);
  const root = document.documentElement;
  const uiHosts = root ? [...root.children].filter((el) => el.localName === '${UI_HOST_TAG}').length : 0;
  const highlights = {};
  if (typeof CSS !== 'undefined' && CSS.highlights) {
    for (const name of CSS.highlights.keys()) if (name.startsWith('unsourced-')) highlights[name] = CSS.highlights.get(name).size;
  }
  return JSON.stringify({
    url: location.href,
    text: document.body ? document.body.innerText : '',
    elements: document.getElementsByTagName('*').length - uiHosts,
    height: root ? root.scrollHeight : 0,
    highlights,
    measures: performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('unsourced:'))
      .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
    longTasks: window.${LONG_TASKS_GLOBAL} ? window.${LONG_TASKS_GLOBAL}.tasks : [],
    longTaskSource: window.${LONG_TASKS_GLOBAL} ? window.${LONG_TASKS_GLOBAL}.source : 'none',
  });
})()`;

/**
 * Installed in the page's own world before any of its scripts (Chromium: an init script; Firefox: a
 * BiDi preload script), so it sees every task of the page's main thread from the start, the content
 * script's included. Chromium reports tasks over 50 ms as \`longtask\` entries. Firefox has no such
 * entry type: there a 10 ms timer stands in, and a tick that comes more than 50 ms late means the
 * thread was held that long (a task that began up to 10 ms before the late tick is counted short by
 * up to that much). A function declaration, as BiDi's \`script.addPreloadScript\` takes it.
 */
export const LONG_TASK_WATCH_SCRIPT = `() => {
  const tasks = [];
  let source = 'longtask';
  Object.defineProperty(window, '${LONG_TASKS_GLOBAL}', { value: { tasks, get source() { return source; } } });
  const supported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  if (supported) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    return;
  }
  source = 'timer-gaps';
  const TICK = 10;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 50 + TICK) tasks.push({ start: last + TICK, duration: now - last - TICK });
    last = now;
  }, TICK);
}`;

/** The long tasks the watcher saw, as JSON (`[]` when it was not installed). */
export const LONG_TASKS_SCRIPT = `JSON.stringify(window.${LONG_TASKS_GLOBAL} ? window.${LONG_TASKS_GLOBAL}.tasks : [])`;

/** Whether the extension's first run is over: `unsourced:run` is measured once a run has painted (or found no article). */
export const FIRST_RUN_DONE_SCRIPT = `performance.getEntriesByName('unsourced:run', 'measure').length > 0`;

/** How many unsourced measures exist, to see re-runs come and go. */
export const MEASURE_COUNT_SCRIPT = `performance.getEntriesByType('measure').filter((m) => m.name.startsWith('unsourced:')).length`;

/** The live DOM as an HTML document (the page's scripts have run; the extension changes nothing). */
export const LIVE_HTML_SCRIPT = `(document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>\\n' : '') + document.documentElement.outerHTML`;

export function parseSnapshot(json: string): PageSnapshot {
  return JSON.parse(json) as PageSnapshot;
}
