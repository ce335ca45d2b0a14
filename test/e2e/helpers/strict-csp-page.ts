import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './paths';

/** Where `strictCspPages()` serves the strict page. */
export const STRICT_CSP_PATH = '/strict-csp.html';

// No inline style at all, as on sites with a locked-down policy: the page's own <style> is blocked too.
const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'">`;

/** The English article behind that policy, for `startStaticServer(FIXTURES, strictCspPages())`. */
export function strictCspPages(): Record<string, string> {
  const html = readFileSync(join(FIXTURES, 'en-article.html'), 'utf8');
  return { [STRICT_CSP_PATH]: html.replace('<head>', `<head>\n${POLICY}`) };
}
