import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOR_NONE, BADGE_COLOR_UNSOURCED, badgeForReport } from '../../background/badge-for-report';
import type { PageReport } from '../../messages/page-report';
import { updateBadge } from '../../background/update-badge';
import { articleReport } from '../messages/page-reports';

function withTotals(unattributed: number, hedged: number): PageReport {
  const r = articleReport();
  return { ...r, totals: { sentences: 100 + unattributed + hedged, claims: 3 + unattributed + hedged, attributed: 2, vague: 1, hedged, unattributed } };
}

describe('badgeForReport', () => {
  test.each<[string, PageReport | null, string, string | null]>([
    ['unattributed + hedged of an article', withTotals(2, 1), '3', BADGE_COLOR_UNSOURCED],
    ['hedged only', withTotals(0, 4), '4', BADGE_COLOR_UNSOURCED],
    ['an article with none: 0, not empty', withTotals(0, 0), '0', BADGE_COLOR_NONE],
    ['vague and attributed claims do not count', articleReport(), '3', BADGE_COLOR_UNSOURCED],
    ['more than fits', withTotals(1200, 0), '999+', BADGE_COLOR_UNSOURCED],
    ['not an article', { state: 'not-article', url: 'https://example.com/', reason: 'No article.' }, '', null],
    ['a disabled site', { state: 'site-disabled', url: 'https://example.com/' }, '', null],
    ['waiting for the popup', { state: 'waiting', url: 'https://example.com/' }, '', null],
    ['analysing', { state: 'analysing', url: 'https://example.com/' }, '', null],
    ['no report', null, '', null],
  ])('%s', (_name, report, text, color) => {
    expect(badgeForReport(report)).toEqual({ text, color });
  });
});

describe('updateBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  test('sets the text and colour on that tab only', async () => {
    await updateBadge(5, withTotals(2, 0));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 5 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test('empties the badge when the report goes', async () => {
    await updateBadge(5, withTotals(2, 0));
    await updateBadge(5, null);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  test('a tab closed meanwhile is not an error', async () => {
    const original = fakeBrowser.action.setBadgeText;
    fakeBrowser.action.setBadgeText = () => Promise.reject(new Error('No tab with id: 5.'));
    try {
      await expect(updateBadge(5, withTotals(1, 0))).resolves.toBeUndefined();
    } finally {
      fakeBrowser.action.setBadgeText = original;
    }
  });
});
