import type { Language } from '../types';

/**
 * A phrase rule: `pattern` is matched case-insensitively on word boundaries against the sentence
 * text outside quotations (a plain phrase, or a regular-expression source when `regex` is set).
 */
export interface PhraseRule {
  pattern: string;
  regex?: boolean;
  /** Matched with case (a dateline in capitals); every other rule ignores case. */
  caseSensitive?: boolean;
  /** What the reader is told when the rule fires. */
  reason: string;
  /** A sentence the rule fires on. */
  example: string;
}

/** Everything one language contributes to the analyzer: data only, no logic. */
export interface Lexicon {
  language: Language;
  /** Finite forms of verbs of saying, writing and reporting, after their subject ("said", « a déclaré » → "déclaré"). */
  reportingVerbs: readonly string[];
  /** Verbs of belief or stance that report a position ("believes", « estime »). */
  beliefVerbs: readonly string[];
  /** Verbs that documents and data take ("found", "show", « révèle »). */
  documentVerbs: readonly string[];
  /** Words that may stand between a subject and its verb ("has", "also", « a », « lui »). */
  auxiliaries: readonly string[];
  /** Introducers of a source ("according to", « selon »), longest first. */
  accordingTo: readonly string[];
  /** Passive participles of saying whose agent ("by X", « par X ») is the source ("described", « accusé »). */
  passiveSaying: readonly string[];
  /** Phrases giving the view of someone named before through a possessive ("in her view", « à ses yeux »). */
  viewOf: readonly string[];
  /** Heads of a noun phrase that never identify anyone ("officials", « source »). */
  anonymousHeads: readonly string[];
  /** Heads that are documents or data ("report", « sondage »). */
  documentHeads: readonly string[];
  /** People, roles and bodies that can speak ("ministry", « porte-parole »). */
  speakerNouns: readonly string[];
  /** Heads after "according to" / « selon » that are never sources ("plan", « saisons »). */
  nonSpeakerHeads: readonly string[];
  /** Nouns of speech that carry a source ("statement", « communiqué »). */
  speechNouns: readonly string[];
  /** Third-person subject pronouns that stand for a source mentioned before. */
  pronouns: readonly string[];
  /** Object pronouns after "according to" / « selon » ("him", « lui »). */
  objectPronouns: readonly string[];
  /** First-person pronouns: the author speaking, never a source (TAXONOMY rule 7). */
  firstPerson: readonly string[];
  /** Determiners that make a noun phrase indefinite ("a", « une », « des »). */
  indefinite: readonly string[];
  /** Determiners that refer back to something already named ("the", "this", « cette »). */
  definite: readonly string[];
  /** Words that end a subject noun phrase when read leftwards from the verb ("that", « que »). */
  clauseBoundaries: readonly string[];
  /** Abbreviations after which a sentence never ends ("Mr.", « M. », « av. J.-C. »). */
  abbreviations: readonly string[];
  /** Hedges: the claim is presented as reported or uncertain. */
  hedges: readonly PhraseRule[];
  /** Weasel phrases: a source so vague the reader cannot identify it. */
  weasels: readonly PhraseRule[];
  /** Sentences that are not claims: bylines, credits, calls to action, boilerplate. */
  notClaims: readonly (PhraseRule & { code: 'byline' | 'dateline' | 'caption' | 'call-to-action' | 'related-link' | 'boilerplate' })[];
  /** Frequent function words, for language detection. */
  stopwords: readonly string[];
}
