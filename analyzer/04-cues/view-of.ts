import type { Token } from '../tokens';
import type { CompiledLexicon } from './compiled-lexicon';
import type { TokenMatch } from './token-match';
import { phraseAt } from './token-phrases';

/** "In her view, ...", « À ses yeux, ... » at token `i`: the possessive stands for someone named before. */
export function viewOf(tokens: Token[], i: number, c: CompiledLexicon, text: string): TokenMatch | null {
  const view = phraseAt(c.viewOf, tokens, i);
  if (!view) return null;
  const plural = /^(?:their|leurs?)$/.test(view.find((w) => /^(?:his|her|their|ses|son|leurs?)$/.test(w)) ?? '');
  const head = c.lex.language === 'fr' ? (plural ? 'ils' : 'il') : plural ? 'they' : 'he';
  const cue = text.slice((tokens[i] as Token).start, (tokens[i + view.length - 1] as Token).end);
  return { cues: [{ code: 'according-to', cue, speaker: { type: 'reference', name: head, head, pronoun: true, fallback: 'anonymous' } }], last: i + view.length - 1 };
}
