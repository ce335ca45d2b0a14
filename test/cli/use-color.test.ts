import { describe, expect, test } from 'vitest';
import { useColor } from '../../cli/use-color';

describe('useColor', () => {
  test.each([
    [true, {}, true],
    [true, { NO_COLOR: '' }, true], // no-color.org: an empty NO_COLOR does not count
    [true, { NO_COLOR: '1' }, false],
    [false, {}, false],
    [undefined, {}, false],
  ])('isTTY %s, env %j: %s', (isTTY, env, expected) => {
    expect(useColor(isTTY, env)).toBe(expected);
  });
});
