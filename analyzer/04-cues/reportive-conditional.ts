import { isAllLetters } from '../chars';
import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';
import type { Hedge } from './hedge';

// A word of letters with a participle's ending after at least one letter.
const PARTICIPLE_FR_END = /.(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|ints|ainte|eint|eints|mort|morte|morts|mortes|né|née)$/;
const isParticipleFr = (w: string) => PARTICIPLE_FR_END.test(w) && isAllLetters(w);

/** « auraient fui », « aurait été tué », « serait mort »: the French conditional presents a fact as reported, with no source. */
export function reportiveConditional(tokens: Token[], text: string, lex: Lexicon): Hedge | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || !inLexicon(lex, 'conditionalAuxiliaries', t.lower)) continue;
    // « si ... aurait » is a hypothesis, not a report.
    if (tokens.slice(Math.max(0, i - 12), i).some((x) => x.lower === 'si' || x.lower === "s'")) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && inLexicon(lex, 'conditionalAdverbs', (tokens[j] as Token).lower)) {
      if ((tokens[j] as Token).lower === 'été') break;
      j++;
    }
    const p = tokens[j];
    if (!p || inLexicon(lex, 'modalParticiples', p.lower)) continue;
    if (isParticipleFr(p.lower) || p.lower === 'été' || (t.lower.startsWith('ser') && p.word && !p.cap)) {
      return { code: 'reportive-conditional', cue: text.slice(t.start, p.end), message: 'conditionnel de reprise : présenté comme rapporté, sans source' };
    }
  }
  return null;
}
