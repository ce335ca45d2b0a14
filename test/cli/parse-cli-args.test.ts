import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../../cli/parse-cli-args';

describe('parseCliArgs', () => {
  test.each([
    [['a.txt'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: null, inputs: ['a.txt'] }],
    [['--format', 'jsonl', '--lang=fr', '-', 'b.html'], { format: 'jsonl', lang: 'fr', timeoutSeconds: 15, pageUrl: null, inputs: ['-', 'b.html'] }],
    [['--timeout', '2.5', '--', '--odd-name.txt'], { format: 'text', lang: 'auto', timeoutSeconds: 2.5, pageUrl: null, inputs: ['--odd-name.txt'] }],
    [['--url', 'HTTPS://News.Example.com/a b', 'saved.html'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: 'https://news.example.com/a%20b', inputs: ['saved.html'] }],
    [['--url=http://127.0.0.1:8080/x/', 'page.htm'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: 'http://127.0.0.1:8080/x/', inputs: ['page.htm'] }],
  ])('positive: %j', (argv, options) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'run', options });
  });

  test('--help', () => {
    expect(parseCliArgs(['a.txt', '-h'])).toEqual({ kind: 'help' });
  });

  test.each([
    [[], /^no input given$/],
    [['--format', 'xml', 'a.txt'], /^unknown format "xml"/],
    [['--lang', 'de', 'a.txt'], /^unknown language "de"/],
    [['--timeout', '0', 'a.txt'], /^--timeout must be a positive number/],
    [['--timeout', 'soon', 'a.txt'], /^--timeout must be a positive number/],
    [['--verbose', 'a.txt'], /^unknown option '--verbose'$/],
    [['a.txt', '--format'], /^option '--format <value>' argument missing$/],
    [['--url', 'ftp://x.example/', 'a.html'], /^--url must be an http or https address/],
    [['--url', 'https://x.example/', 'a.html', 'b.html'], /^--url is the address of one saved page/],
    [['--url', 'https://x.example/', '-'], /^--url is for a saved HTML file: standard input/],
  ])('negative: %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(message);
  });
});
