import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';

/** A verb of belief or stance ("believes", « estime »). */
export const isBelief = (lex: Lexicon, word: string) => inLexicon(lex, 'beliefVerbs', word);
