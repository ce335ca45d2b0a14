import type { NormalizedArticle } from './article';
import { codePointAt, codePointBefore, isLetter, isLetterOrDigit, isLower, isUpper } from './chars';
import { LEXICONS } from './lexicons';
import { sentenceBreaks } from './sentence-breaks';

export interface Span {
  start: number;
  end: number;
  block: number;
}

// Abbreviations of both languages, compiled once: the last word before a sentence break.
const ABBREVIATIONS = new Set(Object.values(LEXICONS).flatMap((l) => l.abbreviations.map((a) => a.replace(/\.$/, ''))));
// What ends a segment after its final period: closing quotes and brackets, then white space.
const PERIOD_END = /\.["'”»’)\]]*\s*$/;
// A segment that opens with closing quotes or brackets left over from the previous sentence.
// A straight quote counts only when white space follows it: before a letter it opens the next quotation.
const LEADING_CLOSERS = /^[\s\u00a0\u202f]*(?:[»”’)\]]|["'](?=[\s\u00a0\u202f]|$))+/u;
// Lower-case start, after optional white space and dashes: « a-t-il ajouté », "she asked".
const LEADING_DASHES = /^[\s\u00a0\u202f—–-]*/;
const CLOSING_QUOTE_END = /[.!?…,]\s*(?:[”»"]|'')\s*$/u;
// "U.S.", "U.N.", "E.U.": capitals with periods, which end a sentence as often as they sit inside one.
const DOTTED_ACRONYM = /(?:^|[^A-Za-z])(?:[A-Z]\.){2,}["'”»’)\]]*\s*$/;
// Function words of every language: a sentence after an acronym opens with one ("in the U.S. The
// talks..."), a name that goes on does not ("the U.S. Embassy in Tunis").
const FUNCTION_WORDS = new Set(
  Object.values(LEXICONS).flatMap((l) => [...l.stopwords, ...l.pronouns, ...l.firstPerson, ...l.indefinite, ...l.definite, ...l.clauseBoundaries, ...l.auxiliaries]),
);
const TRAILING_SPACE = /[\s\u00a0\u202f\u200b\ufeff]+$/u;
const LEADING_SPACE = /^[\s\u00a0\u202f\u200b\ufeff]+/u;

/**
 * Sentences of every block: Unicode's sentence rules (sentence-breaks.ts), repaired where it is wrong for news text —
 * abbreviations and initials ("Gov. Jones", « M. Dupont », « av. J.-C. », "John F. Kennedy"),
 * closing quotes pushed to the next sentence (« ... partons. » Puis), and speech tags cut off after
 * a quoted question or exclamation (“Why now?” she asked). Offsets are absolute; spans are trimmed.
 */
export function segment(article: NormalizedArticle): Span[] {
  const out: Span[] = [];
  article.blocks.forEach((block, b) => {
    const raw: { start: number; end: number }[] = [];
    let from = 0;
    for (const end of sentenceBreaks(block.text)) {
      raw.push({ start: from, end });
      from = end;
    }
    const merged: { start: number; end: number }[] = [];
    for (const r of raw) {
      const prev = merged[merged.length - 1];
      let piece = block.text.slice(r.start, r.end);
      if (prev) {
        // « » Puis il est parti » : the closing quote belongs to the sentence before.
        const closers = LEADING_CLOSERS.exec(piece);
        if (closers) {
          prev.end = r.start + closers[0].length;
          r.start += closers[0].length;
          piece = piece.slice(closers[0].length);
          if (!piece.trim()) continue;
        }
        // Only the end of the sentence so far matters: a bounded tail keeps this linear.
        if (shouldJoin(block.text.slice(Math.max(prev.start, prev.end - 120), prev.end), piece)) {
          prev.end = r.end;
          continue;
        }
      }
      merged.push({ ...r });
    }
    for (const m of merged) {
      const piece = block.text.slice(m.start, m.end);
      const lead = LEADING_SPACE.exec(piece)?.[0].length ?? 0;
      const trail = TRAILING_SPACE.exec(piece)?.[0].length ?? 0;
      const s = m.start + lead;
      const e = m.end - trail;
      if (e > s) out.push({ start: block.start + s, end: block.start + e, block: b });
    }
  });
  return out;
}

function shouldJoin(prev: string, next: string): boolean {
  // A sentence never starts with a lower-case letter: "she asked", « a-t-il ajouté », « à Rome ».
  const first = LEADING_DASHES.exec(next)?.[0].length ?? 0;
  if ((first < next.length && isLower(codePointAt(next, first))) || endsWithAbbreviation(prev)) return true;
  if (DOTTED_ACRONYM.test(prev) && !FUNCTION_WORDS.has(firstWord(next).toLowerCase())) return true;
  // “Really?” Trump said. — a short speech tag after a closing quote belongs to the quotation.
  return next.length < 80 && CLOSING_QUOTE_END.test(prev) && isSpeechTag(next) && hasReportingVerb(next);
}

// At most five words and a full stop, no quotation of its own: "Trump said.", « a-t-il dit. »
// A word starts with a letter or digit and goes on with letters, digits and . ' ’ -; only the last
// word may not hold a period.
function isSpeechTag(s: string): boolean {
  const body = s.trim();
  if (!body.endsWith('.')) return false;
  const words = body.slice(0, -1).split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w, k) => isTagWord(w, k === words.length - 1));
}

function isTagWord(w: string, last: boolean): boolean {
  if (!w || !isLetterOrDigit(codePointAt(w, 0))) return false;
  for (let i = 0; i < w.length; i++) {
    const c = codePointAt(w, i);
    if (c > 0xffff) i++;
    if (isLetterOrDigit(c) || c === 0x27 || c === 0x2019 || c === 0x2d || (c === 0x2e && !last)) continue;
    return false;
  }
  return true;
}

const SPEECH_VERBS = new Set(Object.values(LEXICONS).flatMap((l) => [...l.reportingVerbs, ...l.beliefVerbs]));
function hasReportingVerb(s: string): boolean {
  // words of letters joined by hyphens: « a-t-il » is checked whole and by its first part
  return lettersRuns(s.toLowerCase()).some((w) => SPEECH_VERBS.has(w) || SPEECH_VERBS.has(w.split('-')[0] ?? ''));
}

function lettersRuns(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; ) {
    const c = i < s.length ? codePointAt(s, i) : -1;
    const inWord = c >= 0 && (isLetter(c) || (c === 0x2d && start >= 0 && i + 1 < s.length && isLetter(codePointAt(s, i + 1))));
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

function firstWord(text: string): string {
  const t = text.trimStart();
  let e = 0;
  while (e < t.length && isLetter(codePointAt(t, e))) e += codePointAt(t, e) > 0xffff ? 2 : 1;
  return t.slice(0, e);
}

function endsWithAbbreviation(prev: string): boolean {
  const tail = prev.slice(-40);
  const end = PERIOD_END.exec(tail);
  if (!end) return false;
  const wordStart = lastWordStart(tail, end.index);
  if (wordStart < 0) return false;
  const word = tail.slice(wordStart, end.index);
  if (ABBREVIATIONS.has(word)) return true;
  // "John F. Kennedy": a lone capital after a capitalised word is an initial.
  if (word.length === 1 && isUpper(word.charCodeAt(0)) && word !== 'I') {
    return capitalisedWordEnds(prev.slice(0, prev.length - (tail.length - wordStart)).trimEnd());
  }
  return false;
}

// The text ends with a capital followed only by letters and . ' ’ - ("Kennedy", "Jean-Pierre").
function capitalisedWordEnds(s: string): boolean {
  for (let k = s.length; k > 0; ) {
    const c = codePointBefore(s, k);
    if (isUpper(c)) return true;
    if (!isLetter(c) && c !== 0x2e && c !== 0x27 && c !== 0x2019 && c !== 0x2d) return false;
    k -= c > 0xffff ? 2 : 1;
  }
  return false;
}

// The word that ends at `end`, just before a final period: "Gov." → "Gov", "J.-C." → "J.-C". It starts
// with a letter or digit and goes on with letters, digits
// and . ' ’ -. Returns its start, or -1.
function lastWordStart(s: string, end: number): number {
  let k = end;
  let start = -1;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    const isPart = isLetterOrDigit(c) || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d;
    if (!isPart) break;
    k--;
    if (isLetterOrDigit(c)) start = k;
  }
  return start;
}
