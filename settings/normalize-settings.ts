import { CLAIM_LABELS } from '../analyzer/types';
import { normalizeHostname } from './normalize-hostname';
import { DEFAULT_SETTINGS, DISPLAY_MODES, type DisplayMode, type Settings } from './settings';

/**
 * Settings as they must be, from whatever storage holds: a value saved by an older version, edited
 * by hand or missing. Each field that is not right falls back to its default; sites are normalised,
 * deduplicated and sorted. Always a fresh object, never DEFAULT_SETTINGS itself.
 */
export function normalizeSettings(value: unknown): Settings {
  const stored = isObject(value) ? value : {};
  const highlight = { ...DEFAULT_SETTINGS.highlight };
  if (isObject(stored.highlight)) {
    for (const label of CLAIM_LABELS) {
      const on = stored.highlight[label];
      if (typeof on === 'boolean') highlight[label] = on;
    }
  }
  return {
    highlight,
    display: isDisplayMode(stored.display) ? stored.display : DEFAULT_SETTINGS.display,
    siteDisplay: isObject(stored.siteDisplay) ? normalizeSiteDisplay(stored.siteDisplay) : {},
    autoRun: typeof stored.autoRun === 'boolean' ? stored.autoRun : DEFAULT_SETTINGS.autoRun,
    disabledSites: Array.isArray(stored.disabledSites) ? normalizeSites(stored.disabledSites) : [...DEFAULT_SETTINGS.disabledSites],
  };
}

export function isDisplayMode(value: unknown): value is DisplayMode {
  return (DISPLAY_MODES as readonly unknown[]).includes(value);
}

function normalizeSites(entries: unknown[]): string[] {
  const sites = new Set<string>();
  for (const entry of entries) {
    const site = typeof entry === 'string' ? normalizeHostname(entry) : null;
    if (site !== null) sites.add(site);
  }
  return [...sites].sort();
}

// Keys sorted, so that equal choices give equal JSON (watchSettings compares them so).
function normalizeSiteDisplay(entries: Record<string, unknown>): Record<string, DisplayMode> {
  const sites = new Map<string, DisplayMode>();
  for (const [entry, mode] of Object.entries(entries)) {
    const site = normalizeHostname(entry);
    if (site !== null && isDisplayMode(mode)) sites.set(site, mode);
  }
  return Object.fromEntries([...sites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
