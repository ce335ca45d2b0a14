import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';
import { isBelief } from './is-belief';
import { isReporting } from './is-reporting';

/** "I believe", « nous estimons »: the author's own opinion (TAXONOMY rule 7). */
export function firstPersonOpinion(tokens: Token[], lex: Lexicon, text: string): string | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || !inLexicon(lex, 'firstPerson', t.lower)) continue;
    const n = tokens[i + 1] as Token;
    const n2 = tokens[i + 2];
    const direct = isBelief(lex, n.lower) || isReporting(lex, n.lower) || inLexicon(lex, 'firstPersonVerbs', n.lower);
    if (direct || (n2 && inLexicon(lex, 'auxiliaries', n.lower) && (isBelief(lex, n2.lower) || isReporting(lex, n2.lower)))) {
      return text.slice(t.start, (direct ? n : (n2 as Token)).end);
    }
  }
  return null;
}
