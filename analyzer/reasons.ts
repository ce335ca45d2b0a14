import type { Reason, ReasonCode, Source } from './types';

/** Readable English messages for every reason code; the extension localises from the codes. */
export const REASON_MESSAGES: Record<ReasonCode, (cue: string, source?: Source | null) => string> = {
  'reporting-verb': (cue, s) => `${s ? who(s) : 'Someone'} is reported speaking ("${cue}").`,
  'according-to': (cue, s) => `Attributed with "${cue}" to ${s ? who(s) : 'a source'}.`,
  'speech-noun': (cue, s) => `Attributed to a statement or interview ("${cue}") by ${s ? who(s) : 'a source'}.`,
  document: (cue, s) => `Attributed to a document or data ("${cue}"): ${s ? who(s) : 'unnamed'}.`,
  'direct-quote': (_cue, s) => `A direct quotation, spoken by ${s ? who(s) : 'someone'}.`,
  link: (cue, s) => `Links to its source${s ? ` on ${s.name}` : ''} ("${cue}").`,
  'carried-forward': (cue, s) => (cue ? `"${cue}" refers back to ${s ? who(s) : 'a source'} named just before.` : `Continues the quotation of ${s ? who(s) : 'a source'} just before.`),
  pronoun: (cue, s) => `"${cue}" refers back to ${s ? who(s) : 'someone named earlier'}.`,
  'quotation-speaker': (_cue, s) => `Part of a quotation by ${s ? who(s) : 'someone'}.`,
  'anonymous-source': (cue, s) => `The source is not named ("${s?.name ?? cue}"): the reader cannot check who says so.`,
  'outlet-relays-anonymous': (cue, s) => `The outlet ${cue} only relays an unnamed source (${s?.name ?? 'unknown'}).`,
  weasel: (cue) => `A vague source: "${cue}" names no one the reader could check.`,
  hedge: (cue) => `Presented as reported or uncertain ("${cue}"), with no source.`,
  'reportive-conditional': (cue) => `Reportive conditional ("${cue}"): presented as hearsay, with no source.`,
  'source-beats-hedge': (cue) => `The hedge "${cue}" does not matter here: the claim has a source.`,
  'author-opinion': (cue) => `The author's own view ("${cue}"), not a source.`,
  'no-source': () => 'Stated as fact with no source: nobody in the sentence stands behind it, no speaker, document or link names one.',
  question: () => 'A question, not a claim.',
  heading: () => 'A heading, not a claim.',
  byline: () => 'A byline or credit, not a claim.',
  dateline: () => 'A dateline or date stamp, not a claim.',
  caption: () => 'A caption or picture credit, not a claim.',
  'call-to-action': () => 'A call to action, not a claim.',
  'related-link': () => 'A link to other coverage, not a claim.',
  'data-table': () => 'A cell of a data table, not a claim.',
  boilerplate: () => 'Site boilerplate, not a claim.',
  fragment: () => 'Too short to be a claim (under four words).',
};

function who(s: Source): string {
  return s.kind === 'named' ? s.name : `an unnamed source (${s.name})`;
}

export function reason(code: ReasonCode, cue = '', source?: Source | null): Reason {
  const text = REASON_MESSAGES[code](cue, source);
  const r: Reason = { code, message: text.charAt(0).toUpperCase() + text.slice(1) };
  if (cue) r.cue = cue;
  return r;
}
