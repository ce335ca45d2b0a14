/** A word or construction that presents the claim as reported or uncertain, with no source. */
export interface Hedge {
  code: 'hedge' | 'reportive-conditional';
  cue: string;
  message: string;
}
