import { normalizeHostname } from './normalize-hostname';
import type { DisplayMode, Settings } from './settings';
import { siteCovers } from './site-covers';

/**
 * The display mode on a host or address: the choice of the most specific site that covers it
 * (`news.example.com` before `example.com`), else the reader's default.
 */
export function displayForSite(settings: Settings, hostnameOrUrl: string): DisplayMode {
  const host = normalizeHostname(hostnameOrUrl);
  if (host === null) return settings.display;
  const covering = Object.keys(settings.siteDisplay)
    .filter((site) => siteCovers(site, host))
    .sort((a, b) => b.length - a.length);
  return covering.length ? settings.siteDisplay[covering[0]!]! : settings.display;
}
