import { describe, expect, test } from 'vitest';
import { sniffHtmlCharset } from '../../cli/sniff-html-charset';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sniffHtmlCharset', () => {
  test.each([
    ['a <meta charset> after the first kilobyte', `<html><head>${' '.repeat(2000)}<meta charset="utf-8"></head><body>Déjà</body></html>`, 'utf-8'],
    ['an http-equiv declaration', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>x</p>', 'windows-1252'],
    ['no declaration, valid UTF-8', '<p>Le ministre a déclaré « non ».</p>', 'utf-8'],
    ['an unknown label falls back to the bytes', '<meta charset="klingon"><p>ok</p>', 'utf-8'],
  ])('%s', (_name, html, want) => {
    expect(sniffHtmlCharset(enc(html))).toBe(want);
  });

  test('no declaration and bytes that are not UTF-8: null (windows-1252, as browsers do)', () => {
    expect(sniffHtmlCharset(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]))).toBeNull();
  });
});
