import { describe, expect, test } from 'vitest';
import { isSiteDisabled } from '../../settings/is-site-disabled';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';

const disabling = (...disabledSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, disabledSites });

describe('isSiteDisabled', () => {
  test.each<[string[], string]>([
    [['example.com'], 'example.com'],
    [['example.com'], 'www.example.com'],
    [['example.com'], 'news.example.com'],
    [['example.com'], 'a.b.example.com'],
    [['example.com'], 'https://www.Example.com/path'],
    [['example.com'], 'EXAMPLE.COM.'],
    [['www.example.com'], 'example.com'], // www is the site itself
    [['News.Example.com'], 'news.example.com'], // entries are normalised too
    [['other.org', 'example.com'], 'news.example.com'],
    [['127.0.0.1'], 'http://127.0.0.1:8080/a.html'],
  ])('%j disables %s', (sites, host) => {
    expect(isSiteDisabled(disabling(...sites), host)).toBe(true);
  });

  test.each<[string[], string]>([
    [[], 'example.com'],
    [['example.com'], 'badexample.com'],
    [['example.com'], 'example.com.evil.org'],
    [['news.example.com'], 'example.com'],
    [['news.example.com'], 'sport.example.com'],
    [['0.0.1'], '127.0.0.1'], // an IP address is never a subdomain
    [['example.com'], 'chrome://extensions'],
    [['example.com'], ''],
    [['not a site'], 'example.com'],
  ])('%j leaves %s alone', (sites, host) => {
    expect(isSiteDisabled(disabling(...sites), host)).toBe(false);
  });
});
