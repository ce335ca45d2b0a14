import { describe, expect, test } from 'vitest';
import { isBackgroundToContent } from '../../messages/background-to-content';
import { isBackgroundToPopup } from '../../messages/background-to-popup';
import { isPopupToBackground, isTabReportResponse } from '../../messages/popup-to-background';
import { isPopupToContent } from '../../messages/popup-to-content';
import { articleReport } from './page-reports';

// Each validator: the messages it accepts, then near misses it refuses.
const cases: { name: string; validate: (m: unknown) => boolean; valid: unknown[]; invalid: unknown[] }[] = [
  {
    name: 'isPopupToBackground',
    validate: isPopupToBackground,
    valid: [{ type: 'get-tab-report', tabId: 0 }, { type: 'get-tab-report', tabId: 1234 }],
    invalid: [
      null,
      'get-tab-report',
      { type: 'get-tab-report' },
      { type: 'get-tab-report', tabId: -1 }, // TAB_ID_NONE
      { type: 'get-tab-report', tabId: 1.5 },
      { type: 'get-tab-report', tabId: '3' },
      { type: 'get-tab-report', tabId: Number.NaN },
      { type: 'get-tab-report', tabId: 2 ** 53 },
      { type: 'get-tab-report', tabId: 3, report: articleReport() },
      { type: 'report', tabId: 3 },
      { type: 'GET-TAB-REPORT', tabId: 3 },
    ],
  },
  {
    name: 'isPopupToContent',
    validate: isPopupToContent,
    valid: [{ type: 'run' }, { type: 'scroll-to', id: 0 }, { type: 'scroll-to', id: 17 }],
    invalid: [
      undefined,
      [],
      { type: 'run', force: true },
      { type: 'scroll-to' },
      { type: 'scroll-to', id: -2 },
      { type: 'scroll-to', id: '4' },
      { type: 'set-highlights-visible', visible: false },
      { type: 'ping' },
      { type: 'get-tab-report', tabId: 1 },
    ],
  },
  {
    name: 'isTabReportResponse',
    validate: isTabReportResponse,
    valid: [{ report: null }, { report: articleReport() }, { report: { state: 'waiting', url: 'https://example.com/' } }],
    invalid: [undefined, null, {}, { report: undefined }, { report: { state: 'waiting' } }, { report: null, tabId: 1 }, { report: { ...articleReport(), title: 3 } }],
  },
  {
    name: 'isBackgroundToContent',
    validate: isBackgroundToContent,
    valid: [{ type: 'ping' }],
    invalid: [null, { type: 'pong' }, { type: 'ping', tabId: 1 }, { type: 'run' }],
  },
  {
    name: 'isBackgroundToPopup',
    validate: isBackgroundToPopup,
    valid: [{ type: 'tab-report-changed', tabId: 4 }],
    invalid: [null, { type: 'tab-report-changed' }, { type: 'tab-report-changed', tabId: -1 }, { type: 'tab-report-changed', tabId: 4, report: null }, { type: 'report', tabId: 4 }],
  },
];

describe.each(cases)('$name', ({ validate, valid, invalid }) => {
  test.each(valid.map((m) => [JSON.stringify(m)?.slice(0, 80) ?? String(m), m]))('accepts %s', (_label, message) => {
    expect(validate(message)).toBe(true);
  });
  test.each(invalid.map((m) => [JSON.stringify(m)?.slice(0, 80) ?? String(m), m]))('refuses %s', (_label, message) => {
    expect(validate(message)).toBe(false);
  });
});
