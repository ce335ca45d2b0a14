import { classifySpeaker, subjectRight } from '../noun-phrase';
import type { Token } from '../tokens';
import type { CompiledLexicon } from './compiled-lexicon';
import type { Cue } from './cue';
import { speakerLike } from './speaker-like';
import type { TokenMatch } from './token-match';
import { phraseAt } from './token-phrases';

/** « selon X », "according to X", « de source X » at token `i`, unless a hedge covers it. */
export function accordingTo(tokens: Token[], i: number, c: CompiledLexicon, text: string, inHedge: (t: Token) => boolean): TokenMatch | null {
  const t = tokens[i] as Token;
  const acc = phraseAt(c.accordingTo, tokens, i);
  if (!acc || inHedge(t)) return null;
  const { lex } = c;
  const after = i + acc.length;
  const cueText = text.slice(t.start, (tokens[after - 1] as Token).end);
  const cues: Cue[] = [];
  const np = subjectRight(tokens, after, lex);
  if (acc.join(' ') === 'de source') {
    const name = np.length ? `source ${text.slice((np[0] as Token).start, (np[np.length - 1] as Token).end)}` : 'source';
    cues.push({ code: 'according-to', cue: cueText, speaker: { type: 'source', kind: 'anonymous', name, head: 'source', document: false } });
  } else {
    const sp = classifySpeaker(np, text, lex, undefined);
    // "according to plan", « selon les saisons »: only someone who can speak is a source.
    if (sp && sp.type !== 'author' && speakerLike(np, sp, lex)) {
      cues.push({ code: 'according-to', cue: np.length ? text.slice(t.start, (np[np.length - 1] as Token).end) : cueText, speaker: sp });
    }
  }
  return { cues, last: after - 1 };
}
