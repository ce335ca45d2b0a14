import type { Token } from '../tokens';
import { CLOSING_QUOTES } from './closing-quotes';

/** How far before the verb a closing quotation may end: a speaker's name or description between. */
const SPEAKER_WORDS_MAX = 6;

/**
 * "wrote that", "wrote:", a quotation after the verb or just before its speaker ("“…,” she wrote in
 * 2003", « « … », a écrit le ministre dans une lettre »), or the verb closing the sentence
 * ("..., she wrote.").
 */
export function hasContent(tokens: Token[], v: number): boolean {
  if (tokens[v - 1]?.text === ',') return true;
  for (let j = v - 1; j >= 0 && j >= v - SPEAKER_WORDS_MAX; j--) {
    const t = tokens[j] as Token;
    if (CLOSING_QUOTES.has(t.text)) return true;
    if (t.quoted) break;
  }
  for (let j = v + 1; j < tokens.length && j <= v + 10; j++) {
    if (opensContent(tokens[j] as Token)) return true;
  }
  // "..., she wrote." — the verb closes the sentence.
  return v >= tokens.length - 2;
}

/** What was said starts at this token: "that", « que », a colon or a quotation. */
export function opensContent(t: Token): boolean {
  return t.quoted || /^(?:that|que|qu'|:|“|«|")$/.test(t.lower);
}
