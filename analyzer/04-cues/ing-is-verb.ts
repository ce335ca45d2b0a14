import type { Token } from '../tokens';
import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { CLOSING_QUOTES } from './closing-quotes';

/** "is warning", "were saying", "..., adding that", "saying:", "telling reporters that". */
export function ingIsVerb(tokens: Token[], v: number, lex: Lexicon): boolean {
  // "is once again questioning", "were openly saying": adverbs between the form of "be" and the verb
  let p = v - 1;
  while (p > 0 && (inLexicon(lex, 'preverbAdverbs', (tokens[p] as Token).lower) || /^[a-z]+ly$/.test((tokens[p] as Token).text))) p--;
  const prev = tokens[p] !== undefined && p < v - 1 && inLexicon(lex, 'beForms', (tokens[p] as Token).lower) ? tokens[p] : tokens[v - 1];
  if (!prev || prev.text === ',' || inLexicon(lex, 'beForms', prev.lower) || CLOSING_QUOTES.has(prev.text)) return true;
  const next = tokens[v + 1];
  return !!next && (next.lower === 'that' || next.text === ':' || next.quoted);
}
