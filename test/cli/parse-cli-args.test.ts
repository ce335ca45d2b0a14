import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../../cli/parse-cli-args';

describe('parseCliArgs', () => {
  test.each([
    [['a.txt'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: null, jobs: null, summary: false, records: false, inputs: ['a.txt'] }],
    [['--format', 'jsonl', '--lang=fr', '-', 'b.html'], { format: 'jsonl', lang: 'fr', timeoutSeconds: 15, pageUrl: null, jobs: null, summary: false, records: false, inputs: ['-', 'b.html'] }],
    [['--timeout', '2.5', '--', '--odd-name.txt'], { format: 'text', lang: 'auto', timeoutSeconds: 2.5, pageUrl: null, jobs: null, summary: false, records: false, inputs: ['--odd-name.txt'] }],
    [['--url', 'HTTPS://News.Example.com/a b', 'saved.html'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: 'https://news.example.com/a%20b', jobs: null, summary: false, records: false, inputs: ['saved.html'] }],
    [['--url=http://127.0.0.1:8080/x/', 'page.htm'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: 'http://127.0.0.1:8080/x/', jobs: null, summary: false, records: false, inputs: ['page.htm'] }],
    [['--jobs', '3', '--summary', 'corpus/'], { format: 'text', lang: 'auto', timeoutSeconds: 15, pageUrl: null, jobs: 3, summary: true, records: false, inputs: ['corpus/'] }],
    [['-j1', '--records', '--format', 'jsonl', '-'], { format: 'jsonl', lang: 'auto', timeoutSeconds: 15, pageUrl: null, jobs: 1, summary: false, records: true, inputs: ['-'] }],
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
    [['--jobs', '0', 'a.txt'], /^--jobs must be a whole number from 1 to 64, not "0"$/],
    [['--jobs', '2.5', 'a.txt'], /^--jobs must be a whole number/],
    [['--jobs', 'all', 'a.txt'], /^--jobs must be a whole number/],
    [['--records', 'pages.jsonl'], /^--records reads standard input as JSONL records: give "-"/],
  ])('negative: %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(message);
  });
});
