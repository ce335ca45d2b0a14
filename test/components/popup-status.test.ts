import { describe, expect, test } from 'vitest';
import { popupStatus, type PopupStatusInput } from '../../components/popup-status';
import type { PageReport } from '../../messages/page-report';
import { EN_ARTICLE, NOT_ARTICLE } from './sample-reports';

const URL_ = 'https://www.wire.example.com/world/2024/dam-floods';
const input = (over: Partial<PopupStatusInput>): PopupStatusInput => ({ tabUrl: URL_, tabLoading: false, response: undefined, disabledBy: null, runRequested: false, ...over });
const reported = (report: PageReport | null) => ({ response: { report } });

describe('popupStatus: pages no extension can run on', () => {
  test.each(['chrome://extensions/', 'about:blank', 'edge://settings', 'chrome-extension://abc/popup.html', 'view-source:https://example.com', 'file:///home/me/a.html', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/fr/firefox/'])('%s', (tabUrl) => {
    expect(popupStatus(input({ tabUrl, ...reported(null) })).kind).toBe('browser-page');
    expect(popupStatus(input({ tabUrl })).kind).toBe('browser-page');
  });

});

describe('popupStatus: the browser hides the address (no tabs permission)', () => {
  test('no report: a browser page or a page open from before the install, we cannot tell which', () => {
    expect(popupStatus(input({ tabUrl: undefined, ...reported(null) })).kind).toBe('unreachable');
  });

  test('no report while the tab loads: analysing', () => {
    expect(popupStatus(input({ tabUrl: undefined, tabLoading: true, ...reported(null) })).kind).toBe('analysing');
  });

  test('a report says it all', () => {
    expect(popupStatus(input({ tabUrl: undefined, ...reported(EN_ARTICLE) }))).toEqual({ kind: 'article', report: EN_ARTICLE });
    expect(popupStatus(input({ tabUrl: undefined, ...reported(NOT_ARTICLE) })).kind).toBe('not-article');
  });

  test('waiting for the background', () => {
    expect(popupStatus(input({ tabUrl: undefined })).kind).toBe('loading');
  });
});

describe('popupStatus: web pages', () => {
  test('waiting for the background', () => {
    expect(popupStatus(input({})).kind).toBe('loading');
  });

  test('no report on a loaded page: the content script is missing, reload', () => {
    expect(popupStatus(input(reported(null))).kind).toBe('reload');
  });

  test('no report yet on a page still loading', () => {
    expect(popupStatus(input({ tabLoading: true, ...reported(null) })).kind).toBe('analysing');
  });

  test('an article', () => {
    expect(popupStatus(input(reported(EN_ARTICLE)))).toEqual({ kind: 'article', report: EN_ARTICLE });
  });

  test('not an article, with the reason', () => {
    expect(popupStatus(input(reported(NOT_ARTICLE)))).toEqual({ kind: 'not-article', reason: 'not-readable' });
  });

  test('analysing', () => {
    expect(popupStatus(input(reported({ state: 'analysing', url: URL_ }))).kind).toBe('analysing');
  });

  test('auto-run off; then analysing as soon as the reader asks', () => {
    expect(popupStatus(input(reported({ state: 'waiting', url: URL_ }))).kind).toBe('waiting');
    expect(popupStatus(input({ runRequested: true, ...reported({ state: 'waiting', url: URL_ }) })).kind).toBe('analysing');
  });

  test('the settings switch a site off before the report says so', () => {
    expect(popupStatus(input({ disabledBy: 'wire.example.com', ...reported(EN_ARTICLE) }))).toEqual({ kind: 'site-disabled', site: 'wire.example.com' });
    expect(popupStatus(input({ disabledBy: 'wire.example.com' }))).toEqual({ kind: 'site-disabled', site: 'wire.example.com' });
  });

  test('switched back on: analysing while the content script catches up, then waiting', () => {
    const stale = reported({ state: 'site-disabled', url: URL_ });
    expect(popupStatus(input({ runRequested: true, ...stale })).kind).toBe('analysing');
    expect(popupStatus(input(stale)).kind).toBe('waiting');
  });
});
