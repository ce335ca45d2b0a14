import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../../cli/parse-cli-args';

describe('parseCliArgs', () => {
  test.each([
    [['a.txt'], { format: 'text', lang: 'auto', timeoutSeconds: 15, inputs: ['a.txt'] }],
    [['--format', 'jsonl', '--lang=fr', '-', 'b.html'], { format: 'jsonl', lang: 'fr', timeoutSeconds: 15, inputs: ['-', 'b.html'] }],
    [['--timeout', '2.5', '--', '--odd-name.txt'], { format: 'text', lang: 'auto', timeoutSeconds: 2.5, inputs: ['--odd-name.txt'] }],
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
  ])('negative: %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(message);
  });
});
