import type { ClaimLabel } from '../analyzer/types';
import type { ReportSentence } from '../messages/page-report';

/** The labels a reader should look into: every claim without a source they could check. */
export const FLAGGED_LABELS: readonly ClaimLabel[] = ['unattributed', 'hedged', 'vague'];

/** The claims to check, in reading order. */
export function flaggedSentences(sentences: readonly ReportSentence[]): ReportSentence[] {
  return sentences.filter((s) => (FLAGGED_LABELS as readonly string[]).includes(s.label));
}
