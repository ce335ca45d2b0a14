// A scheme (`https:`, `chrome:`, `mailto:`), but not a host followed by a port (`localhost:8080`).
const SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i;

/**
 * The site a reader means, from a host name, a typed entry or a page's address:
 * `https://www.Example.com/path`, `www.example.com`, `EXAMPLE.COM.` and `*.example.com` all give
 * `example.com`. A leading `www.` goes, since a site covers its subdomains anyway. International
 * names come out in punycode, as `location.hostname` gives them. Null for anything that is not a
 * web site (`chrome://extensions`, `about:blank`, `hello world`, an empty string).
 */
export function normalizeHostname(input: string): string | null {
  let text = input.trim();
  if (text.startsWith('*.')) text = text.slice(2);
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  let host = url.hostname.replace(/\.$/, '');
  if (!host || host.startsWith('.')) return null;
  // `www.com` stays: what is left must still be a domain.
  if (host.startsWith('www.') && host.indexOf('.', 4) !== -1) host = host.slice(4);
  return host;
}
