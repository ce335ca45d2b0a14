import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import nameParticles from '../lexicons/name-particles';
import type { Token } from '../tokens';

const NAME_PARTICLES: ReadonlySet<string> = new Set(nameParticles);

/**
 * Runs of two or more capitalised words outside quotations: "Hillary Clinton", « Laurent Fabius »;
 * not a place after "in" or « à » ("in Des Moines"), which no later "he" stands for.
 */
export function properNames(tokens: Token[], text: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !t.cap || t.quoted) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1] as Token;
      if (n.word && n.cap && !n.quoted) j++;
      else if (NAME_PARTICLES.has(n.lower) && tokens[j + 2]?.cap) j += 2;
      else break;
    }
    if (j > i && !inLexicon(lex, 'placePrepositions', tokens[i - 1]?.lower ?? '')) out.push(text.slice(t.start, (tokens[j] as Token).end));
    i = j;
  }
  return out;
}
