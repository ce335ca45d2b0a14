import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import { classifySpeaker, isPreverbAdverb, type Speaker } from '../noun-phrase';
import type { Token } from '../tokens';

/** The longest subject read this way, in words: a document and one clause about it. */
const SUBJECT_MAX = 16;

/**
 * "A 2014 study that appeared in the Medical Journal found that...", "The audit released by the city
 * shows...": a document that opens the sentence, with a clause of its own between it and its verb at
 * `v`. The nearest words before the verb ("the Medical Journal") are not the subject; the whole
 * phrase from the sentence's start is, when its head is a document. Named when the phrase names where
 * it comes from (TAXONOMY rule 9: a named document).
 */
export function documentSubject(tokens: Token[], v: number, text: string, lex: Lexicon, first: Token | undefined): { sp: Speaker; from: number } | null {
  let end = v - 1;
  while (end > 0 && (inLexicon(lex, 'auxiliaries', (tokens[end] as Token).lower) || isPreverbAdverb(tokens[end] as Token, lex))) end--;
  if (end < 1 || end >= SUBJECT_MAX) return null;
  for (let k = 0; k <= end; k++) {
    const t = tokens[k] as Token;
    if (t.quoted || (!t.word && !/^[-'’.]$/.test(t.text))) return null;
  }
  const sp = classifySpeaker(tokens.slice(0, end + 1), text, lex, first);
  // a document or data itself, not a statement ("the statement that… said" is read as a speech noun)
  return sp && sp.type !== 'author' && isDocument(sp, lex) && inLexicon(lex, 'documentHeads', sp.head) ? { sp, from: 0 } : null;
}

/** A document or data, or a reference back to one ("the report"): what a document verb needs as subject. */
export function isDocument(sp: Speaker, lex: Lexicon): boolean {
  return (sp.type === 'source' && sp.document) || (sp.type === 'reference' && !sp.pronoun && inLexicon(lex, 'documentHeads', sp.head));
}
