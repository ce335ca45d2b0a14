import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';

/** « a été publié », « est accusé »: a French passive. */
export function isPassiveFr(tokens: Token[], v: number, lex: Lexicon): boolean {
  const prev = tokens[v - 1]?.lower ?? '';
  return prev === 'été' || tokens[v - 2]?.lower === 'été' || inLexicon(lex, 'beForms', prev);
}
