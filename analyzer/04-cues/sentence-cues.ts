import type { ReasonCode } from '../types';
import type { Cue } from './cue';
import type { Hedge } from './hedge';

/** Everything one sentence says about where its claim comes from. */
export interface SentenceCues {
  sources: Cue[];
  hedges: Hedge[];
  /** A first-person opinion of the author (TAXONOMY rule 7). */
  author: string | null;
  notClaim: { code: ReasonCode; cue: string; message: string } | null;
  /** Proper names in the sentence, outside quotations (for pronouns, rule 6). */
  names: string[];
}
