import type { Job } from './job';

/**
 * One line of a JSONL file of pages, `{"url": ..., "html": ...}` or `{"url": ..., "text": ...}` (the
 * shape of crawl-derived data sets), as a job; anything else is an error job with the reason. The
 * record is named by its URL, else by where it was read (`pages.jsonl:12`).
 */
export function parseRecord(line: string, where: string, folderSite: string): Job {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'error', input: where, site: folderSite, error: `not a JSON record: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', input: where, site: folderSite, error: 'not a JSON record: expected an object with "url" and "html" or "text"' };
  }
  const record = value as Record<string, unknown>;
  const url = record.url;
  let pageUrl: URL | null = null;
  if (url !== undefined && url !== null) {
    pageUrl = typeof url === 'string' ? httpUrl(url) : null;
    if (!pageUrl) return { kind: 'error', input: where, site: folderSite, error: `"url" must be an http or https address, not ${JSON.stringify(url).slice(0, 100)}` };
  }
  const input = pageUrl?.href ?? where;
  const site = pageUrl?.host ?? folderSite;
  const { html, text } = record;
  if (html !== undefined && text !== undefined) return { kind: 'error', input, site, error: 'the record has both "html" and "text": give one' };
  if (typeof html === 'string') return { kind: 'record', input, site, url: pageUrl?.href ?? null, html, text: null };
  if (typeof text === 'string') return { kind: 'record', input, site, url: pageUrl?.href ?? null, html: null, text };
  if (html !== undefined || text !== undefined) return { kind: 'error', input, site, error: `"${html !== undefined ? 'html' : 'text'}" must be a string` };
  return { kind: 'error', input, site, error: 'the record has no "html" or "text"' };
}

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
