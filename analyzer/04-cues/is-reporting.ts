import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';

/** A verb of saying ("said", « déclaré »). */
export const isReporting = (lex: Lexicon, word: string) => inLexicon(lex, 'reportingVerbs', word);
