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
  /** Verb forms that are also nouns: a verb only before what was said or after a pronoun ("fear", « note »). */
  nounForms: readonly string[];
  /** Speech intros: prepositions before a speech noun and a comma ("In a statement, X", « Dans un communiqué, X »). */
  speechIntros: readonly string[];
  /** Beginnings of verbs of acts of stance, reported speech only with what was said under a hedge ("reject", « accus »). */
  stanceActs: readonly string[];
  /** Verbs of writing and posting, reported speech only with what was written ("wrote", « publié »). */
  writeVerbs: readonly string[];
  /** Forms of "be" that make a passive ("was", « est »). */
  beForms: readonly string[];
  /** Relative pronouns: the verb after one has its subject elsewhere ("who", « qui »). */
  relativePronouns: readonly string[];
  /** Days and relative days, no part of a subject ("Monday", « hier »). */
  days: readonly string[];
  /** Negative determiners: nobody is no source ("no", « aucun »). */
  negations: readonly string[];
  /** Prepositions: a phrase that opens with one is no speaker ("by", « par »). */
  prepositions: readonly string[];
  /** Quantifiers: a share of a group is nobody in particular ("some", « certains »). */
  quantifiers: readonly string[];
  /** Heads that name no report in particular ("reports", « rumeurs »). */
  unnamedReports: readonly string[];
  /** Titles and honorifics before a name ("Mr", « M. »), for merging one person's names. */
  titles: readonly string[];
  /** Capitalised paragraph labels before a colon that name no speaker ("UPDATE:", « MISE À JOUR : »). */
  labelWords: readonly string[];
  /** Prepositions before a place, whose name is no antecedent for a pronoun ("in Des Moines", « à Rennes »). */
  placePrepositions: readonly string[];
  // Language-specific categories: a construction the other language does not have (or that its code
  // reads without a list). Empty in the other languages; the conventions test lists them.
  /** English: determiners of one thing ("the American demand that..." is a noun). */
  singularDeterminers: readonly string[];
  /** English: modals; a verb after one reports no statement made ("would argue"). */
  modals: readonly string[];
  /** English: adverbs between a modal and its verb, besides words in -ly ("could not say"). */
  modalAdverbs: readonly string[];
  /** Numbers and approximators that open a share of a group ("twelve percent", « près de huit sur dix »). */
  numberWords: readonly string[];
  /** English: adverbs between a subject and its verb, besides words in -ly ("Clinton now says"). */
  preverbAdverbs: readonly string[];
  /** English: words before a day skipped with it ("on Monday", "last Friday"). */
  timeLead: readonly string[];
  /** English: words that start a modifier after the head ("people familiar with" → "people"). */
  headCutters: readonly string[];
  /** French: the auxiliaries of the reportive conditional (« aurait », « seraient »). */
  conditionalAuxiliaries: readonly string[];
  /** French: participles that make the conditional a modal counterfactual (« aurait pu »). */
  modalParticiples: readonly string[];
  /** French: words between a conditional auxiliary and its participle (« aurait déjà fui »). */
  conditionalAdverbs: readonly string[];
  /** French: words after which the subject follows the verb (« ce qu'a annoncé X »). */
  invertingWords: readonly string[];
  /** French: first-person forms of the verbs of opinion and saying (« estimons », « crois »). */
  firstPersonVerbs: readonly string[];
  /** French: adjectives before the noun, skipped to find the head (« un haut responsable »). */
  prenominalAdjectives: readonly string[];
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
