import { isLatinText, isLetter, isLetterOrDigit, isLower, isUpper } from './chars';

// Letters and digits of Latin text all lie below this (combining accents and punctuation have none),
// where chars.ts answers without a property lookup.
const LATIN_LAST = 0x17e;


// The Latin part of each property class, as the body of a character class. With the `i` flag, `\p{Lu}`
// and `\p{Ll}` match every letter whose case folding meets the class (`/\p{Lu}/iu` matches "ß", for
// "ẞ"): the cased letters, here all listed, since without `u` the engine folds by upper case instead.
let bodies: Record<string, string> | null = null;
function propertyBodies(): Record<string, string> {
  const body = (test: (c: number) => boolean) => {
    let out = '';
    for (let c = 0; c <= LATIN_LAST; c++) {
      if (!test(c) || (c > 0 && test(c - 1))) continue;
      let d = c;
      while (d < LATIN_LAST && test(d + 1)) d++;
      out += d === c ? hex(c) : `${hex(c)}-${hex(d)}`;
    }
    return out;
  };
  const cased = (c: number) => isUpper(c) || c === 0xdf || (isLower(c) && c !== 0x131 && hasUpperPartner(c));
  return (bodies ??= {
    L: body(isLetter),
    Lu: body(isUpper),
    Ll: body(isLower),
    N: body((c) => isLetterOrDigit(c) && !isLetter(c)),
    cased: body(cased),
  });
}
// A lower-case letter with a one-letter upper case ("ÿ" → "Ÿ"; not "ŉ", nor "ĸ").
function hasUpperPartner(c: number): boolean {
  const ch = String.fromCharCode(c);
  const up = ch.toUpperCase();
  return up.length === 1 && up !== ch;
}
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * `source` with every `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}` replaced by its Latin part, for a regular
 * expression without the `u` flag (and with `i` when `ignoreCase`). On Latin text it matches exactly
 * what the original matches with `u` (and `i`).
 */
function latinSource(source: string, ignoreCase: boolean): string {
  const b = propertyBodies();
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const prop = /^\\p\{(L|Lu|Ll|N)\}/.exec(source.slice(i, i + 7));
      if (prop) {
        const name = prop[1]!;
        const body = ignoreCase && (name === 'Lu' || name === 'Ll') ? b.cased! : b[name]!;
        out += inClass ? body : `[${body}]`;
        i += prop[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'p' || source[i + 1] === 'P') throw new Error(`latinSource: unsupported property escape in ${source}`);
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * A regular expression written with Unicode property escapes, run cheaply: on Latin text (nearly every
 * sentence of an English or French page) through its Latin translation, which compiles in a tenth of
 * a millisecond instead of one to twenty (a `\p{…}` class makes V8 load and fold Unicode data in every
 * page); on other text through the original. Both are compiled only when first needed.
 */
export class LatinRegex {
  private latin: RegExp | null = null;
  private exact: RegExp | null = null;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** `latin`: whether the text is Latin (isLatinText), when the caller already knows. */
  test(text: string, latin = isLatinText(text)): boolean {
    if (latin) return (this.latin ??= new RegExp(latinSource(this.source, this.ignoreCase), this.ignoreCase ? 'i' : '')).test(text);
    return (this.exact ??= new RegExp(this.source, this.ignoreCase ? 'iu' : 'u')).test(text);
  }
}
