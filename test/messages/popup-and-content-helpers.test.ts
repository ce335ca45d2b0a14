import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestTabReport } from '../../components/request-tab-report';
import { sendPageReport } from '../../content/send-page-report';
import { articleReport } from './page-reports';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('requestTabReport', () => {
  test('sends get-tab-report and returns the report', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ report: articleReport() });
    });
    expect(await requestTabReport(8)).toEqual(articleReport());
    expect(received).toEqual([{ type: 'get-tab-report', tabId: 8 }]);
  });

  test('null when the tab has no report', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ report: null }));
    expect(await requestTabReport(8)).toBeNull();
  });

  test('rejects an answer that is not a TabReportResponse', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ report: { state: 'article' } }));
    await expect(requestTabReport(8)).rejects.toThrow(/no valid answer/);
  });
});

describe('sendPageReport', () => {
  test('sends a valid report as a ContentMessage', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void received.push(message));
    expect(await sendPageReport(articleReport())).toBe(true);
    expect(received).toEqual([{ type: 'report', report: articleReport() }]);
  });

  // A report the background would drop is never built: test/messages/build-report.test.ts.

  test('a background that cannot be reached is not an error', async () => {
    expect(await sendPageReport(articleReport())).toBe(false); // no listener at all
  });
});
