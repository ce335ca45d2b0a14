import type { Token } from '../tokens';
import { BE } from './be-forms';
import { CLOSING_QUOTES } from './closing-quotes';

/** "is warning", "were saying", "..., adding that", "saying:", "telling reporters that". */
export function ingIsVerb(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || prev.text === ',' || BE.has(prev.lower) || CLOSING_QUOTES.has(prev.text)) return true;
  const next = tokens[v + 1];
  return !!next && (next.lower === 'that' || next.text === ':' || next.quoted);
}
