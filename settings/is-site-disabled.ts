import { normalizeHostname } from './normalize-hostname';
import type { Settings } from './settings';
import { siteCovers } from './site-covers';

/** Whether Unsourced must not run on this host or address (`location.hostname` or `location.href`). */
export function isSiteDisabled(settings: Settings, hostnameOrUrl: string): boolean {
  const host = normalizeHostname(hostnameOrUrl);
  if (host === null) return false;
  return settings.disabledSites.some((entry) => {
    const site = normalizeHostname(entry);
    return site !== null && siteCovers(site, host);
  });
}
