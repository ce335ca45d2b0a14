import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';

/** "would argue", "could not say", "will announce": the verb follows a modal, adverbs aside. */
export function afterModal(tokens: Token[], v: number, lex: Lexicon): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
    const t = tokens[j] as Token;
    const w = t.lower;
    // "Theresa May said", "Will Smith said": a capitalised modal inside the sentence is a name.
    if (inLexicon(lex, 'modals', w)) return !(t.cap && j > 0 && (tokens[j - 1] as Token).word);
    if (!w.endsWith('ly') && !inLexicon(lex, 'modalAdverbs', w)) return false;
  }
  return false;
}
