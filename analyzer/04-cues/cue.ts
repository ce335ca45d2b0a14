import type { Speaker } from '../noun-phrase';
import type { ReasonCode } from '../types';

/** A source the sentence itself names or points to. */
export interface Cue {
  code: ReasonCode;
  /** The words that fired: "said", « selon », "reportedly". */
  cue: string;
  speaker: Speaker;
  /** The outlet that relayed an anonymous speaker (TAXONOMY rule 2): « à Al-Masdar News ». */
  relay?: string;
  /** The cue sits next to a quotation (the speaker of a direct quote). */
  quote?: boolean;
  /** Another description of the same speaker: the apposition in "Ana Ruiz, a city official, said". */
  alias?: string;
}
