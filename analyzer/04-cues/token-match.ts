import type { Cue } from './cue';

/** A family that fired at one word: the cues it found (maybe none) and the last token it used up. */
export interface TokenMatch {
  cues: Cue[];
  last: number;
}
