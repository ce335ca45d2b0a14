import type { Lexicon } from './lexicon';

type ListKey = { [K in keyof Lexicon]: Lexicon[K] extends readonly string[] ? K : never }[keyof Lexicon];

const cache = new WeakMap<Lexicon, Map<ListKey, Set<string>>>();

/** Whether `word` is in one of the lexicon's word lists; each list becomes a Set once, at first use. */
export function inLexicon(lex: Lexicon, key: ListKey, word: string): boolean {
  let sets = cache.get(lex);
  if (!sets) cache.set(lex, (sets = new Map()));
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set(lex[key])));
  return set.has(word);
}
