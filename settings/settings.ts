import type { ClaimLabel } from '../analyzer/types';

/**
 * What the page shows: every label the reader highlights, only the vague and hedged claims (the rarer
 * marks, which a long article's many unsourced sentences would otherwise drown), or nothing at all
 * (the badge and the popup still count).
 */
export const DISPLAY_MODES = ['all', 'vague-hedged', 'none'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** The reader's choices, stored in `storage.sync` under `settings` (settings-store.ts). */
export interface Settings {
  /** Which labels are painted on the page. Attributed claims only when the reader asks. */
  highlight: Record<ClaimLabel, boolean>;
  /** What the page shows, on every site without a choice of its own. */
  display: DisplayMode;
  /** Sites where the reader chose otherwise (normalised host → mode; `example.com` covers its subdomains). */
  siteDisplay: Record<string, DisplayMode>;
  /** Analyse every article on load (true), or only when the popup is opened (false). */
  autoRun: boolean;
  /** Host names where Unsourced never runs ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  highlight: { unattributed: true, hedged: true, vague: true, attributed: false },
  display: 'all',
  siteDisplay: {},
  autoRun: true,
  disabledSites: [],
};
