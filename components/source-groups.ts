import type { SourceEntry } from '../analyzer/types';

/** The groups a source list is shown in, in this order; the outlet's own stories come apart, last. */
export type SourceGroupKey = 'named' | 'anonymous' | 'outlet';

const TITLE_KEYS = { named: 'popup_sources_named', anonymous: 'popup_sources_anonymous', outlet: 'popup_sources_outlet' } as const;

/**
 * Named sources, anonymous ones, then links to the outlet's earlier reporting (TAXONOMY rule 5: a
 * source, but the outlet vouching for itself, so never listed among the named sources). Empty groups
 * are left out.
 */
export function sourceGroups(sources: readonly SourceEntry[]): { key: SourceGroupKey; titleKey: (typeof TITLE_KEYS)[SourceGroupKey]; sources: SourceEntry[] }[] {
  const groupOf = (s: SourceEntry): SourceGroupKey => (s.outlet ? 'outlet' : s.kind);
  return (['named', 'anonymous', 'outlet'] as const)
    .map((key) => ({ key, titleKey: TITLE_KEYS[key], sources: sources.filter((s) => groupOf(s) === key) }))
    .filter((g) => g.sources.length > 0);
}
