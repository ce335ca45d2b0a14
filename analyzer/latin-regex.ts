import { isLatinText } from './chars';

// The Latin part of each property class (code points up to U+017E: letters and digits of Latin text
// all lie below it, where chars.ts answers without a property lookup), as the body of a character
// class. With the `i` flag, `\p{Lu}` and `\p{Ll}` match every letter whose case folding meets the class
// (`/\p{Lu}/iu` matches "ß", for "ẞ"): the cased letters, listed in `cased`, since without `u` the
// engine folds by upper case instead. Written out rather than computed in every page (a cold loop over
// 383 code points cost ~3 ms); test/analyzer/unicode-without-properties.test.ts derives each from
// chars.ts and from String#toUpperCase and checks they are equal.
export const LATIN_CLASS_BODIES: Readonly<Record<'L' | 'Lu' | 'Ll' | 'N' | 'cased', string>> = {
  L: '\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e',
  Lu: '\\u0041-\\u005a\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u010e\\u0110\\u0112\\u0114\\u0116\\u0118\\u011a\\u011c\\u011e\\u0120\\u0122\\u0124\\u0126\\u0128\\u012a\\u012c\\u012e\\u0130\\u0132\\u0134\\u0136\\u0139\\u013b\\u013d\\u013f\\u0141\\u0143\\u0145\\u0147\\u014a\\u014c\\u014e\\u0150\\u0152\\u0154\\u0156\\u0158\\u015a\\u015c\\u015e\\u0160\\u0162\\u0164\\u0166\\u0168\\u016a\\u016c\\u016e\\u0170\\u0172\\u0174\\u0176\\u0178-\\u0179\\u017b\\u017d',
  Ll: '\\u0061-\\u007a\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u0101\\u0103\\u0105\\u0107\\u0109\\u010b\\u010d\\u010f\\u0111\\u0113\\u0115\\u0117\\u0119\\u011b\\u011d\\u011f\\u0121\\u0123\\u0125\\u0127\\u0129\\u012b\\u012d\\u012f\\u0131\\u0133\\u0135\\u0137-\\u0138\\u013a\\u013c\\u013e\\u0140\\u0142\\u0144\\u0146\\u0148-\\u0149\\u014b\\u014d\\u014f\\u0151\\u0153\\u0155\\u0157\\u0159\\u015b\\u015d\\u015f\\u0161\\u0163\\u0165\\u0167\\u0169\\u016b\\u016d\\u016f\\u0171\\u0173\\u0175\\u0177\\u017a\\u017c\\u017e',
  N: '\\u0030-\\u0039\\u00b2-\\u00b3\\u00b9\\u00bc-\\u00be',
  cased: '\\u0041-\\u005a\\u0061-\\u007a\\u00b5\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u0130\\u0132-\\u0137\\u0139-\\u0148\\u014a-\\u017e',
};

/**
 * `source` with every `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}` replaced by its Latin part, for a regular
 * expression without the `u` flag (and with `i` when `ignoreCase`). On Latin text it matches exactly
 * what the original matches with `u` (and `i`).
 */
function latinSource(source: string, ignoreCase: boolean): string {
  const b = LATIN_CLASS_BODIES;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const prop = /^\\p\{(L|Lu|Ll|N)\}/.exec(source.slice(i, i + 7));
      if (prop) {
        const name = prop[1]!;
        const body = ignoreCase && (name === 'Lu' || name === 'Ll') ? b.cased : b[name as 'L' | 'Lu' | 'Ll' | 'N'];
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
