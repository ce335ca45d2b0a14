import { describe, expect, test } from 'vitest';
import { fitsMessageSize } from '../../messages/fits-message-size';

describe('fitsMessageSize counts UTF-8 bytes of the JSON', () => {
  // '"…"' is the JSON of a string: two quote bytes around it.
  test.each<[string, string, number]>([
    ['ASCII', 'abcd', 6],
    ['two-byte characters', 'éé', 6],
    ['three-byte characters', '€€', 8],
    ['an astral character (a surrogate pair)', '😀', 6],
    ['a lone surrogate, escaped by JSON.stringify', '\ud800', 8],
    ['an escaped quote', 'a"b', 6],
  ])('%s', (_name, text, bytes) => {
    expect(fitsMessageSize(text, bytes)).toBe(true);
    expect(fitsMessageSize(text, bytes - 1)).toBe(false);
  });

  test('what cannot be serialised does not fit', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(fitsMessageSize(cyclic)).toBe(false);
    expect(fitsMessageSize(10n)).toBe(false);
    expect(fitsMessageSize(undefined)).toBe(false);
  });

  test('the default bound is MAX_MESSAGE_BYTES', () => {
    expect(fitsMessageSize('x'.repeat(999_998))).toBe(true);
    expect(fitsMessageSize('x'.repeat(999_999))).toBe(false);
  });
});
