import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { classifySpeaker, subjectRight } from '../noun-phrase';
import type { Token } from '../tokens';
import { isPassive } from './is-passive';
import { isPassiveFr } from './is-passive-fr';
import { speakerLike } from './speaker-like';
import type { TokenMatch } from './token-match';

/**
 * "was described as reckless by the mayor", « a été qualifié d'inacceptable par le maire » at token
 * `v`: the agent of a passive verb of saying is its source ("by the council", « par deux femmes »,
 * within a short clause).
 */
export function passiveAgent(tokens: Token[], v: number, text: string, lex: Lexicon): TokenMatch | null {
  const fr = lex.language === 'fr';
  if (!inLexicon(lex, 'passiveSaying', (tokens[v] as Token).lower) || !(fr ? isPassiveFr(tokens, v, lex) : isPassive(tokens, v, lex))) return null;
  const by = fr ? 'par' : 'by';
  for (let j = v + 1; j < tokens.length && j <= v + 10; j++) {
    const t = tokens[j] as Token;
    if (!t.quoted && /^[,;:.]$/.test(t.text)) return null;
    if (t.quoted || t.lower !== by) continue;
    const np = subjectRight(tokens, j + 1, lex);
    const sp = classifySpeaker(np, text, lex, undefined);
    if (!sp || sp.type === 'author' || !speakerLike(np, sp, lex)) return null;
    return { cues: [{ code: 'reporting-verb', cue: text.slice((tokens[v] as Token).start, (np[np.length - 1] as Token).end), speaker: sp }], last: v };
  }
  return null;
}
