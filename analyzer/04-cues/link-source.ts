import { isOwnStory } from './own-story';
import { siteOf } from './site-of';

/** What a link in the text stands for as a source (TAXONOMY rule 5). */
export interface LinkSource {
  /** The name it is listed under: the host of another site, or the article's own site for its stories. */
  name: string;
  /** A story of the article's own site: the outlet's earlier reporting, listed apart from other sources. */
  outlet: boolean;
}

/** The article's address, and the one it declares for itself when that differs (a saved or syndicated copy). */
export interface PageAddress {
  url?: string | null;
  canonicalUrl?: string | null;
}

/**
 * The source a link names: another site's page (its host), or one of the outlet's own stories; the
 * outlet's tag, topic, section and author pages, its home page and anything that is not a web page
 * name no source. The outlet is the site of the page's address or of the address it declares.
 */
export function linkSource(href: string, page: PageAddress): LinkSource | null {
  let url: URL;
  try {
    url = new URL(href, page.url ?? undefined);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const site = siteOf(url.hostname);
  const own = [parsed(page.url), parsed(page.canonicalUrl)].find((p) => p?.site === site);
  if (!own) return { name: url.host, outlet: false };
  // The outlet's own pages (topics.nytimes.com beside www.nytimes.com, bbc.com beside bbc.co.uk): its
  // stories are its earlier reporting, one entry under the article's own host; its listings are nothing.
  // (a link to the article itself, "#comments", is no source either)
  if (!isOwnStory(url) || (url.host === own.url.host && url.pathname === own.url.pathname)) return null;
  return { name: own.url.host.replace(/^www\./i, ''), outlet: true };
}

// The article's addresses, parsed once for all its links (a page has hundreds).
const parsedCache = new Map<string, { url: URL; site: string } | null>();

function parsed(address: string | null | undefined): { url: URL; site: string } | null {
  if (!address) return null;
  let p = parsedCache.get(address);
  if (p === undefined) {
    try {
      const url = new URL(address);
      p = { url, site: siteOf(url.hostname) };
    } catch {
      p = null;
    }
    // two addresses per article: a small cache, emptied as other articles come
    if (parsedCache.size >= 4) parsedCache.clear();
    parsedCache.set(address, p);
  }
  return p;
}
