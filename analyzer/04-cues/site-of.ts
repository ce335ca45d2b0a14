// Second-level labels under a country code: "bbc.co.uk" is one site, "co.uk" is not.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'gouv', 'ac', 'edu', 'asso', 'nic']);

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
