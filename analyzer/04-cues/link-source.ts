import { isOwnStory } from './own-story';
import { siteOf } from './site-of';

/** What a link in the text stands for as a source (TAXONOMY rule 5). */
export interface LinkSource {
  /** The name it is listed under: the host of another site, or the article's own site for its stories. */
  name: string;
  /** A story of the article's own site: the outlet's earlier reporting, listed apart from other sources. */
  outlet: boolean;
}

/**
 * The source a link names: another site's page (its host), or one of the outlet's own stories; the
 * outlet's tag, topic, section and author pages, its home page and anything that is not a web page
 * name no source.
 */
export function linkSource(href: string, pageUrl: string | null | undefined): LinkSource | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl ?? undefined);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const page = pageOf(pageUrl);
  if (!page || siteOf(url.hostname) !== page.site) return { name: url.host, outlet: false };
  // The outlet's own pages (topics.nytimes.com beside www.nytimes.com, bbc.com beside bbc.co.uk): its
  // stories are its earlier reporting, one entry under the article's own host; its listings are nothing.
  // (a link to the article itself, "#comments", is no source either)
  if (!isOwnStory(url) || (url.host === page.url.host && url.pathname === page.url.pathname)) return null;
  return { name: page.url.host.replace(/^www\./i, ''), outlet: true };
}

// The article's own address, parsed once for all its links (a page has hundreds).
let lastPage: { href: string; page: { url: URL; site: string } | null } | null = null;

function pageOf(pageUrl: string | null | undefined): { url: URL; site: string } | null {
  if (!pageUrl) return null;
  if (lastPage?.href !== pageUrl) {
    let page: { url: URL; site: string } | null = null;
    try {
      const url = new URL(pageUrl);
      page = { url, site: siteOf(url.hostname) };
    } catch {
      page = null;
    }
    lastPage = { href: pageUrl, page };
  }
  return lastPage.page;
}
