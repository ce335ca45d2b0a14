import type { Cue } from './cue';

/** "Officials said that they had briefed...": a pronoun after a named or unnamed source is inside what it said, not a second source. */
export function pruneInnerPronouns(sources: Cue[]): Cue[] {
  const firstDirect = sources.findIndex((c) => c.speaker.type === 'source');
  if (firstDirect < 0) return sources;
  return sources.filter((c, k) => k <= firstDirect || !(c.speaker.type === 'reference' && c.speaker.pronoun));
}
