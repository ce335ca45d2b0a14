import { isAllLower } from './chars';
import type { Lexicon } from './lexicons';
import { inLexicon } from './lexicons/in-lexicon';
import type { Token } from './tokens';
import type { SourceKind } from './types';

/** What a noun phrase in subject position says about its speaker. */
export type Speaker =
  | { type: 'source'; kind: SourceKind; name: string; head: string; document: boolean; alias?: string; outlet?: true }
  /** "he", « cette source », "the official": stands for a source named before; `fallback` if none. */
  | { type: 'reference'; name: string; head: string; pronoun: boolean; fallback: SourceKind }
  /** "I", « nous »: the author (TAXONOMY rule 7). */
  | { type: 'author'; name: string };

const PUNCT_INSIDE_NAME = new Set(['-', '&', '.', "'", '’']);
const POSSESSIVE = /['’]s?$/u;
// A participle ends an English subject: "three people briefed on the talks" → "three people".
const EN_MAX = 10;

/** Words of the subject read leftwards from just before `v` (the verb), skipping auxiliaries. */
export function subjectLeft(tokens: Token[], v: number, lex: Lexicon, max = EN_MAX): { np: Token[]; stop: Token | null; stopIndex: number; npStart: number; skippedTo: number } {
  let j = v - 1;
  while (j >= 0) {
    const t = tokens[j] as Token;
    // "The Federal Office of the Environment (FOEN) had revealed": an acronym in brackets.
    if (t.text === ')') {
      let k = j - 1;
      while (k >= 0 && k >= j - 6 && (tokens[k] as Token).text !== '(') k--;
      if (k >= 0 && k >= j - 6 && k < j - 1) {
        j = k - 1;
        continue;
      }
    }
    if (!t.word) break;
    if (inLexicon(lex, 'auxiliaries', t.lower) || isPreverbAdverb(t, lex)) {
      j--;
      continue;
    }
    if (inLexicon(lex, 'days', t.lower)) {
      j--;
      if (j >= 0 && inLexicon(lex, 'timeLead', (tokens[j] as Token).lower)) j--;
      continue;
    }
    break;
  }
  const end = j;
  // "is believed to have rejected": an infinitive has no subject of its own.
  if (j >= 0 && (tokens[j] as Token).lower === 'to') return { np: [], stop: tokens[j] as Token, stopIndex: j, npStart: -1, skippedTo: end };
  const np: Token[] = [];
  while (j >= 0 && np.length < max) {
    const t = tokens[j] as Token;
    if (t.quoted) break;
    if (t.word) {
      if (inLexicon(lex, 'clauseBoundaries', t.lower) && !joinsName(tokens[j - 1], t, np[0])) break;
    } else if (!PUNCT_INSIDE_NAME.has(t.text)) break;
    np.unshift(t);
    j--;
  }
  const trimmed = trimPunct(np);
  const npStart = trimmed.length ? j + 1 + np.indexOf(trimmed[0] as Token) : -1;
  return { np: trimmed, stop: j >= 0 ? (tokens[j] as Token) : null, stopIndex: j, npStart, skippedTo: end };
}

/** Words of the subject read rightwards from `i`, up to punctuation or a clause boundary. */
export function subjectRight(tokens: Token[], i: number, lex: Lexicon): Token[] {
  const np: Token[] = [];
  // « a déclaré jeudi le ministre »: a day before the subject is not part of it.
  while (i < tokens.length && inLexicon(lex, 'days', (tokens[i] as Token).lower)) i++;
  for (let j = i; j < tokens.length && np.length < EN_MAX; j++) {
    const t = tokens[j] as Token;
    if (t.quoted) break;
    if (t.word) {
      if (inLexicon(lex, 'clauseBoundaries', t.lower) && np.length && !joinsName(np[np.length - 1], t, tokens[j + 1])) break;
      if (inLexicon(lex, 'days', t.lower) && np.length) break;
    } else if (!PUNCT_INSIDE_NAME.has(t.text)) break;
    np.push(t);
  }
  return trimPunct(np);
}

/** Named, anonymous, a reference back, or the author: the rules of TAXONOMY.md on one noun phrase. */
export function classifySpeaker(np: Token[], text: string, lex: Lexicon, sentenceFirst: Token | undefined): Speaker | null {
  if (!np.length) return null;
  const first = np[0] as Token;
  const name = text.slice(first.start, (np[np.length - 1] as Token).end);
  const lowers = np.map((t) => t.lower);
  // "I", "we", "our analysis": the author; "my father", "our neighbours": someone the author describes.
  if (np.length === 2 && /^(?:my|our)$/.test(first.lower) && !inLexicon(lex, 'documentHeads', lowers[1]!) && !inLexicon(lex, 'speechNouns', lowers[1]!)) {
    return { type: 'source', kind: 'anonymous', name, head: lowers[1]!, document: false };
  }
  if (np.length <= 2 && inLexicon(lex, 'firstPerson', first.lower)) return { type: 'author', name };
  const phrase = lowers.join(' ');
  if (inLexicon(lex, 'pronouns', phrase) || inLexicon(lex, 'objectPronouns', phrase) || (np.length <= 2 && inLexicon(lex, 'pronouns', first.lower))) {
    return { type: 'reference', name, head: first.lower, pronoun: true, fallback: 'anonymous' };
  }
  // "on by tribes...", « par le biais de »: a phrase that opens with a preposition is no one, unless
  // a name ends it after a common noun: "In a television interview Trump (said)" → "Trump".
  if (inLexicon(lex, 'prepositions', first.lower)) {
    let k = np.length;
    while (k > 1 && (np[k - 1] as Token).cap) k--;
    const before = np[k - 1] as Token;
    if (k === np.length || !before.word || before.cap || inLexicon(lex, 'prepositions', before.lower) || inLexicon(lex, 'stopwords', before.lower)) return null;
    return classifySpeaker(np.slice(k), text, lex, sentenceFirst);
  }
  if (lex.language === 'fr' && first.lower === 'on' && np.length === 1) return { type: 'source', kind: 'anonymous', name, head: 'on', document: false };
  // "There are reports that...": an expletive, not a speaker.
  if (np.length === 1 && (first.lower === 'there' || first.lower === 'here')) return null;
  const words = np.filter((t) => t.word);
  if (!words.length) return null;
  const { head, headIndex } = findHead(np, lex);
  if (!head) return null;
  // "Some have suggested", « certains affirment »: a quantifier alone is an unnamed crowd.
  if (words.length === 1 && inLexicon(lex, 'quantifiers', first.lower)) return { type: 'source', kind: 'anonymous', name, head: first.lower, document: false };
  if (words.every((t) => isDeterminer(lex, t.lower))) return null;
  const hl = head.lower.replace(POSSESSIVE, '');
  const det = first.lower;
  const definite = inLexicon(lex, 'definite', det) && !inLexicon(lex, 'indefinite', det);
  const indefinite = inLexicon(lex, 'indefinite', det) || /^\d/.test(det);
  // Capitalised words other than an opening determiner or the sentence's first word.
  const proper = np.some((t, k) => t.cap && !isDeterminer(lex, t.lower) && !(t === sentenceFirst && k === 0 && !isNameLike(np, k)));
  const document = inLexicon(lex, 'documentHeads', hl) || inLexicon(lex, 'speechNouns', hl);

  if (inLexicon(lex, 'negations', det)) return null;
  // "Twelve percent", "nearly eight of 10 voters", « près de huit Français sur dix »: a counted share (rule 9).
  if (/^\d/.test(det) ? words.length > 1 : inLexicon(lex, 'numberWords', det)) return { type: 'source', kind: 'anonymous', name, head: hl, document: false };
  // "Many Tunisians", "most economists", « certains élus »: a share of a group is nobody in particular (rule 9).
  if (inLexicon(lex, 'quantifiers', hl) || inLexicon(lex, 'quantifiers', det)) return { type: 'source', kind: 'anonymous', name, head: hl, document: false };
  if (document) {
    // "a Pew poll", "Smith's statement", "a report by the UN", « le rapport de l'ONU », "her statement"
    const owned = /^(his|her|its|their|son|sa|ses|leur|leurs)$/.test(det);
    const namedPart = np.some((t, k) => t.cap && k !== headIndex && !isDeterminer(lex, t.lower) && !(t === sentenceFirst && k === 0));
    if (namedPart || owned) return { type: 'source', kind: 'named', name, head: hl, document: true };
    // "The report concluded": the report the article named before.
    if (definite) return { type: 'reference', name, head: hl, pronoun: false, fallback: 'anonymous' };
    // "Reports suggest", "rumours say": no report named is a hedge (TAXONOMY), not a source.
    if (inLexicon(lex, 'unnamedReports', hl)) return null;
    return { type: 'source', kind: 'anonymous', name, head: hl, document: true };
  }
  // « le responsable syndical Marc Roux », "the official, Ana Ruiz": a name after the head names the speaker.
  const after = nameAfter(np, headIndex, text);
  if (after) return { type: 'source', kind: 'named', name: after, head: hl, document: false, alias: name };
  if (inLexicon(lex, 'anonymousHeads', hl) || inLexicon(lex, 'anonymousHeads', head.lower)) {
    // "the official", « cette source »: the one mentioned before; "officials", « une source »: nobody known.
    if (definite && !proper) return { type: 'reference', name, head: hl, pronoun: false, fallback: 'anonymous' };
    // "a spokeswoman, Hope Hicks" is handled by the caller through the apposition.
    return { type: 'source', kind: 'anonymous', name, head: hl, document: false };
  }
  // "a Texas Democrat", "two senior U.S. officials", « un proche du président »: an indefinite
  // description is nobody a reader could find, however many capitals it has (rule 9).
  if (indefinite) return { type: 'source', kind: 'anonymous', name, head: hl, document: false };
  if (head.cap && !(head === sentenceFirst && np.length === 1 && /s$/.test(hl) && !isNameLike(np, 0))) {
    return { type: 'source', kind: 'named', name, head: hl, document: false };
  }
  if (proper) return { type: 'source', kind: 'named', name, head: hl, document: false };
  if (indefinite) return { type: 'source', kind: 'anonymous', name, head: hl, document: false };
  if (definite) return { type: 'reference', name, head: hl, pronoun: false, fallback: 'named' };
  // A bare plural: "doctors say", « des » is caught as indefinite above.
  if (/[^s]s$|men$|people$/.test(hl) && np.length <= 2) return { type: 'source', kind: 'anonymous', name, head: hl, document: false };
  // Lower-case words with no determiner ("tried to rally support by") are a piece of a clause, not a
  // name; a body that speaks without one ("police", "parliament") is a speaker noun.
  if (inLexicon(lex, 'speakerNouns', hl)) return { type: 'source', kind: 'named', name, head: hl, document: false };
  return null;
}

function findHead(np: Token[], lex: Lexicon): { head: Token | undefined; headIndex: number } {
  if (lex.language === 'fr') {
    // Le nom vient après les déterminants : « une source militaire » → « source ».
    let k = 0;
    while (k < np.length - 1 && (inLexicon(lex, 'indefinite', (np[k] as Token).lower) || inLexicon(lex, 'definite', (np[k] as Token).lower) || inLexicon(lex, 'prenominalAdjectives', (np[k] as Token).lower) || !(np[k] as Token).word)) k++;
    const t = np[k] as Token;
    // A proper name: the whole run of capitalised words is the name; its last word stands as head.
    if (t.cap) {
      let e = k;
      while (e + 1 < np.length && ((np[e + 1] as Token).cap || PUNCT_INSIDE_NAME.has((np[e + 1] as Token).text))) e++;
      return { head: np[e], headIndex: e };
    }
    return { head: t, headIndex: k };
  }
  let cut = np.length;
  for (let k = 1; k < np.length; k++) {
    // A participle starts a modifier: "figures released by Eurostat", "a judge handling the case".
    const participleFrom = isDeterminer(lex, (np[0] as Token).lower) ? 2 : 1;
    if (inLexicon(lex, 'headCutters', (np[k] as Token).lower) || (k >= participleFrom && isLowerWithSuffix((np[k] as Token).text, 'ed'))) {
      cut = k;
      break;
    }
  }
  let e = cut - 1;
  while (e > 0 && (inLexicon(lex, 'days', (np[e] as Token).lower) || !(np[e] as Token).word)) e--;
  return { head: np[e], headIndex: e };
}

/** A run of capitalised words after the head: the speaker's name in apposition. */
function nameAfter(np: Token[], headIndex: number, text: string): string | null {
  let k = headIndex + 1;
  while (k < np.length && !(np[k] as Token).cap) {
    if (!(np[k] as Token).word && (np[k] as Token).text !== ',') return null;
    k++;
  }
  if (k >= np.length) return null;
  const s = k;
  while (k + 1 < np.length && ((np[k + 1] as Token).cap || PUNCT_INSIDE_NAME.has((np[k + 1] as Token).text))) k++;
  // Two capitalised words at least, or one after a comma: a person's name, not "officials in Paris".
  const prev = np[s - 1];
  if (k === s && prev?.text !== ',') return null;
  if (prev && /^(?:in|at|from|of|for|de|du|des|à|au|aux|en|d'|with|on|by|près|chez)$/.test(prev.lower)) return null;
  return text.slice((np[s] as Token).start, (np[k] as Token).end);
}

function isNameLike(np: Token[], k: number): boolean {
  const next = np[k + 1];
  return !!next && next.cap;
}

function trimPunct(np: Token[]): Token[] {
  let s = 0;
  let e = np.length;
  while (s < e && !(np[s] as Token).word) s++;
  while (e > s && !(np[e - 1] as Token).word) e--;
  return np.slice(s, e);
}

/**
 * An adverb between a subject and its verb: "Clinton now says", "is once again questioning", "were
 * openly saying" (English: the preverbAdverbs list and words in -ly, but "only" belongs to the subject).
 */
export function isPreverbAdverb(t: Token, lex: Lexicon): boolean {
  return inLexicon(lex, 'preverbAdverbs', t.lower) || (lex.language === 'en' && isLowerWithSuffix(t.text, 'ly') && t.lower !== 'only');
}

/** "the World Travel and Tourism Council", « Paul et Virginie »: "and" between capitals is in the name. */
function joinsName(before: Token | undefined, t: Token, after: Token | undefined): boolean {
  return (t.lower === 'and' || t.lower === 'et') && !!before?.cap && !!after?.cap;
}

/** "a", "the", « une », « cette »: a word that opens a noun phrase as its determiner. */
export function isDeterminer(lex: Lexicon, word: string): boolean {
  return inLexicon(lex, 'indefinite', word) || inLexicon(lex, 'definite', word);
}

// `^\p{Ll}{3,}ly$`: a lower-case word of three letters or more before the suffix ("quickly", "armed").
function isLowerWithSuffix(word: string, suffix: string): boolean {
  return word.length >= 3 + suffix.length && word.endsWith(suffix) && isAllLower(word);
}
