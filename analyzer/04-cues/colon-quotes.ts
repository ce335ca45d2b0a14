import type { Lexicon } from '../lexicons';
import { classifySpeaker, subjectLeft } from '../noun-phrase';
import type { Token } from '../tokens';
import { boundaryWord } from './boundary-word';
import type { Cue } from './cue';
import { noAuxiliaries } from './no-auxiliaries';

/** "Trump: “We will win.”" — a name and a colon introduce a quotation. */
export function colonQuotes(tokens: Token[], text: string, lex: Lexicon, first: Token | undefined): Cue[] {
  const cues: Cue[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== ':' || t.quoted || !(tokens[i + 1] as Token).quoted) continue;
    const left = subjectLeft(tokens, i, noAuxiliaries(lex));
    if (left.stop && left.stop.word && !boundaryWord(lex, left.stop)) continue;
    const sp = classifySpeaker(left.np, text, lex, first);
    if (sp && ((sp.type === 'source' && sp.kind === 'named' && !sp.document) || (sp.type === 'reference' && sp.pronoun))) {
      cues.push({ code: 'direct-quote', cue: text.slice((left.np[0] as Token).start, t.end), speaker: sp, quote: true });
    }
  }
  return cues;
}
