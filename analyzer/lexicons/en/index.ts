import type { Lexicon } from '../lexicon';
import abbreviations from './abbreviations';
import accordingTo from './according-to';
import viewOf from './view-of';
import passiveSaying from './passive-saying';
import anonymousHeads from './anonymous-heads';
import auxiliaries from './auxiliaries';
import beliefVerbs from './belief-verbs';
import { clauseBoundaries, definite, indefinite } from './determiners';
import documentHeads from './document-heads';
import documentVerbs from './document-verbs';
import hedges from './hedges';
import notClaims from './not-claims';
import { firstPerson, object, subject } from './pronouns';
import reportingVerbs from './reporting-verbs';
import speakerNouns, { nonSpeakerHeads } from './speaker-nouns';
import speechNouns from './speech-nouns';
import stopwords from './stopwords';
import weasels from './weasels';
import nounForms from './noun-forms';
import speechIntros from './speech-intros';
import stanceActs from './stance-acts';
import writeVerbs from './write-verbs';
import beForms from './be-forms';
import relativePronouns from './relative-pronouns';
import days from './days';
import negations from './negations';
import prepositions from './prepositions';
import quantifiers from './quantifiers';
import unnamedReports from './unnamed-reports';
import titles from './titles';
import labelWords from './label-words';
import placePrepositions from './place-prepositions';
import singularDeterminers from './singular-determiners';
import modals from './modals';
import modalAdverbs from './modal-adverbs';
import numberWords from './number-words';
import preverbAdverbs from './preverb-adverbs';
import timeLead from './time-lead';
import headCutters from './head-cutters';

export const en: Lexicon = {
  language: 'en',
  reportingVerbs,
  beliefVerbs,
  documentVerbs,
  auxiliaries,
  accordingTo,
  viewOf,
  passiveSaying,
  anonymousHeads,
  documentHeads,
  speakerNouns,
  nonSpeakerHeads,
  speechNouns,
  pronouns: subject,
  objectPronouns: object,
  firstPerson,
  indefinite,
  definite,
  clauseBoundaries,
  abbreviations,
  hedges,
  weasels,
  notClaims,
  stopwords,
  nounForms,
  speechIntros,
  stanceActs,
  writeVerbs,
  beForms,
  relativePronouns,
  days,
  negations,
  prepositions,
  quantifiers,
  unnamedReports,
  titles,
  labelWords,
  placePrepositions,
  singularDeterminers,
  modals,
  modalAdverbs,
  numberWords,
  preverbAdverbs,
  timeLead,
  headCutters,
  // French-only constructions (see lexicon.ts).
  conditionalAuxiliaries: [],
  modalParticiples: [],
  conditionalAdverbs: [],
  invertingWords: [],
  firstPersonVerbs: [],
  prenominalAdjectives: [],
};
