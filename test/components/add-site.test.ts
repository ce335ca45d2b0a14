import { describe, expect, test } from 'vitest';
import { addSite } from '../../components/add-site';

describe('addSite: what the reader typed, added to the sites where Unsourced never runs', () => {
  test.each([
    ['lemonde.fr', 'lemonde.fr'],
    ['www.lemonde.fr', 'lemonde.fr'],
    ['https://www.lemonde.fr/international/article/2024/x.html?utm=1#top', 'lemonde.fr'],
    ['  NEWS.Example.COM.  ', 'news.example.com'],
    ['localhost:3000', 'localhost'],
    ['http://127.0.0.1:8080/article.html', '127.0.0.1'],
  ])('%s → %s', (input, site) => {
    expect(addSite(['a.example'], input)).toEqual({ ok: true, site, sites: ['a.example', site] });
  });

  test.each(['', '   ', 'hello world', 'chrome://extensions', 'about:blank', 'file:///home/me/a.html'])('%j names no web site', (input) => {
    expect(addSite([], input)).toEqual({ ok: false, error: 'invalid' });
  });

  test('a site already there', () => {
    expect(addSite(['lemonde.fr'], 'https://www.lemonde.fr/')).toEqual({ ok: false, error: 'duplicate', site: 'lemonde.fr' });
  });
});
