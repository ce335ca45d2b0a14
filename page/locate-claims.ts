import { CLAIM_LABELS, type Analysis, type ClaimLabel } from '../analyzer/types';
import { locateSentencesInSlices, type SliceOptions } from './locate-sentences';
import { measureSince } from './perf-marks';

const CLAIMS: ReadonlySet<string> = new Set<ClaimLabel>(CLAIM_LABELS);

/**
 * The page side of a run, after the background's answer: one live range per claim sentence
 * (not-claims are never painted), keyed by sentence index; null when the run was overtaken meanwhile.
 * In slices, each measured as `unsourced:highlight` (an article of thousands of claims is never one
 * long task). Built into the analysis chunk (entrypoints/analysis.ts), which only article pages load.
 */
export async function locateClaims(doc: Document, analysis: Analysis, slices: Omit<SliceOptions, 'slice'>): Promise<Map<number, Range> | null> {
  const result = await locateSentencesInSlices(doc, analysis, (s) => CLAIMS.has(s.label), { ...slices, slice: (started) => measureSince('highlight', started) });
  return result && new Map(result.located.map((l) => [l.id, l.range]));
}
