import { describe, expect, test } from 'vitest';
import { displayForSite } from '../../settings/display-for-site';
import { normalizeSettings } from '../../settings/normalize-settings';
import { paintedLabels } from '../../settings/painted-labels';
import { DEFAULT_SETTINGS, type DisplayMode, type Settings } from '../../settings/settings';

const withSites = (siteDisplay: Record<string, DisplayMode>, display: DisplayMode = 'all'): Settings => ({ ...DEFAULT_SETTINGS, display, siteDisplay });

describe('displayForSite', () => {
  test.each<[string, Settings, string, DisplayMode]>([
    ['the default where no site chose', withSites({}, 'vague-hedged'), 'lemonde.fr', 'vague-hedged'],
    ['a site’s own choice', withSites({ 'lemonde.fr': 'none' }), 'www.lemonde.fr', 'none'],
    ['a parent covers its subdomains', withSites({ 'example.com': 'vague-hedged' }), 'https://news.example.com/a', 'vague-hedged'],
    ['the most specific site wins', withSites({ 'example.com': 'none', 'news.example.com': 'all' }, 'vague-hedged'), 'news.example.com', 'all'],
    ['a look-alike host is not covered', withSites({ 'example.com': 'none' }), 'badexample.com', 'all'],
    ['an address that names no site: the default', withSites({ 'example.com': 'none' }, 'vague-hedged'), 'about:blank', 'vague-hedged'],
  ])('%s', (_case, settings, host, expected) => {
    expect(displayForSite(settings, host)).toBe(expected);
  });
});

describe('paintedLabels', () => {
  const every = { unattributed: true, hedged: true, vague: true, attributed: true };
  test.each<[string, Settings['highlight'], DisplayMode, string[]]>([
    ['everything the reader highlights', DEFAULT_SETTINGS.highlight, 'all', ['unattributed', 'hedged', 'vague']],
    ['with attributed claims asked for', every, 'all', ['unattributed', 'hedged', 'vague', 'attributed']],
    ['only vague and hedged', every, 'vague-hedged', ['hedged', 'vague']],
    ['only vague and hedged, vague switched off', { ...every, vague: false }, 'vague-hedged', ['hedged']],
    ['nothing on the page', every, 'none', []],
  ])('%s', (_case, highlight, mode, expected) => {
    expect(paintedLabels(highlight, mode)).toEqual(expected);
  });
});

describe('normalizeSettings: the display choice', () => {
  test.each<[string, unknown, Pick<Settings, 'display' | 'siteDisplay'>]>([
    ['missing (an older version): everything', { autoRun: false }, { display: 'all', siteDisplay: {} }],
    ['a known mode kept', { display: 'none' }, { display: 'none', siteDisplay: {} }],
    ['an unknown mode: the default', { display: 'some', siteDisplay: 'lemonde.fr' }, { display: 'all', siteDisplay: {} }],
    [
      'sites normalised and sorted, wrong entries dropped',
      { siteDisplay: { 'https://www.Zeit.de/x': 'none', 'lemonde.fr': 'vague-hedged', 'chrome://x': 'none', 'a.org': 'loud', 'b.org': 3 } },
      { display: 'all', siteDisplay: { 'lemonde.fr': 'vague-hedged', 'zeit.de': 'none' } },
    ],
  ])('%s', (_case, stored, expected) => {
    expect(normalizeSettings(stored)).toMatchObject(expected);
  });

  test('equal choices give equal JSON, whatever order they were stored in', () => {
    const a = normalizeSettings({ siteDisplay: { 'b.org': 'none', 'a.org': 'all' } });
    const b = normalizeSettings({ siteDisplay: { 'a.org': 'all', 'b.org': 'none' } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
