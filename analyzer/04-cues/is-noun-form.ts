import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { isDeterminer } from '../noun-phrase';
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
  return !okNext && !okPrev && !endsClauseAfterComma(tokens, i, lex);
}

/** The words after a comma that end a sentence, ", The Wall Street Journal reports.": a verb and its subject. */
const CLAUSE_AFTER_COMMA_MAX = 6;
function endsClauseAfterComma(tokens: Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  if (!next || !/^[.!;…]$/.test(next.text) || tokens[i + 2]) return false;
  for (let k = i - 1; k >= 0 && k >= i - CLAUSE_AFTER_COMMA_MAX; k--) {
    const t = tokens[k] as Token;
    // a subject opens with a capital or a determiner: not "..., and agreeing with Harry's remark."
    if (t.text === ',') {
      const opener = tokens[k + 1] as Token;
      return k < i - 1 && (opener.cap || isDeterminer(lex, opener.lower));
    }
    if (!t.word) return false;
  }
  return false;
}
