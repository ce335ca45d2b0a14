/**
 * Character classes without Unicode property escapes on the common path.
 *
 * Why: the analyzer first ran once per page in a fresh content script, where every regular expression
 * was compiled again on every page; it now runs warm in the background, where this still spares the
 * first page after the worker starts (and the CLI's one run). A `\p{L}` class costs V8 one to two milliseconds to compile (ICU builds
 * the set each time), several times that with the `i` flag; twenty of them were most of a page's
 * analysis time. These tests answer from the code point for Latin text (ASCII, Latin-1, Latin
 * Extended-A and B, combining accents) and compile a property escape only when a page has another
 * script, once.
 */

type Lazy = () => RegExp;
const lazy = (source: string): Lazy => {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(source, 'u'));
};
const WORD_RE = lazy('^[\\p{L}\\p{M}\\p{N}]$');
const LETTER_RE = lazy('^\\p{L}$');
const LETTER_OR_DIGIT_RE = lazy('^[\\p{L}\\p{N}]$');
const UPPER_RE = lazy('^\\p{Lu}$');
const LOWER_RE = lazy('^\\p{Ll}$');

/** The code point at `i` (a whole surrogate pair), and its length in UTF-16 units. */
export function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

/** The code point that ends just before `i`, or -1 at the start. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

// Blocks common in news text with no letter, mark or digit at all: general punctuation (’ “ — …),
// currency signs (€), arrows, mathematical operators, technical symbols, box drawing, shapes and
// dingbats (but its circled digits), and a few letter-like symbols (№ ™ ℃).
/** A code point that is surely no letter, mark or digit, known without a property lookup. */
export const isKnownNonWord = (c: number): boolean =>
  c >= 0x2000 &&
  c <= 0x27bf &&
  (c <= 0x206f || (c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x23ff) || (c >= 0x2500 && c <= 0x2775) || c >= 0x2794 ||
    c === 0x2103 || c === 0x2109 || (c >= 0x2116 && c <= 0x2117) || (c >= 0x2120 && c <= 0x2122));
// Combining accents: marks, so no letter, digit or case.
const isCombiningAccent = (c: number) => c >= 0x300 && c <= 0x36f;

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
// Latin-1 letters: ª µ º À–Ö Ø–ö ø–ÿ
const isLatin1Letter = (c: number) => c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
// Latin-1 digits of category No: ² ³ ¹ ¼ ½ ¾
const isLatin1Number = (c: number) => c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
// Latin Extended-A and B, IPA: every code point from U+0100 to U+02AF is a letter.
const isLatinExtLetter = (c: number) => c >= 0x100 && c <= 0x2af;

/** `\p{L}` */
export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c < 0x100) return isLatin1Letter(c);
  if (c <= 0x2af) return true;
  if (isKnownNonWord(c) || isCombiningAccent(c)) return false;
  return LETTER_RE().test(String.fromCodePoint(c));
}

/** `[\p{L}\p{N}]`: what a word boundary looks at. */
export function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c);
  if (c < 0x100) return isLatin1Letter(c) || isLatin1Number(c);
  if (c <= 0x2af) return true;
  if (c < 0) return false;
  if (isKnownNonWord(c) || isCombiningAccent(c)) return false;
  return LETTER_OR_DIGIT_RE().test(String.fromCodePoint(c));
}

/** `[\p{L}\p{M}\p{N}]`: what a word is made of. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c);
  if (c < 0x100) return isLatin1Letter(c) || isLatin1Number(c);
  if (isLatinExtLetter(c) || (c >= 0x300 && c <= 0x36f)) return true;
  if (isKnownNonWord(c)) return false;
  return WORD_RE().test(String.fromCodePoint(c));
}

/** `\p{Lu}` */
export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0x100) return (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  if (c <= 0x17f) return isCasedPair(c, true);
  if (isKnownNonWord(c) || isCombiningAccent(c)) return false;
  return UPPER_RE().test(String.fromCodePoint(c));
}

/** `\p{Ll}` */
export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c < 0x100) return c === 0xb5 || (c >= 0xdf && c <= 0xff && c !== 0xf7);
  if (c <= 0x17f) return isCasedPair(c, false);
  if (isKnownNonWord(c) || isCombiningAccent(c)) return false;
  return LOWER_RE().test(String.fromCodePoint(c));
}

// Latin Extended-A is all letters, each upper or lower: upper exactly when lower-casing changes it.
function isCasedPair(c: number, upper: boolean): boolean {
  const ch = String.fromCharCode(c);
  return (ch.toLowerCase() !== ch) === upper;
}

/** The first character of `s` is an upper-case letter. */
export function startsUpper(s: string): boolean {
  return s.length > 0 && isUpper(codePointAt(s, 0));
}

/** Maximal runs of code points that pass `test`, as [start, end) offsets, at most `limit` of them. */
export function runs(s: string, test: (c: number) => boolean, limit = Infinity): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < s.length && out.length < limit; ) {
    const c = codePointAt(s, i);
    const size = c > 0xffff ? 2 : 1;
    if (test(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i]);
      start = -1;
    }
    i += size;
  }
  if (start >= 0 && out.length < limit) out.push([start, s.length]);
  return out;
}

/** Every character of `s` is a lower-case letter (`^\p{Ll}+$`). */
export function isAllLower(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (!isLower(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}

/** Every character of `s` is a letter (`^\p{L}+$`). */
export function isAllLetters(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (!isLetter(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}

/**
 * Character-class bodies for Latin text (latin-regex.ts): there a regular expression with these finds
 * exactly what the code-point tests above find, at the engine's speed, with nothing to compile but a
 * short class. Letters and digits: ASCII, Latin-1, Latin Extended-A up to U+017E.
 */
export const LATIN_LETTER = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e';
const LATIN_LETTER_OR_DIGIT = '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e';
/** Letters, digits and the combining accents (U+0300–U+036F): what words are made of. */
export const LATIN_WORD_CHAR = `${LATIN_LETTER_OR_DIGIT}\\u0300-\\u036f`;
// Text made only of these is "Latin": ASCII, Latin-1, Latin Extended-A, combining accents, general
// punctuation and currency signs — all of English and French, nearly always. The long s (ſ) is left
// out: it is the one character there that ignores case differently with and without `u`.
// Control characters and the combining range belong here on purpose.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const LATIN_TEXT = /^[\u0000-\u017e\u0300-\u036f\u2000-\u206f\u20a0-\u20cf]*$/;
/** Whether `text` is Latin in the sense above. */
export const isLatinText = (text: string): boolean => LATIN_TEXT.test(text);

const LATIN_LETTER_OR_DIGIT_RUN = new RegExp(`[${LATIN_LETTER_OR_DIGIT}]+`, 'g');

/** How many runs of letters and digits `s` has (its words), counting up to `limit`. */
export function countWords(s: string, limit = Infinity): number {
  if (!isLatinText(s)) return runs(s, isLetterOrDigit, limit).length;
  LATIN_LETTER_OR_DIGIT_RUN.lastIndex = 0;
  let n = 0;
  while (n < limit && LATIN_LETTER_OR_DIGIT_RUN.test(s)) n++;
  return n;
}
