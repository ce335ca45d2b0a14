import type { NormalizedArticle } from './article';
import { LEXICONS } from './lexicons';
import type { Language } from './types';

export interface Span {
  start: number;
  end: number;
  block: number;
}

const segmenters = new Map<Language, Intl.Segmenter>();
function segmenterFor(lang: Language): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

// Abbreviations of both languages, compiled once: the last word before a sentence break.
const ABBREVIATIONS = new Set(Object.values(LEXICONS).flatMap((l) => l.abbreviations.map((a) => a.replace(/\.$/, ''))));
// The word that ends a segment, just before its final period: "Gov." → "Gov", "J.-C." → "J.-C".
const LAST_WORD = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\.["'”»’)\]]*\s*$/u;
// A segment that opens with closing quotes or brackets left over from the previous sentence.
// A straight quote counts only when white space follows it: before a letter it opens the next quotation.
const LEADING_CLOSERS = /^[\s\u00a0\u202f]*(?:[»”’)\]]|["'](?=[\s\u00a0\u202f]|$))+/u;
// Lower-case start, after optional opening punctuation: « a-t-il ajouté », "she asked".
const LOWER_START = /^[\s\u00a0\u202f—–-]*\p{Ll}/u;
const CLOSING_QUOTE_END = /[.!?…,]\s*(?:[”»"]|'')\s*$/u;
// At most five words and a full stop, no quotation of its own: "Trump said.", « a-t-il dit. »
const SPEECH_TAG = /^\s*(?:[\p{L}\p{N}][\p{L}\p{N}.'’-]*\s+){0,4}[\p{L}\p{N}][\p{L}\p{N}'’-]*\.\s*$/u;
const TRAILING_SPACE = /[\s\u00a0\u202f\u200b\ufeff]+$/u;
const LEADING_SPACE = /^[\s\u00a0\u202f\u200b\ufeff]+/u;

/**
 * Sentences of every block: Intl.Segmenter, repaired where it is wrong for news text —
 * abbreviations and initials ("Gov. Jones", « M. Dupont », « av. J.-C. », "John F. Kennedy"),
 * closing quotes pushed to the next sentence (« ... partons. » Puis), and speech tags cut off after
 * a quoted question or exclamation (“Why now?” she asked). Offsets are absolute; spans are trimmed.
 */
export function segment(article: NormalizedArticle, lang: Language): Span[] {
  const out: Span[] = [];
  const seg = segmenterFor(lang);
  article.blocks.forEach((block, b) => {
    const raw: { start: number; end: number }[] = [];
    for (const [from, to] of chunks(block.text)) {
      for (const piece of seg.segment(block.text.slice(from, to))) raw.push({ start: from + piece.index, end: from + piece.index + piece.segment.length });
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

// V8's Intl.Segmenter costs (segments × input length): a block of thousands of sentences must be fed to
// it in pieces. A piece ends after the white space that follows . ! ? once it is CHUNK long, else at any
// white space, else (a run with no space at all) anywhere but inside a surrogate pair.
const CHUNK = 1000;
const SENTENCE_GAP = /[.!?…]["'”»’)\]]*\s+/gu;
const ANY_GAP = /\s+/gu;

function chunks(text: string): [number, number][] {
  if (text.length <= CHUNK * 2) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > CHUNK * 2) {
    const cut = gapAfter(SENTENCE_GAP, text, from + CHUNK, from + CHUNK * 2) ?? gapAfter(ANY_GAP, text, from + CHUNK, from + CHUNK * 3) ?? safeCut(text, from + CHUNK * 3);
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

function gapAfter(re: RegExp, text: string, from: number, limit: number): number | null {
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, limit));
  return m ? from + m.index + m[0].length : null;
}

function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at + 1 : at;
}

function shouldJoin(prev: string, next: string): boolean {
  // A sentence never starts with a lower-case letter: "she asked", « a-t-il ajouté », « à Rome ».
  if (LOWER_START.test(next) || endsWithAbbreviation(prev)) return true;
  // “Really?” Trump said. — a short speech tag after a closing quote belongs to the quotation.
  return next.length < 80 && CLOSING_QUOTE_END.test(prev) && SPEECH_TAG.test(next) && hasReportingVerb(next);
}

const SPEECH_VERBS = new Set(Object.values(LEXICONS).flatMap((l) => [...l.reportingVerbs, ...l.beliefVerbs]));
function hasReportingVerb(s: string): boolean {
  return (s.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).some((w) => SPEECH_VERBS.has(w) || SPEECH_VERBS.has(w.split('-')[0] ?? ''));
}

function endsWithAbbreviation(prev: string): boolean {
  const m = LAST_WORD.exec(prev.slice(-40));
  const word = m?.[1];
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // "John F. Kennedy": a lone capital after a capitalised word is an initial.
  if (/^\p{Lu}$/u.test(word) && word !== 'I') {
    const before = prev.slice(0, prev.length - (m[0].length)).trimEnd();
    return /\p{Lu}[\p{L}.'’-]*$/u.test(before);
  }
  return false;
}
