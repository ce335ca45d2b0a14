import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';

/** The verb form at `i` is a noun here: after a determiner, as an object, or away from what was said. */
export function isNounForm(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "the said document", « une note », « le juge »: a determiner right before makes it a noun.
  if (prev && (inLexicon(lex, 'indefinite', prev.lower) || inLexicon(lex, 'definite', prev.lower)) && !inLexicon(lex, 'auxiliaries', prev.lower)) return true;
  if (!inLexicon(lex, 'nounForms', t.lower)) return false;
  // "raised fears that", "voiced doubts": a noun form right after a verb is its object.
  if (prev && prev.word && prev.lower.endsWith('ed') && !inLexicon(lex, 'auxiliaries', prev.lower)) return true;
  const okNext = !next || next.lower === 'that' || next.lower === 'que' || next.lower === "qu'" || next.text === ':' || next.text === ',' || next.quoted || /^[“«"]$/.test(next.text);
  const okPrev = !!prev && (inLexicon(lex, 'pronouns', prev.lower) || inLexicon(lex, 'anonymousHeads', prev.lower));
  return !okNext && !okPrev;
}
