const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * Whether a disabled site covers a host, both already normalised: `example.com` covers
 * `example.com` and `news.example.com`, never `badexample.com`; an IP address covers only itself.
 */
export function siteCovers(site: string, host: string): boolean {
  if (host === site) return true;
  return !IPV4.test(host) && host.endsWith(`.${site}`);
}
