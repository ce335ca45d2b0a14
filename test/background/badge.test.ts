import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOR_NONE, BADGE_COLOR_UNSOURCED, badgeForReport } from '../../background/badge-for-report';
import type { PageReport } from '../../messages/page-report';
import { updateBadge } from '../../background/update-badge';
import { articleReport } from '../messages/page-reports';
import { useLocale } from '../components/use-locale';

function withTotals(unattributed: number, hedged: number): PageReport {
  const r = articleReport();
  return { ...r, totals: { sentences: 100 + unattributed + hedged, claims: 3 + unattributed + hedged, attributed: 2, vague: 1, hedged, unattributed } };
}

afterEach(() => vi.restoreAllMocks());

describe('badgeForReport', () => {
  test.each<[string, PageReport | null, string, string | null, string]>([
    ['unattributed + hedged of an article', withTotals(2, 1), '3', BADGE_COLOR_UNSOURCED, 'Unsourced: 3 claims with no source'],
    ['hedged only', withTotals(0, 4), '4', BADGE_COLOR_UNSOURCED, 'Unsourced: 4 claims with no source'],
    ['one', withTotals(1, 0), '1', BADGE_COLOR_UNSOURCED, 'Unsourced: 1 claim with no source'],
    ['an article with none: 0, not empty', withTotals(0, 0), '0', BADGE_COLOR_NONE, 'Unsourced: 0 claims with no source'],
    ['vague and attributed claims do not count', articleReport(), '3', BADGE_COLOR_UNSOURCED, 'Unsourced: 3 claims with no source'],
    ['more than fits: the tooltip has the whole number', withTotals(1200, 0), '999+', BADGE_COLOR_UNSOURCED, 'Unsourced: 1,200 claims with no source'],
    ['not an article', { state: 'not-article', url: 'https://example.com/', reason: 'No article.' }, '', null, 'Unsourced'],
    ['a disabled site', { state: 'site-disabled', url: 'https://example.com/' }, '', null, 'Unsourced'],
    ['waiting for the popup', { state: 'waiting', url: 'https://example.com/' }, '', null, 'Unsourced'],
    ['analysing', { state: 'analysing', url: 'https://example.com/' }, '', null, 'Unsourced'],
    ['no report', null, '', null, 'Unsourced'],
  ])('%s', (_name, report, text, color, title) => {
    expect(badgeForReport(report)).toEqual({ text, color, title });
  });

  test.each<[PageReport, string]>([
    [withTotals(30, 0), 'Unsourced\u00A0: 30 affirmations sans source'],
    [withTotals(1, 0), 'Unsourced\u00A0: 1 affirmation sans source'],
    [withTotals(0, 0), 'Unsourced\u00A0: 0 affirmation sans source'],
    [withTotals(1000, 234), 'Unsourced\u00A0: 1\u202F234 affirmations sans source'],
  ])('in French: %#', (report, title) => {
    useLocale('fr');
    expect(badgeForReport(report).title).toBe(title);
  });
});

describe('updateBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  test('sets the text and colour on that tab only', async () => {
    await updateBadge(5, withTotals(2, 0));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 5 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Unsourced: 2 claims with no source');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test('empties the badge when the report goes', async () => {
    await updateBadge(5, withTotals(2, 0));
    await updateBadge(5, null);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Unsourced');
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
