import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Speaker } from '../noun-phrase';
import type { Token } from '../tokens';

/** A noun phrase that can be a source: a name, a pronoun, or a head that names people, a body or a document. */
export function speakerLike(np: Token[], sp: Speaker, lex: Lexicon): boolean {
  if (sp.type === 'reference' && sp.pronoun) return true;
  if (np.some((t) => t.cap)) return true;
  const head = sp.type === 'author' ? '' : sp.head;
  if (inLexicon(lex, 'nonSpeakerHeads', head)) return false;
  const words = [head, ...np.map((t) => t.lower)];
  if (words.some((h) => inLexicon(lex, 'speakerNouns', h) || inLexicon(lex, 'anonymousHeads', h) || inLexicon(lex, 'documentHeads', h) || inLexicon(lex, 'speechNouns', h))) return true;
  // « selon la protection civile »: with a determiner, anything but the heads above is taken as a body.
  const det = np[0]?.lower ?? '';
  return inLexicon(lex, 'definite', det) || inLexicon(lex, 'indefinite', det);
}
