import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisService } from '../../background/analysis-service';
import { handleMessage, type MessageContext, type Sender } from '../../background/handle-message';
import { type SessionArea, TabReports } from '../../background/tab-reports';
import { isPageReport } from '../../messages/page-report';
import { articleReport } from '../messages/page-reports';

const ID = 'our-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE = 'https://news.example.com/2026/05/bridge';

const fromContent = (tabId: number, extra: Partial<Sender> = {}): Sender => ({ id: ID, url: PAGE, frameId: 0, tab: { id: tabId }, ...extra });
const fromPopup: Sender = { id: ID, url: `${ORIGIN}popup.html` };
const report = { type: 'report', report: articleReport() };

// A report whose every field is within its own bound but whose whole is over MAX_MESSAGE_BYTES.
function oversized(): unknown {
  const r = articleReport();
  const s = r.sentences[3]!;
  // 2,000 sentences (MAX_SENTENCES) of 400 characters (MAX_SENTENCE_CHARS), each 800 bytes in UTF-8
  return { ...r, sentences: Array.from({ length: 2000 }, (_, k) => ({ ...s, id: k, text: 'é'.repeat(400) })) };
}

let context: MessageContext;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  context = { reports: new TabReports({ session: fakeBrowser.storage.session as unknown as SessionArea }), extensionId: ID, extensionOrigin: ORIGIN, analyzer: new AnalysisService(() => undefined) };
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('handleMessage accepts', () => {
  test('a report from our content script, keyed by the tab the browser names', async () => {
    await handleMessage(report, fromContent(4), context);
    expect(await context.reports.get(4)).toEqual(articleReport());
    expect((await context.reports.entry(4))?.documentUrl).toBe(PAGE);
    expect(warn).not.toHaveBeenCalled();
  });

  test('painted: the report held for the tab\'s answer, completed with the labels painted, becomes the tab\'s; answered { held }', async () => {
    const { highlighted: _painted, ...built } = articleReport();
    const token = context.reports.hold(4, { ...built, highlighted: [] });
    expect(await handleMessage({ type: 'painted', token, highlighted: ['hedged'] }, fromContent(4), context)).toEqual({ held: true });
    expect(await context.reports.get(4)).toEqual({ ...articleReport(), highlighted: ['hedged'] });
    expect((await context.reports.entry(4))?.documentUrl).toBe(PAGE);
    // another tab's, or a token the background no longer holds (it was restarted): the page sends the report whole
    expect(await handleMessage({ type: 'painted', token, highlighted: [] }, fromContent(5), context)).toEqual({ held: false });
    expect(await handleMessage({ type: 'painted', token: 'before-a-restart', highlighted: [] }, fromContent(4), context)).toEqual({ held: false });
    expect(await context.reports.get(5)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  test('get-tab-report from the popup, answered with TabReportResponse', async () => {
    await handleMessage(report, fromContent(4), context);
    expect(await handleMessage({ type: 'get-tab-report', tabId: 4 }, fromPopup, context)).toEqual({ report: articleReport() });
    expect(await handleMessage({ type: 'get-tab-report', tabId: 9 }, fromPopup, context)).toEqual({ report: null });
  });

  test('get-tab-report from our options page opened in a tab', async () => {
    const sender: Sender = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 12 } };
    expect(await handleMessage({ type: 'get-tab-report', tabId: 4 }, sender, context)).toEqual({ report: null });
  });

  test('get-tab-report from a sender with neither tab nor URL', async () => {
    expect(await handleMessage({ type: 'get-tab-report', tabId: 4 }, { id: ID }, context)).toEqual({ report: null });
  });
});

test('the oversized report is refused for its size alone: each field is within its bound', () => {
  expect(isPageReport(oversized())).toBe(true);
});

describe('handleMessage drops, with a warning and no answer', () => {
  test.each<[string, unknown, Sender]>([
    ['a report from another extension', report, fromContent(4, { id: 'someone-else' })],
    ['a report from a sender without id', report, fromContent(4, { id: undefined })],
    ['a report without a tab', report, { id: ID, url: PAGE }],
    ['a report from a tab without id', report, fromContent(4, { tab: {} })],
    ['a report from a prerendered page (tab -1)', report, fromContent(-1)],
    ['a report from an iframe', report, fromContent(4, { frameId: 3 })],
    ['painted from an iframe', { type: 'painted', token: '1.a', highlighted: [] }, fromContent(4, { frameId: 3 })],
    ['painted from the popup', { type: 'painted', token: '1.a', highlighted: [] }, fromPopup],
    ['a report from our own page in a tab', report, fromContent(4, { url: `${ORIGIN}options.html` })],
    ['a report from the popup', report, fromPopup],
    ['a malformed report', { type: 'report', report: { ...articleReport(), totals: null } }, fromContent(4)],
    ['an oversized report (claims past the 1 MB message bound)', { type: 'report', report: oversized() }, fromContent(4)],
    ['a report from a web page (a sender with a page URL and no extension id)', report, { url: PAGE, frameId: 0, tab: { id: 4 } }],
    ['a report carrying its own tab id', { ...report, tabId: 9 }, fromContent(4)],
    ['get-tab-report from a content script', { type: 'get-tab-report', tabId: 4 }, fromContent(4)],
    ['get-tab-report from a web page without a tab', { type: 'get-tab-report', tabId: 4 }, { id: ID, url: PAGE }],
    ['get-tab-report from another extension', { type: 'get-tab-report', tabId: 4 }, { ...fromPopup, id: 'someone-else' }],
    ['get-tab-report from a look-alike origin', { type: 'get-tab-report', tabId: 4 }, { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html`, tab: { id: 2 } }],
    ['an unknown message', { type: 'delete-everything' }, fromPopup],
    ['a string', 'hello', fromPopup],
    ['undefined', undefined, fromPopup],
  ])('%s', async (_name, message, sender) => {
    await context.reports.set(4, { state: 'waiting', url: PAGE }, PAGE);
    expect(handleMessage(message, sender, context)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await context.reports.get(4)).toEqual({ state: 'waiting', url: PAGE });
    expect(await context.reports.get(9)).toBeNull();
  });
});
