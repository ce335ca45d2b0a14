import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { articleReport } from '../messages/page-reports';
import { ferryMarkup, PAGE as FERRY_PAGE } from './ferry-page';

// The wiring as the browser sees it: fakeBrowser's runtime.onMessage and tabs events.
const PAGE = 'https://news.example.com/2026/05/bridge';
const contentSender = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: PAGE, frameId: 0, tab: { id: tabId } });
const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

let warn: ReturnType<typeof vi.spyOn>;
// fakeBrowser has no runtime.onConnect: its listeners are kept here, to connect as a content script would
let connectListeners: ((port: unknown) => void)[];

beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  connectListeners = [];
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => void connectListeners.push(listener as never));
  background.main();
});
afterEach(() => warn.mockRestore());

async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return answers[0];
}

test('a report sets the badge, and the popup gets it back', async () => {
  await send({ type: 'report', report: articleReport() }, contentSender(3));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('3');
  expect(await send({ type: 'get-tab-report', tabId: 3 }, popupSender())).toEqual({ report: articleReport() });
});

test('a page that is not an article empties the badge', async () => {
  await send({ type: 'report', report: articleReport() }, contentSender(3));
  await send({ type: 'report', report: { state: 'not-article', url: PAGE, reason: 'No article.' } }, contentSender(3));
  expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
});

test('closing the tab forgets it', async () => {
  await send({ type: 'report', report: articleReport() }, contentSender(3));
  await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 0, isWindowClosing: false });
  expect(await send({ type: 'get-tab-report', tabId: 3 }, popupSender())).toEqual({ report: null });
});

test('a tab that finished loading a page without our content script loses its report and badge', async () => {
  // fakeBrowser has no tabs.sendMessage, like a tab where no content script listens.
  await send({ type: 'report', report: articleReport() }, contentSender(3));
  await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, {} as never);
  await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(''));
  expect(await send({ type: 'get-tab-report', tabId: 3 }, popupSender())).toEqual({ report: null });
});

test('the state survives a service worker restart', async () => {
  await send({ type: 'report', report: articleReport() }, contentSender(3));
  fakeBrowser.runtime.onMessage.removeAllListeners();
  background.main(); // a new worker: empty memory, same storage.session
  expect(await send({ type: 'get-tab-report', tabId: 3 }, popupSender())).toEqual({ report: articleReport() });
});

test('a message from another extension is dropped with a warning', async () => {
  expect(await send({ type: 'get-tab-report', tabId: 3 }, { ...popupSender(), id: 'other' })).toBeUndefined();
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('another extension'));
});

test('an analysis connection from a content script gets its serialized page read and analysed', () => {
  expect(connectListeners).toHaveLength(1);
  const posted: unknown[] = [];
  let onMessage: ((message: unknown) => void) | undefined;
  const port = {
    name: 'unsourced:analysis',
    sender: contentSender(3),
    postMessage: (message: unknown) => void posted.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (listener: (message: unknown) => void) => void (onMessage = listener) },
  };
  connectListeners[0]!(port);
  onMessage!({ type: 'html', part: ferryMarkup() });
  onMessage!({ type: 'analyze', url: FERRY_PAGE, parts: 1 });
  expect(posted).toMatchObject([{ truncated: null, analysis: { language: 'en', totals: { attributed: 1, hedged: 1 } } }]);
  expect(warn).not.toHaveBeenCalled();
});
