import { isLatinText } from '../chars';
import type { Token } from '../tokens';
import type { BlockLink, Language } from '../types';
import { accordingTo } from './according-to';
import { colonQuotes } from './colon-quotes';
import { compiledLexicon } from './compiled-lexicon';
import type { Cue } from './cue';
import { findHedges } from './find-hedges';
import { findWeasels } from './find-weasels';
import { firstPersonOpinion } from './first-person-opinion';
import { frenchInversion } from './french-inversion';
import { linkCues } from './link-cues';
import type { PageAddress } from './link-source';
import { notClaimLine } from './not-claim-line';
import { passiveAgent } from './passive-agent';
import { properNames } from './proper-names';
import { pruneInnerPronouns } from './prune-inner-pronouns';
import { reportingVerb } from './reporting-verb';
import { reportiveConditional } from './reportive-conditional';
import type { SentenceCues } from './sentence-cues';
import { speechIntro } from './speech-intro';
import { viewOf } from './view-of';

export type { Cue } from './cue';
export type { Hedge } from './hedge';
export type { SentenceCues } from './sentence-cues';

/** Every cue of one sentence. `tokens` cover the sentence; `sentence` is its span in `articleText`. */
export function findCues(
  tokens: Token[],
  articleText: string,
  sentence: { start: number; end: number },
  lang: Language,
  links: { link: BlockLink; absStart: number }[],
  page: PageAddress,
  quoted: (offset: number) => boolean,
): SentenceCues {
  const c = compiledLexicon(lang);
  const { lex } = c;
  const text = articleText.slice(sentence.start, sentence.end);
  const first = tokens.find((t) => t.word);
  const quote = tokens.some((t) => t.quoted);
  // Text outside quotations, offsets kept: cues inside a quote are the quoted speaker's words.
  const outside = quote ? Array.from({ length: text.length }, (_, i) => (quoted(sentence.start + i) ? ' ' : text[i])).join('') : text;
  // Computed once: the Latin shortcuts of every phrase test depend on it (text outside quotations
  // is Latin whenever the whole sentence is).
  const latin = isLatinText(text);

  // Bylines, credits, calls to action: a not-claim line.
  const notClaim = notClaimLine(c, text, latin);
  // Hedges first: "according to reports", « selon toute vraisemblance » are hedges, not sources.
  const { hedges, inHedge } = findHedges(c, outside, latin, sentence.start);
  let sources: Cue[] = [];
  let author: string | null = null;
  const verbContext = { first, quote, inHedge, hedged: hedges.length > 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.quoted) continue;
    const match =
      // "In her view, ...", « À ses yeux, ... »: a possessive for someone named before.
      viewOf(tokens, i, c, articleText) ??
      // "according to X", « selon X »
      accordingTo(tokens, i, c, articleText, inHedge) ??
      // « a-t-il ajouté », « dit-on »: French inversion after a quote or a clause.
      frenchInversion(tokens, i, lex, articleText, quote) ??
      // "was described as reckless by the mayor": the agent of a passive verb of saying.
      passiveAgent(tokens, i, articleText, lex);
    if (match) {
      sources.push(...match.cues);
      i = match.last;
      continue;
    }
    // "Officials said", « il a précisé », "a report found": a verb of saying, belief or a document's, with its speaker.
    const verb = reportingVerb(tokens, i, articleText, c, verbContext);
    if (verb && 'author' in verb) author = verb.author;
    else if (verb) sources.push(verb.cue);
  }
  // "Officials said that they had briefed...": a pronoun inside what someone else said is not a second source.
  sources = pruneInnerPronouns(sources);
  // "In a statement, Greenpeace condemned...", « Dans un communiqué, le ministère appelle... »
  const intro = speechIntro(tokens, lex, articleText);
  if (intro) sources.push(intro);
  // "Trump: “We will win.”": a name and a colon introduce a quotation.
  sources.push(...colonQuotes(tokens, articleText, lex, first));
  // "some say", « on dit que »: a source claimed but impossible to identify.
  sources.push(...findWeasels(c, outside, latin));
  // Links to other sites (TAXONOMY rule 5).
  sources.push(...linkCues(links, page, articleText));
  // « auraient fui »: the French reportive conditional.
  const conditional = reportiveConditional(tokens, articleText, lex);
  if (conditional) hedges.push(conditional);
  // "I believe", « nous estimons »: the author's own opinion (TAXONOMY rule 7).
  if (!author) author = firstPersonOpinion(tokens, lex, articleText);
  // Runs of capitalised words, for the pronouns of later sentences (rule 6).
  const names = properNames(tokens, articleText, lex);
  return { sources, hedges, author, notClaim, names };
}
