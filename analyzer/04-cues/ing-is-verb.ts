import type { Token } from '../tokens';
import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { isPreverbAdverb } from '../noun-phrase';
import { CLOSING_QUOTES } from './closing-quotes';

/** "is warning", "is once again questioning", "were saying", "..., adding that", "saying:", "telling reporters that". */
export function ingIsVerb(tokens: Token[], v: number, lex: Lexicon): boolean {
  let p = v - 1;
  while (p > 0 && isPreverbAdverb(tokens[p] as Token, lex)) p--;
  if (p < v - 1 && inLexicon(lex, 'beForms', (tokens[p] as Token).lower)) return true;
  const prev = tokens[v - 1];
  if (!prev || prev.text === ',' || inLexicon(lex, 'beForms', prev.lower) || CLOSING_QUOTES.has(prev.text)) return true;
  const next = tokens[v + 1];
  return !!next && (next.lower === 'that' || next.text === ':' || next.quoted);
}
