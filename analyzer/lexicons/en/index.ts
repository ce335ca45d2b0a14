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
};
