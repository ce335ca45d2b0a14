import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../../messages/page-report';
import { TabReports, type SessionArea } from '../../background/tab-reports';
import { watchTabs, type TabEvents } from '../../background/watch-tabs';
import { articleReport } from '../messages/page-reports';

const PAGE = 'https://news.example.com/2026/05/bridge';
const tabs = (): TabEvents => fakeBrowser.tabs as unknown as TabEvents;
const updated = (tabId: number, changeInfo: { status?: string; url?: string }) => fakeBrowser.tabs.onUpdated.trigger(tabId, changeInfo as never, {} as never);

let reports: TabReports;
let alive: ReturnType<typeof vi.fn<(tabId: number) => Promise<boolean>>>;

beforeEach(async () => {
  fakeBrowser.reset();
  reports = new TabReports({ session: fakeBrowser.storage.session as unknown as SessionArea });
  alive = vi.fn(() => Promise.resolve(true));
  watchTabs(tabs(), reports, alive);
  await reports.set(1, articleReport(), PAGE);
});

describe('watchTabs, with only what tabs.onUpdated gives without the tabs permission', () => {
  test('an iframe loading in the page (loading, then complete, no url) keeps the report', async () => {
    await updated(1, { status: 'loading' });
    await updated(1, { status: 'complete' });
    expect(alive).toHaveBeenCalledWith(1);
    expect(await reports.get(1)).toEqual(articleReport());
  });

  test('the tab went to a page with no content script of ours: cleared once it completes', async () => {
    alive.mockResolvedValue(false);
    await updated(1, { status: 'loading' });
    expect(await reports.get(1)).toEqual(articleReport()); // the old page may still be showing
    await updated(1, { status: 'complete' });
    expect(await reports.get(1)).toBeNull();
  });

  test('a report that arrives while the tab is being asked is kept', async () => {
    let answer!: (alive: boolean) => void;
    alive.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const done = updated(1, { status: 'complete' });
    const fresh: PageReport = { state: 'analysing', url: 'https://news.example.com/next' };
    await reports.set(1, fresh, 'https://news.example.com/next');
    answer(false);
    await done;
    expect(await reports.get(1)).toEqual(fresh);
  });

  test('a tab with no report is not asked', async () => {
    await updated(2, { status: 'complete' });
    expect(alive).not.toHaveBeenCalled();
  });

  test('other changes (audible, title, favicon) do nothing', async () => {
    alive.mockResolvedValue(false);
    await updated(1, {});
    await updated(1, { status: 'loading' });
    expect(alive).not.toHaveBeenCalled();
    expect(await reports.get(1)).toEqual(articleReport());
  });

  test('closing the tab drops its report', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 0, isWindowClosing: false });
    expect(await reports.get(1)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('stops watching when asked', async () => {
    fakeBrowser.tabs.onUpdated.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    const stop = watchTabs(tabs(), reports, alive);
    stop();
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 0, isWindowClosing: false });
    expect(await reports.get(1)).toEqual(articleReport());
  });
});

describe('watchTabs, when the browser does give the URL (a host permission)', () => {
  test('another document clears at once', async () => {
    await updated(1, { status: 'loading', url: 'https://example.org/' });
    expect(await reports.get(1)).toBeNull();
  });

  test('the same document with another #fragment keeps the report', async () => {
    await updated(1, { url: `${PAGE}#comments` });
    expect(await reports.get(1)).toEqual(articleReport());
  });
});
