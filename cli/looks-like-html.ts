/** What an HTML document starts with, after white space and a byte-order mark. */
const HTML_START = /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body|meta|title|!--)[\s>]/i;

/** A tag that plain text almost never contains: a fragment of HTML with no <html> around it. */
const HTML_TAG = /<\/?(?:html|head|body|article|main|section|div|p|h[1-6]|title|meta|br)\b[^>]*>/i;

/** How far into the input the sniffing looks: an HTML file shows itself in its first lines. */
const SNIFF_LENGTH = 4096;

/** Sniffs an input of unknown extension: HTML when it starts like a page or carries HTML tags early. */
export function looksLikeHtml(head: string): boolean {
  const start = head.slice(0, SNIFF_LENGTH);
  if (HTML_START.test(start)) return true;
  return start.trimStart().startsWith('<') && HTML_TAG.test(start);
}
