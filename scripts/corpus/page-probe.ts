import type { PageSnapshot } from './types';

/** The custom element the hover card is mounted in, under <html> (`TOOLTIP_HOST` in content/claim-tooltip.ts). */
export const UI_HOST_TAG = 'unsourced-tooltip';

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
      .map((m) => ({ name: m.name, duration: m.duration })),
  });
})()`;

/** Whether the extension's first run is over: `unsourced:run` is measured once a run has painted (or found no article). */
export const FIRST_RUN_DONE_SCRIPT = `performance.getEntriesByName('unsourced:run', 'measure').length > 0`;

/** How many unsourced measures exist, to see re-runs come and go. */
export const MEASURE_COUNT_SCRIPT = `performance.getEntriesByType('measure').filter((m) => m.name.startsWith('unsourced:')).length`;

/** The live DOM as an HTML document (the page's scripts have run; the extension changes nothing). */
export const LIVE_HTML_SCRIPT = `(document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>\\n' : '') + document.documentElement.outerHTML`;

export function parseSnapshot(json: string): PageSnapshot {
  return JSON.parse(json) as PageSnapshot;
}
