import type { ClaimLabel } from '../analyzer/types';

/** The reader's choices, stored in `storage.sync` under `settings` (settings-store.ts). */
export interface Settings {
  /** Which labels are painted on the page. Attributed claims only when the reader asks. */
  highlight: Record<ClaimLabel, boolean>;
  /** Analyse every article on load (true), or only when the popup is opened (false). */
  autoRun: boolean;
  /** Host names where Unsourced never runs ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  highlight: { unattributed: true, hedged: true, vague: true, attributed: false },
  autoRun: true,
  disabledSites: [],
};
