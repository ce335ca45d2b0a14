import type { Lexicon } from '../lexicons';

const cache = new WeakMap<Lexicon, Lexicon>();

/** The lexicon with no auxiliaries: an apposition or a name before a colon is read without skipping any. */
export function noAuxiliaries(lex: Lexicon): Lexicon {
  let l = cache.get(lex);
  if (!l) cache.set(lex, (l = { ...lex, auxiliaries: [] }));
  return l;
}
