import type { Token } from '../tokens';
import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';

/** "was told", "is widely thought": an English passive participle after a form of "be". */
export function isPassive(tokens: Token[], v: number, lex: Lexicon): boolean {
  const t = tokens[v] as Token;
  if (!/(?:ed|told|said|written|shown|found|thought)$/.test(t.lower)) return false;
  for (let j = v - 1; j >= 0 && j >= v - 3; j--) {
    const w = tokens[j] as Token;
    if (inLexicon(lex, 'beForms', w.lower)) return true;
    if (!/ly$|^(?:not|also|never|often|widely|being)$/.test(w.lower)) return false;
  }
  return false;
}
