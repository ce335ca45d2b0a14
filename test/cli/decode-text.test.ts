import { describe, expect, test } from 'vitest';
import { decodeText } from '../../cli/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  test.each([
    ['UTF-8', utf8('« déclaré »'), null, '« déclaré »'],
    ['UTF-8 with its BOM dropped', bytes(0xef, 0xbb, 0xbf, 0x41), null, 'A'],
    ['UTF-16LE with a BOM', bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00), null, 'Aé'],
    ['a declared ISO-8859-1 charset', bytes(0x64, 0xe9, 0x6a, 0xe0), 'iso-8859-1', 'déjà'],
  ])('positive: %s', (_name, input, charset, text) => {
    expect(decodeText(input, charset)).toBe(text);
  });

  test.each([
    ['NUL bytes', bytes(0x50, 0x4b, 0x03, 0x04, 0x00), null, /^binary data/],
    ['Latin-1 read as UTF-8', bytes(0x64, 0xe9, 0x6a, 0xe0), null, /^not valid UTF-8 text/],
    ['an unknown charset', utf8('text'), 'x-klingon', /^unknown character encoding "x-klingon"$/],
  ])('negative: %s', (_name, input, charset, message) => {
    expect(() => decodeText(input, charset)).toThrow(message);
  });
});
