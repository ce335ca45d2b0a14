import secondLevelDomains from '../lexicons/second-level-domains';

const SECOND_LEVEL: ReadonlySet<string> = new Set(secondLevelDomains);

/**
 * The outlet a host name belongs to, near enough: the label before the public suffix, so that
 * "www.nytimes.com" and "topics.nytimes.com" are one site, and so are "www.bbc.com" and "www.bbc.co.uk".
 */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const suffix = (labels[labels.length - 1] ?? '').length === 2 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 2 : 1;
  return labels[labels.length - 1 - suffix] ?? labels.join('.');
}
