import { normalizeHostname } from '../settings/normalize-hostname';

export type AddSiteResult = { ok: true; site: string; sites: string[] } | { ok: false; error: 'invalid' } | { ok: false; error: 'duplicate'; site: string };

/** The list of disabled sites with what the reader typed added: a host or any address on the site. */
export function addSite(sites: readonly string[], input: string): AddSiteResult {
  const site = normalizeHostname(input);
  if (!site) return { ok: false, error: 'invalid' };
  if (sites.includes(site)) return { ok: false, error: 'duplicate', site };
  return { ok: true, site, sites: [...sites, site] };
}
