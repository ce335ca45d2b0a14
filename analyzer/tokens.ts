import { codePointAt, isLatinText, isLetterOrDigit, isWordChar, LATIN_WORD_CHAR, startsUpper } from './chars';

/** A word or a punctuation mark of a sentence, with its offsets into the article text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Lies inside a quotation (not a scare quote). */
  quoted: boolean;
}

// French elision: « l'armée » is two words, « l' » and « armée ».
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;
// JavaScript's \s: what separates tokens
const SPACE = /\s/;

/**
 * Tokens of `text.slice(start, end)`. `quoted(i)` tells whether offset i lies inside a quotation.
 * Linear in the length of the slice.
 */
export function tokenize(text: string, start: number, end: number, french: boolean, quoted: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  const add = (from: number, to: number) => addToken(out, text, from, to, french, quoted);
  const slice = text.slice(start, end);
  if (isLatinText(slice)) {
    // Latin text (nearly every sentence): the engine scans, with the same classes as below.
    LATIN_TOKEN.lastIndex = 0;
    for (let m = LATIN_TOKEN.exec(slice); m; m = LATIN_TOKEN.exec(slice)) add(start + m.index, start + m.index + m[0].length);
    return out;
  }
  for (let i = start; i < end; ) {
    const c = codePointAt(text, i);
    const size = c > 0xffff ? 2 : 1;
    if (isWordChar(c)) {
      const to = wordEnd(text, i, end);
      add(i, to);
      i = to;
      continue;
    }
    // one punctuation mark, or white space skipped
    if (!SPACE.test(String.fromCodePoint(c))) add(i, i + size);
    i += size;
  }
  return out;
}

const LATIN_TOKEN = new RegExp(`[${LATIN_WORD_CHAR}]+(?:[-'’.&][${LATIN_WORD_CHAR}]+)*|[^\\s${LATIN_WORD_CHAR}]`, 'g');

/** One token, `text.slice(from, to)`: a word (split after a French elision) or a punctuation mark. */
function addToken(out: Token[], text: string, from: number, to: number, french: boolean, quoted: (i: number) => boolean): void {
  let s = from;
  let t = text.slice(from, to);
  // A word made only of combining marks is no word (\p{M} alone)
  const c = codePointAt(t, 0);
  const word = isLetterOrDigit(c);
  if (!word && !isWordChar(c)) return void out.push(make(t, s, false, quoted(s)));
  if (word && french) {
    const e = ELISION.exec(t);
    if (e && e[0].length < t.length && isLetterOrDigit(codePointAt(t, e[0].length))) {
      const head = t.slice(0, e[0].length);
      out.push(make(head, s, true, quoted(s)));
      s += head.length;
      t = t.slice(head.length);
    }
  }
  out.push(make(t, s, word, quoted(s)));
}

// A word: letters, marks and digits, joined by inner hyphens, apostrophes, periods or ampersands
// ("Al-Masdar", "aujourd'hui", "U.S", "AT&T"); anything else is one punctuation token.
function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  for (;;) {
    while (i < end) {
      const c = codePointAt(text, i);
      if (!isWordChar(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    const joiner = text.charCodeAt(i);
    const isJoiner = joiner === 0x2d || joiner === 0x27 || joiner === 0x2019 || joiner === 0x2e || joiner === 0x26;
    if (i + 1 < end && isJoiner && isWordChar(codePointAt(text, i + 1))) i++;
    else return i;
  }
}

function make(text: string, start: number, word: boolean, quoted: boolean): Token {
  return { text, lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length, word, cap: startsUpper(text), quoted };
}
