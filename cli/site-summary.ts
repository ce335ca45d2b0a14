import type { Analysis, SourceKind } from '../analyzer/types';

/** How many sources each site's line names. */
export const TOP_SOURCES = 5;

/** The counts added up per site as outcomes come. */
interface Counts {
  articles: number;
  errors: number;
  claims: number;
  attributed: number;
  vague: number;
  hedged: number;
  unattributed: number;
}

/** A source over a site's articles: its mentions, and in how many articles. */
type SiteSource = { name: string; kind: SourceKind; mentions: number; articles: number };

export interface SiteTotals extends Counts {
  site: string;
  /** hedged + unattributed: what the extension's badge counts. */
  unsourced: number;
  /** unsourced ÷ claims, rounded to 3 decimals; null with no claim. */
  shareUnsourced: number | null;
  /** The most mentioned sources over the site's articles, most first (ties by name). */
  topSources: SiteSource[];
}

export interface Summary {
  sites: SiteTotals[];
  total: SiteTotals;
}

interface Tally extends Counts {
  sources: Map<string, SiteSource>;
}

/** Adds up a run site by site, as outcomes come: per site, a few counters and its sources. */
export class SiteSummary {
  private readonly sites = new Map<string, Tally>();
  private readonly all = emptyTally();

  add(site: string, analysis: Analysis | null): void {
    let tally = this.sites.get(site);
    if (!tally) this.sites.set(site, (tally = emptyTally()));
    for (const t of [tally, this.all]) {
      if (!analysis) {
        t.errors++;
        continue;
      }
      t.articles++;
      for (const key of ['claims', 'attributed', 'vague', 'hedged', 'unattributed'] as const) t[key] += analysis.totals[key];
      // the outlet linking to its own stories is not one of the site's sources
      for (const source of analysis.sources) {
        if (source.outlet) continue;
        const key = `${source.kind}\u0000${source.name}`;
        const entry = t.sources.get(key) ?? { name: source.name, kind: source.kind, mentions: 0, articles: 0 };
        entry.mentions += source.mentions;
        entry.articles++;
        t.sources.set(key, entry);
      }
    }
  }

  /** Sites by name, and the whole run. */
  result(): Summary {
    const sites = [...this.sites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([site, t]) => totalsOf(site, t));
    return { sites, total: totalsOf('all sites', this.all) };
  }
}

function emptyTally(): Tally {
  return { articles: 0, errors: 0, claims: 0, attributed: 0, vague: 0, hedged: 0, unattributed: 0, sources: new Map() };
}

function totalsOf(site: string, t: Tally): SiteTotals {
  const unsourced = t.hedged + t.unattributed;
  const topSources = [...t.sources.values()]
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, TOP_SOURCES);
  return {
    site,
    articles: t.articles,
    errors: t.errors,
    claims: t.claims,
    attributed: t.attributed,
    vague: t.vague,
    hedged: t.hedged,
    unattributed: t.unattributed,
    unsourced,
    shareUnsourced: t.claims ? Math.round((1000 * unsourced) / t.claims) / 1000 : null,
    topSources,
  };
}
