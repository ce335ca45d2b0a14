import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codePointAt, isLatinText, isLetter, isLetterOrDigit, isLower, isUpper, isWordChar } from '../../analyzer/chars';
import { LATIN_CLASS_BODIES, LatinRegex } from '../../analyzer/latin-regex';
import { LEXICONS } from '../../analyzer/lexicons';
import { patternSource, PhraseSet } from '../../analyzer/phrase-set';
import { sentenceBreaks } from '../../analyzer/sentence-breaks';
import { tokenize } from '../../analyzer/tokens';

// The analyzer splits sentences by UAX #29 itself (no Intl.Segmenter start-up in every page) and tests
// letters by code point (no \p{…} compilation in every page): here both are held to the reference.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const reference = (s: string) => [...segmenter.segment(s)].map((x) => x.index + x.segment.length);

// Characters every sentence rule looks at: terminators, closers, spaces, separators, continuations,
// cased and uncased letters (also beyond Latin and the BMP), digits, combining and format characters.
const PIECES = [
  'a', 'b', 'A', 'B', 'é', 'É', 'œ', 'Œ', 'ß', 'ª', 'ʰ', 'ǅ', 'Ω', 'ω', 'Ж', 'ж', 'א', 'ب', '中', 'カ', '𝐀', '𝐚', 'Ⅳ', '1', '2', '٣', '€', '😈',
  '।', '؟', '𑈸', '❝', '⸆', '⁅', '\u200d', '\u200e', '\u0903', '™', '→', '⌈', '❨', '■', '№', '❶',
  '.', '.', '!', '?', '…', '‼', '。', '！', ' ', ' ', '\u00a0', '\u202f', '\t', '\n', '\r', '\u2029',
  '“', '”', '«', '»', '"', "'", '‹', '(', ')', '[', '{', ',', ';', ':', '-', '–', '—', '\u0301', '\u00ad',
];

describe('sentenceBreaks follows Unicode sentence rules, as Intl.Segmenter does', () => {
  test('on random text built from the characters the rules look at', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(sentenceBreaks(s)).toEqual(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  // On rare scripts ICU's data and V8's property tables can be of different Unicode versions (Georgian
  // case, for one): there the shape of the answer is checked, not each break.
  test('on arbitrary Unicode: increasing ends, the last at the end, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const ends = sentenceBreaks(s);
        expect(ends.length ? ends[ends.length - 1] : 0).toBe(s.length);
        ends.forEach((e, k) => {
          expect(e).toBeGreaterThan(k ? ends[k - 1]! : 0);
          const c = s.charCodeAt(e - 1);
          expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
        });
      }),
      { numRuns: 5_000 },
    );
  });

  test.each([
    ['He left. She stayed.', [9, 20]],
    ['It costs 3.5 euros. Fine.', [20, 25]],
    ['The U.S.A. Is big. e.g. this', [11, 28]],
    ['“Go.” Then he left.', [6, 19]],
    ['Wait… And then.', [15]],
    ['Il est parti. « Puis »', [14, 22]],
    ["Why? because.", [5, 13]],
    ['', []],
  ])('%j', (s, ends) => {
    expect(sentenceBreaks(s)).toEqual(ends);
    expect(reference(s)).toEqual(ends);
  });
});

describe('character tests agree with Unicode property escapes', () => {
  test.each([
    ['isLetter', isLetter, /^\p{L}$/u],
    ['isLetterOrDigit', isLetterOrDigit, /^[\p{L}\p{N}]$/u],
    ['isWordChar', isWordChar, /^[\p{L}\p{M}\p{N}]$/u],
    ['isUpper', isUpper, /^\p{Lu}$/u],
    ['isLower', isLower, /^\p{Ll}$/u],
  ] as const)('%s, on every code point of the first planes and a sample beyond', (_name, f, re) => {
    const wrong: string[] = [];
    const check = (c: number) => {
      if (f(c) !== re.test(String.fromCodePoint(c))) wrong.push(c.toString(16));
    };
    for (let c = 0; c < 0x3400; c++) if (c < 0xd800 || c > 0xdfff) check(c);
    for (let c = 0x3400; c < 0x30000; c += 97) if (c < 0xd800 || c > 0xdfff) check(c);
    expect(wrong).toEqual([]);
  });

  test('codePointAt reads a surrogate pair whole', () => {
    expect(codePointAt('a𝐀', 1)).toBe(0x1d400);
    expect(isUpper(codePointAt('𝐀', 0))).toBe(true);
  });
});

describe('Latin translations of property escapes', () => {
  const samples = fc.array(fc.constantFrom('a', 'B', 'é', 'É', 'œ', 'Œ', 'ß', 'ÿ', 'Ÿ', 'ı', 'İ', 'ª', '²', '1', ' ', '.', ',', '-', '—', '’', '€', '\u0301', 'x', 'Ş', 'ş', 'ĸ', 'ŉ', 'µ', 'Ž', 'ž', 'Ĳ', 'ĳ'), { maxLength: 12 }).map((a) => a.join(''));
  test.each(LEXICONS.en.notClaims.concat(LEXICONS.fr.notClaims).map((r) => [r.pattern, !r.caseSensitive] as const))('%s', (pattern, ignoreCase) => {
    const exact = new RegExp(pattern, ignoreCase ? 'iu' : 'u');
    const cheap = new LatinRegex(pattern, ignoreCase);
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom('', 'by ', 'Updated ', 'LONDON (Reuters) - ', 'par ', 'Photo: '), samples, fc.constantFrom('', ' -', '.', ' (AFP)')), ([a, b, c]) => {
        const text = a + b + c;
        expect(isLatinText(text)).toBe(true);
        expect(cheap.test(text)).toBe(exact.test(text));
      }),
      { numRuns: 300 },
    );
  });

  test('the written-out class bodies are each class over U+0000–U+017E, as chars.ts and the engine see it', () => {
    const LAST = 0x17e;
    const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
    // runs of consecutive code points passing `test`, as `\uXXXX` or `\uXXXX-\uYYYY`
    const body = (test: (c: number) => boolean) => {
      let out = '';
      for (let c = 0; c <= LAST; c++) {
        if (!test(c) || (c > 0 && test(c - 1))) continue;
        let d = c;
        while (d < LAST && test(d + 1)) d++;
        out += d === c ? hex(c) : `${hex(c)}-${hex(d)}`;
      }
      return out;
    };
    // a lower-case letter with a one-letter upper case ("ÿ" → "Ÿ"; not "ŉ", nor "ĸ")
    const hasUpperPartner = (c: number) => {
      const up = String.fromCharCode(c).toUpperCase();
      return up.length === 1 && up !== String.fromCharCode(c);
    };
    expect(LATIN_CLASS_BODIES).toEqual({
      L: body(isLetter),
      Lu: body(isUpper),
      Ll: body(isLower),
      N: body((c) => isLetterOrDigit(c) && !isLetter(c)),
      cased: body((c) => isUpper(c) || c === 0xdf || (isLower(c) && c !== 0x131 && hasUpperPartner(c))),
    });
    // and each body is the property's Latin part, by the engine's own Unicode tables
    const latin = Array.from({ length: LAST + 1 }, (_, c) => String.fromCharCode(c));
    for (const [name, prop] of [['L', 'L'], ['Lu', 'Lu'], ['Ll', 'Ll'], ['N', 'N']] as const) {
      const exact = new RegExp(`^\\p{${prop}}$`, 'u');
      const cheap = new RegExp(`^[${LATIN_CLASS_BODIES[name]}]$`);
      expect(latin.filter((ch) => cheap.test(ch)), name).toEqual(latin.filter((ch) => exact.test(ch)));
    }
  });

  test('text beyond Latin goes to the exact expression', () => {
    expect(isLatinText('Москва — репортаж')).toBe(false);
    expect(new LatinRegex('^\\p{Lu}{2,}', false).test('МОСКВА -')).toBe(true);
  });
});

describe('PhraseSet finds what each rule alone finds between word boundaries', () => {
  const exactFirst = (source: string, text: string) => {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    return m ? { index: m.index, text: m[0] } : null;
  };
  test.each(['en', 'fr'] as const)('%s hedges and weasels, on text made of their own words', (lang) => {
    for (const rules of [LEXICONS[lang].hedges, LEXICONS[lang].weasels]) {
      const set = new PhraseSet(rules);
      const words = [...new Set(rules.flatMap((r) => r.example.split(/\s+/)).concat(['un', 'X', 'ſ', 'é', 'Ж']))];
      const text = fc.array(fc.constantFrom(...words, ' ', '', '-', 'ly', "'"), { maxLength: 14 }).map((a) => a.join(' ').replace(/ {2,}/g, ' '));
      fc.assert(
        fc.property(text, (t) => {
          const got = set.matches(t).map((m) => [m.rule.pattern, m.index, m.text]);
          const want = rules.flatMap((r) => {
            const m = exactFirst(patternSource(r), t);
            return m ? [[r.pattern, m.index, m.text]] : [];
          });
          expect(got).toEqual(want);
        }),
        { numRuns: 400 },
      );
    }
  });
});

describe('tokenize matches the tokenizer written with property escapes', () => {
  // The reference: words of letters, marks and digits joined by - ' ’ . &, or one other character.
  const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
  const reference = (s: string) => [...s.matchAll(REFERENCE)].map((m) => [m.index, m[0]]);
  const CHARS = ['a', 'Z', 'é', 'œ', 'Ÿ', '1', '²', ' ', '\u00a0', '-', "'", '’', '.', '&', ',', '“', '€', '\u0301', 'Ж', '中', '𝐀', 'ſ', '\n'];
  test('on Latin and other text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((a) => a.join('')), (s) => {
        expect(tokenize(s, 0, s.length, false, () => false).map((t) => [t.start, t.text])).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
