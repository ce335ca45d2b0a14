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

// A word: letters, marks and digits, joined by inner hyphens, apostrophes, periods or ampersands
// ("Al-Masdar", "aujourd'hui", "U.S", "AT&T"); anything else is one punctuation token.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
// French elision: « l'armée » is two words, « l' » and « armée ».
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[\p{L}\p{N}])/iu;
const UPPER = /^\p{Lu}/u;

/**
 * Tokens of `text.slice(start, end)`. `quoted(i)` tells whether offset i lies inside a quotation.
 * Linear in the length of the slice.
 */
export function tokenize(text: string, start: number, end: number, french: boolean, quoted: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let s = start + m.index;
    let t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0] ?? '');
    if (word && french) {
      const e = ELISION.exec(t);
      if (e) {
        const head = t.slice(0, e[0].length);
        out.push(make(head, s, true, quoted(s)));
        s += head.length;
        t = t.slice(head.length);
      }
    }
    out.push(make(t, s, word, quoted(s)));
  }
  return out;
}

function make(text: string, start: number, word: boolean, quoted: boolean): Token {
  return { text, lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length, word, cap: UPPER.test(text), quoted };
}
