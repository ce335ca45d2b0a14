import type { Lexicon } from '../lexicons';
import { inLexicon } from '../lexicons/in-lexicon';
import type { Token } from '../tokens';
import type { ReasonCode } from '../types';
import { afterModal } from './after-modal';
import type { CompiledLexicon } from './compiled-lexicon';
import type { Cue } from './cue';
import { documentSubject, isDocument } from './document-subject';
import { findSpeaker } from './find-speaker';
import { hasContent } from './has-content';
import { ingIsVerb } from './ing-is-verb';
import { isBelief } from './is-belief';
import { isNounForm } from './is-noun-form';
import { isPassive } from './is-passive';
import { isPassiveFr } from './is-passive-fr';
import { isReporting } from './is-reporting';

const BASE_FORM = /^(?!.*(?:s|ed|ing)$)/;

/** What a sentence's context tells the verb test: its first word, whether it quotes, its hedges. */
export interface VerbContext {
  first: Token | undefined;
  quote: boolean;
  inHedge: (t: Token) => boolean;
  hedged: boolean;
}

/**
 * A verb of saying, belief or a document's ("said", « estime », "found") at token `i` with its
 * speaker: a source, or the author's own opinion, or nothing when a guard says it is no report
 * (a noun, a modal, an -ing form, a passive, writing or an act without what was said).
 */
export function reportingVerb(tokens: Token[], i: number, text: string, c: CompiledLexicon, ctx: VerbContext): { cue: Cue } | { author: string } | null {
  const { lex } = c;
  const lang = lex.language;
  const t = tokens[i] as Token;
  // « a fait état de », « a fait savoir », « fait valoir »
  const multi = lang === 'fr' && /^(?:fait|font|faisait|faisaient|fera)$/.test(t.lower) && /^(?:état|savoir|valoir|part)$/.test(tokens[i + 1]?.lower ?? '');
  if (!multi && !c.verbs.has(t.lower)) return null;
  // « s'ajoutent », « se dit »: a reflexive verb is not a verb of saying
  if (lang === 'fr' && /^(?:s'|se)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  const isVerb = multi || isReporting(lex, t.lower);
  const isStance = !isVerb && isBelief(lex, t.lower);
  const isDocVerb = !isVerb && !isStance && inLexicon(lex, 'documentVerbs', t.lower);
  if (!isVerb && !isStance && !isDocVerb) return null;
  // "the United States", "Notes from Underground": a capitalised word mid-sentence is a name.
  if (t.cap && t !== ctx.first) return null;
  if (ctx.inHedge(t)) return null;
  if (isNounForm(tokens, i, lex)) return null;
  if (lang === 'en' && !englishVerbForm(tokens, i, lex)) return null;
  // « a été publié », « est accusé »: a French passive reports no speaker either.
  if (lang === 'fr' && isPassiveFr(tokens, i, lex)) return null;
  // "The pupils wrote a letter", "the company rejected the offer": writing and acts of stance are
  // reported speech only with what was said ("rejected the claims that...", a quote, a colon).
  // An act under a hedge ("allegedly rejected the offer") is the hedged claim itself, not its source.
  if ((inLexicon(lex, 'writeVerbs', t.lower) || (c.stanceActs.test(t.lower) && ctx.hedged)) && !hasContent(tokens, i)) return null;
  let speaker = findSpeaker(tokens, i, text, lex, ctx.first);
  // "A study that appeared in the Journal found": the document before its own clause is the subject.
  if (isDocVerb && !(speaker && isDocument(speaker.sp, lex))) {
    const doc = documentSubject(tokens, i, text, lex, ctx.first);
    if (doc) speaker = { sp: doc.sp, from: doc.from, cueFrom: doc.from };
  }
  if (!speaker) return null;
  const { sp, relay, alias } = speaker;
  // "the American demand that...": a bare verb form after a singular subject is a noun, not a verb.
  if (lang === 'en' && BASE_FORM.test(t.lower) && inLexicon(lex, 'nounForms', t.lower) && sp.type === 'source' && inLexicon(lex, 'singularDeterminers', tokens[speaker.from]?.lower ?? '') && !/s$/.test(sp.head)) return null;
  if (sp.type === 'author') return isStance || isVerb ? { author: text.slice(tokens[speaker.from]?.start ?? t.start, t.end) } : null;
  // A document verb needs a document or data as subject: "a report found", not "he found".
  if (isDocVerb && !isDocument(sp, lex)) return null;
  // "He added", « il a précisé »: a pronoun belongs in the cue, it is what the reader must resolve.
  const from = sp.type === 'reference' && sp.pronoun ? Math.min(speaker.from, speaker.cueFrom) : speaker.cueFrom;
  const cue = text.slice(tokens[from]?.start ?? t.start, t.end);
  const code: ReasonCode = sp.type === 'source' && sp.document ? (inLexicon(lex, 'speechNouns', sp.head) ? 'speech-noun' : 'document') : 'reporting-verb';
  return { cue: { code, cue, speaker: sp, relay, alias, quote: ctx.quote } };
}

/** English forms that count only in one construction, and verbs that report nothing said. */
function englishVerbForm(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "pointed out", "declined to comment", "continued:".
  const base = t.lower.replace(/(?:s|ed|ing)$/, '');
  if (base === 'point' && !/^(?:out|to)$/.test(next?.lower ?? '')) return false;
  if (/^declin/.test(t.lower) && next?.lower !== 'to') return false;
  if (/^continu/.test(t.lower) && !(next && (next.text === ':' || next.quoted || /^[“"]$/.test(next.text))) && !(prev && prev.text === ',')) return false;
  // "a region called Polynesia.", "a plan called “Harbour 2030”", "she called Tom Lee on Monday": a
  // name that ends the clause, or a title right after "a plan", names a thing or dials a number.
  // "called Lee a liar", "called Lee's plan “reckless”", "what she calls “a disgrace”" report.
  if (base === 'call' && next && (namesOnly(tokens, i + 1, lex) || (isQuoteStart(next) && /^(?:a|an|the)$/.test(tokens[i - 2]?.lower ?? '') && !!prev?.word && !prev.cap))) return false;
  // "as if to say", "refused to tell": an infinitive reports nothing said.
  if (prev?.lower === 'to') return false;
  // "would argue", "will announce": a hypothetical or future statement has not been made.
  if (afterModal(tokens, i, lex)) return false;
  // "warning bells", "a ruling party": an -ing form reports speech only as a verb ("is warning",
  // "..., saying that").
  if (t.lower.endsWith('ing') && !ingIsVerb(tokens, i, lex)) return false;
  // "was told", "is called": a passive verb's subject is not the speaker ("was quoted" is); the
  // agent after "by" is ("was described as reckless by the mayor").
  return !(isPassive(tokens, i, lex) && !/^quot/.test(t.lower));
}

/** A quotation opens at this token. */
function isQuoteStart(t: Token): boolean {
  return t.quoted || /^[“"«‘]$/.test(t.text);
}

/** Capitalised words from `k` that end the clause: "Polynesia.", "Tom Lee on Monday", "EB-5, allows". */
function namesOnly(tokens: Token[], k: number, lex: Lexicon): boolean {
  const start = k;
  while (k < tokens.length && (tokens[k] as Token).cap && !(tokens[k] as Token).quoted) k++;
  if (k === start) return false;
  const after = tokens[k];
  return !after || /^[.,;:!?)]$/.test(after.text) || (after.word && (inLexicon(lex, 'prepositions', after.lower) || inLexicon(lex, 'days', after.lower)));
}
