import type { Token } from '../tokens';
import { CLOSING_QUOTES } from './closing-quotes';

/** "wrote that", "wrote:", a quotation, or the verb closing the sentence ("..., she wrote."). */
export function hasContent(tokens: Token[], v: number): boolean {
  if (tokens[v - 1]?.text === ',' || CLOSING_QUOTES.has(tokens[v - 1]?.text ?? '')) return true;
  for (let j = v + 1; j < tokens.length && j <= v + 10; j++) {
    const t = tokens[j] as Token;
    if (t.quoted || /^(?:that|que|qu'|:|“|«|")$/.test(t.lower)) return true;
  }
  // "..., she wrote." — the verb closes the sentence.
  return v >= tokens.length - 2;
}
