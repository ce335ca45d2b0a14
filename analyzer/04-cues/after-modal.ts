import type { Token } from '../tokens';

const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'will', 'shall', 'must', 'can', "'d", "'ll"]);
const ADVERB = /ly$|^(?:not|also|never|still|even|ever|probably|likely|already|then|n't)$/;

/** "would argue", "could not say", "will announce": the verb follows a modal, adverbs aside. */
export function afterModal(tokens: Token[], v: number): boolean {
  for (let j = v - 1; j >= 0 && j >= v - 4; j--) {
    const w = (tokens[j] as Token).lower;
    if (MODALS.has(w)) return true;
    if (!ADVERB.test(w)) return false;
  }
  return false;
}
