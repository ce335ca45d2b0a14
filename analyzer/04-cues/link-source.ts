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
  let page: URL | null = null;
  try {
    page = pageUrl ? new URL(pageUrl) : null;
  } catch {
    page = null;
  }
  if (!page || siteOf(url.hostname) !== siteOf(page.hostname)) return { name: url.host, outlet: false };
  // The outlet's own pages (topics.nytimes.com beside www.nytimes.com, bbc.com beside bbc.co.uk): its
  // stories are its earlier reporting, one entry under the article's own host; its listings are nothing.
  // (a link to the article itself, "#comments", is no source either)
  if (!isOwnStory(url) || (url.host === page.host && url.pathname === page.pathname)) return null;
  return { name: page.host.replace(/^www\./i, ''), outlet: true };
}
