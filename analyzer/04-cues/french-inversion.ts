import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';
import { isBelief } from './is-belief';
import { isReporting } from './is-reporting';
import type { TokenMatch } from './token-match';

// French inversion after a quote or a clause: « a-t-il ajouté », « précise-t-elle », « dit-il ».
const INVERTED = /^(.+?)(?:-t)?-(il|elle|ils|elles|on)$/u;

/** « a-t-il ajouté », « précise-t-elle », « dit-on » at token `i`: a verb of saying with its subject after it. */
export function frenchInversion(tokens: Token[], i: number, lex: Lexicon, text: string, quote: boolean): TokenMatch | null {
  if (lex.language !== 'fr') return null;
  const t = tokens[i] as Token;
  const inv = INVERTED.exec(t.lower);
  if (!inv?.[1] || !inv[2]) return null;
  const verb = inv[1];
  const next = tokens[i + 1];
  const isVerb = isReporting(lex, verb) || isBelief(lex, verb) || (inLexicon(lex, 'auxiliaries', verb) && !!next && (isReporting(lex, next.lower) || isBelief(lex, next.lower)));
  if (!isVerb) return null;
  // « dit-on », « affirme-t-on »: nobody in particular
  if (inv[2] === 'on') return { cues: [{ code: 'weasel', cue: t.text, speaker: { type: 'source', kind: 'anonymous', name: 'on', head: 'on', document: false } }], last: i };
  const cueEnd = inLexicon(lex, 'auxiliaries', verb) && next ? next.end : t.end;
  // « a déclaré à l'AFP Jean Dupont » is a reporting verb; « a-t-il dit » stands for a source before.
  return { cues: [{ code: 'reporting-verb', cue: text.slice(t.start, cueEnd), speaker: { type: 'reference', name: inv[2], head: inv[2], pronoun: true, fallback: 'anonymous' }, quote }], last: i };
}
