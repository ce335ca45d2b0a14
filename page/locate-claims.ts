import { CLAIM_LABELS, type Analysis, type ClaimLabel } from '../analyzer/types';
import { locateSentences } from './locate-sentences';
import { mark } from './perf-marks';

const CLAIMS: ReadonlySet<string> = new Set<ClaimLabel>(CLAIM_LABELS);

/**
 * The page side of a run, after the background's answer: one live range per claim sentence
 * (not-claims are never painted), keyed by sentence index. Starts `unsourced:highlight`, which the
 * caller ends once the ranges are painted. Built into the analysis chunk (entrypoints/analysis.ts),
 * which only article pages load.
 */
export function locateClaims(doc: Document, analysis: Analysis): Map<number, Range> {
  mark('highlight');
  const { located } = locateSentences(doc, analysis, (s) => CLAIMS.has(s.label));
  return new Map(located.map((l) => [l.id, l.range]));
}
