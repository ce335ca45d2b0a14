import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';
import type { Cue } from './cue';

/** An opening speech noun and the subject right after its comma: "In a statement, X ...", « Dans un communiqué, le ministère ... ». */
export function speechIntro(tokens: Token[], lex: Lexicon, text: string): Cue | null {
  const t0 = tokens[0];
  if (!t0 || !inLexicon(lex, 'speechIntros', t0.lower)) return null;
  let comma = -1;
  let speech = false;
  for (let k = 1; k < tokens.length && k < 14; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return null;
    if (t.text === ',') {
      comma = k;
      break;
    }
    if (inLexicon(lex, 'speechNouns', t.lower) || (t.lower === 'conference' || t.lower === 'conférence')) speech = true;
  }
  if (comma < 0 || !speech) return null;
  let j = comma + 1;
  const s = tokens[j];
  if (!s) return null;
  let name: string | null = null;
  let kind: 'named' | 'anonymous' = 'named';
  if (s.cap && s.word && !inLexicon(lex, 'definite', s.lower) && !inLexicon(lex, 'indefinite', s.lower) && !inLexicon(lex, 'pronouns', s.lower)) {
    while (j + 1 < tokens.length && ((tokens[j + 1] as Token).cap || (tokens[j + 1] as Token).text === '-')) j++;
    name = text.slice(s.start, (tokens[j] as Token).end);
  } else if (inLexicon(lex, 'definite', s.lower) && tokens[j + 1] && inLexicon(lex, 'speakerNouns', (tokens[j + 1] as Token).lower)) {
    name = text.slice(s.start, (tokens[j + 1] as Token).end);
  } else if (inLexicon(lex, 'indefinite', s.lower) && tokens[j + 1] && (inLexicon(lex, 'speakerNouns', (tokens[j + 1] as Token).lower) || inLexicon(lex, 'anonymousHeads', (tokens[j + 1] as Token).lower))) {
    name = text.slice(s.start, (tokens[j + 1] as Token).end);
    kind = 'anonymous';
  }
  if (!name) return null;
  return { code: 'speech-noun', cue: text.slice(t0.start, (tokens[comma - 1] as Token).end), speaker: { type: 'source', kind, name, head: name.toLowerCase(), document: false } };
}
