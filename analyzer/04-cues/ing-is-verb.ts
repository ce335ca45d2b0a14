import type { Token } from '../tokens';
import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { CLOSING_QUOTES } from './closing-quotes';

/** "is warning", "were saying", "..., adding that", "saying:", "telling reporters that". */
export function ingIsVerb(tokens: Token[], v: number, lex: Lexicon): boolean {
  const prev = tokens[v - 1];
  if (!prev || prev.text === ',' || inLexicon(lex, 'beForms', prev.lower) || CLOSING_QUOTES.has(prev.text)) return true;
  const next = tokens[v + 1];
  return !!next && (next.lower === 'that' || next.text === ':' || next.quoted);
}
