import { siteOf } from './site-of';

/** The host a link points to, when it is a web page of another site than the article's. */
export function linkHost(href: string, pageUrl: string | null | undefined): string | null {
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
  // The outlet's own pages (its earlier stories, its tag and topic pages, topics.nytimes.com beside
  // www.nytimes.com) are not a source for what it says now: a source is someone else (rule 5).
  if (page && siteOf(url.hostname) === siteOf(page.hostname)) return null;
  return url.host;
}
