import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';

/** A word that ends a subject read leftwards ("that", « que »). */
export function boundaryWord(lex: Lexicon, t: Token): boolean {
  return inLexicon(lex, 'clauseBoundaries', t.lower);
}
