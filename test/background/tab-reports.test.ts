import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../../messages/page-report';
import { TabReports, type SessionArea } from '../../background/tab-reports';
import { articleReport } from '../messages/page-reports';

const session = (): SessionArea => fakeBrowser.storage.session as unknown as SessionArea;
const waiting: PageReport = { state: 'waiting', url: 'https://example.com/b' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('TabReports', () => {
  test('keeps one report per tab', async () => {
    const reports = new TabReports({ session: session() });
    await reports.set(1, articleReport(), 'https://news.example.com/a');
    await reports.set(2, waiting, 'https://example.com/b');
    expect(await reports.get(1)).toEqual(articleReport());
    expect(await reports.get(2)).toEqual(waiting);
    expect(await reports.get(3)).toBeNull();
    expect((await reports.entry(1))?.documentUrl).toBe('https://news.example.com/a');
  });

  test('a worker restarted after idling still has the report (storage.session mirror)', async () => {
    await new TabReports({ session: session() }).set(7, articleReport(), null);
    const restarted = new TabReports({ session: session() });
    expect(await restarted.get(7)).toEqual(articleReport());
  });

  test('without storage.session, reports live in memory only', async () => {
    const reports = new TabReports({ session: null });
    await reports.set(7, articleReport(), null);
    expect(await reports.get(7)).toEqual(articleReport());
    expect(await new TabReports({ session: null }).get(7)).toBeNull();
  });

  test('clear and forget remove the report from memory and from the mirror', async () => {
    const reports = new TabReports({ session: session() });
    await reports.set(1, articleReport(), null);
    await reports.set(2, articleReport(), null);
    await reports.clear(1);
    await reports.forget(2);
    expect(await reports.get(1)).toBeNull();
    expect(await reports.get(2)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('onChange follows every change in order, except a closed tab', async () => {
    const onChange = vi.fn();
    const reports = new TabReports({ session: session(), onChange });
    await reports.set(1, waiting, null);
    await reports.set(1, articleReport(), null);
    await reports.clear(1);
    await reports.clear(1); // already clear: nothing to say
    await reports.set(2, waiting, null);
    await reports.forget(2);
    expect(onChange.mock.calls).toEqual([
      [1, waiting],
      [1, articleReport()],
      [1, null],
      [2, waiting],
    ]);
  });

  test('clearIfStill leaves a report that arrived after the entry was read', async () => {
    const reports = new TabReports({ session: session() });
    await reports.set(1, waiting, null);
    const old = await reports.entry(1);
    await reports.set(1, articleReport(), null);
    expect(await reports.clearIfStill(1, old!)).toBe(false);
    expect(await reports.get(1)).toEqual(articleReport());
    expect(await reports.clearIfStill(1, (await reports.entry(1))!)).toBe(true);
    expect(await reports.get(1)).toBeNull();
  });

  test('a slow read from the mirror cannot bring back a report cleared meanwhile', async () => {
    await new TabReports({ session: session() }).set(1, articleReport(), null);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: SessionArea = { ...session(), get: async (key) => (await gate, session().get(key)) };
    const reports = new TabReports({ session: slow });
    const reading = reports.get(1);
    const clearing = reports.clear(1);
    release();
    expect(await reading).toEqual(articleReport()); // asked before the clear
    await clearing;
    expect(await reports.get(1)).toBeNull();
  });

  test('a full or failing mirror only warns: memory still answers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing: SessionArea = {
      get: () => Promise.reject(new Error('read')),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: () => Promise.reject(new Error('remove')),
    };
    const reports = new TabReports({ session: failing });
    await reports.set(1, articleReport(), null);
    expect(await reports.get(1)).toEqual(articleReport());
    expect(await reports.get(2)).toBeNull();
    await reports.clear(1);
    expect(await reports.get(1)).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test('what the mirror holds is checked again before use', async () => {
    await fakeBrowser.storage.session.set({ 'tab-report:1': { report: { state: 'article' }, documentUrl: null } });
    expect(await new TabReports({ session: session() }).get(1)).toBeNull();
  });
});
