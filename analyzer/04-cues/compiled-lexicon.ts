import { LEXICONS, type Lexicon, type PhraseRule } from '../lexicons';
import { LatinRegex } from '../latin-regex';
import { PhraseSet } from '../phrase-set';
import type { Language } from '../types';
import { indexPhrases, type TokenPhrases } from './token-phrases';

/** A language's lexicon with its phrases split into words and its rules compiled. */
export interface CompiledLexicon {
  lex: Lexicon;
  accordingTo: TokenPhrases;
  viewOf: TokenPhrases;
  hedges: PhraseSet<PhraseRule>;
  weasels: PhraseSet<PhraseRule>;
  notClaims: { rule: Lexicon['notClaims'][number]; re: LatinRegex }[];
  /** The beginnings of the verbs of acts of stance, as one expression (none matches nothing). */
  stanceActs: RegExp;
  /** Every verb of saying, belief or a document's, in one set: most words are none, one lookup says so. */
  verbs: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Compiled once per language, at first use.
const compiled = new Map<Language, CompiledLexicon>();

/** The compiled lexicon of `lang`. */
export function compiledLexicon(lang: Language): CompiledLexicon {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = LEXICONS[lang];
  c = {
    lex,
    accordingTo: indexPhrases(lex.accordingTo.map((p) => p.replace(/'/g, "' ").split(/\s+/).filter(Boolean))),
    viewOf: indexPhrases(lex.viewOf.map((p) => p.split(/\s+/))),
    hedges: new PhraseSet(lex.hedges),
    weasels: new PhraseSet(lex.weasels),
    notClaims: lex.notClaims.map((rule) => ({ rule, re: new LatinRegex(rule.pattern, !rule.caseSensitive) })),
    stanceActs: lex.stanceActs.length ? new RegExp(`^(?:${lex.stanceActs.map(escape).join('|')})`) : /(?!)/,
    verbs: new Set([...lex.reportingVerbs, ...lex.beliefVerbs, ...lex.documentVerbs]),
  };
  compiled.set(lang, c);
  return c;
}
