import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import { formatText } from '../../cli/format-text';

const analysis = analyze(articleFromText('The mayor said the bridge would close on Monday.\nThe city has no other bridge.\n'));

describe('formatText', () => {
  test.each([
    [true, '  \x1b[32mattributed    \x1b[0mThe mayor said'],
    [false, '  attributed    The mayor said'],
  ])('colour %s', (color, expected) => {
    const out = formatText('city.txt', analysis, color);
    expect(out).toContain(expected);
    expect(out.includes('\x1b[')).toBe(color);
  });
});
