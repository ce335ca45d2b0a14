import type { Lexicon } from './lexicon';

type ListKey = { [K in keyof Lexicon]: Lexicon[K] extends readonly string[] ? K : never }[keyof Lexicon];
type ListSets = Map<ListKey, Set<string>>;

const cache = new WeakMap<Lexicon, ListSets>();
// The lexicon of the last call: an article is read in one language, so nearly every call skips the
// WeakMap (a lookup that cost more than the Set's own on news text).
let lastLex: Lexicon | null = null;
let lastSets: ListSets = new Map();

/** Whether `word` is in one of the lexicon's word lists; each list becomes a Set once, at first use. */
export function inLexicon(lex: Lexicon, key: ListKey, word: string): boolean {
  if (lex !== lastLex) {
    let sets = cache.get(lex);
    if (!sets) cache.set(lex, (sets = new Map()));
    lastLex = lex;
    lastSets = sets;
  }
  let set = lastSets.get(key);
  if (!set) lastSets.set(key, (set = new Set(lex[key])));
  return set.has(word);
}
