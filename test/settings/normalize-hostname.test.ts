import { describe, expect, test } from 'vitest';
import { normalizeHostname } from '../../settings/normalize-hostname';

describe('normalizeHostname gives the site', () => {
  test.each<[string, string]>([
    ['example.com', 'example.com'],
    ['https://www.Example.com/path', 'example.com'],
    ['http://news.example.com/2026/05/a?b=c#d', 'news.example.com'],
    ['  EXAMPLE.COM.  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com/path', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['localhost:8080', 'localhost'],
    ['http://127.0.0.1:8080/article.html', '127.0.0.1'],
    ['intranet', 'intranet'],
    ['https://Bücher.de/', 'xn--bcher-kva.de'],
    ['www.com', 'www.com'],
    ['www.www.example.com', 'www.example.com'],
    ['https://user:secret@example.com/', 'example.com'],
  ])('%s → %s', (input, host) => {
    expect(normalizeHostname(input)).toBe(host);
  });
});

describe('normalizeHostname refuses what is not a web site', () => {
  test.each(['', '   ', '*.', 'chrome://extensions', 'about:blank', 'file:///home/me/a.html', 'mailto:someone@example.com', 'hello world', 'http://', 'https://exa mple.com', 'javascript:alert(1)'])(
    '%j',
    (input) => {
      expect(normalizeHostname(input)).toBeNull();
    },
  );
});
