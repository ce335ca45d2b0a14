import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';

/** "would argue", "could not say", "will announce": the verb follows a modal, adverbs aside. */
export function afterModal(tokens: Token[], v: number, lex: Lexicon): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
    const w = (tokens[j] as Token).lower;
    if (inLexicon(lex, 'modals', w)) return true;
    if (!w.endsWith('ly') && !inLexicon(lex, 'modalAdverbs', w)) return false;
  }
  return false;
}
