import { startStaticServer, type StaticServer } from '../../../harness/static-server';
import { largeArticleHtml, manyParagraphsHtml } from './hostile-pages';
import { FIXTURES } from './paths';

/** The strictest policy a news site could send: no inline script or style, no sources, Trusted Types required. */
export const HOSTILE_CSP = "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
export const LARGE_ARTICLE_BYTES = 5 * 2 ** 20;
export const MANY_PARAGRAPHS = 20_000;

export interface HostileServer extends StaticServer {
  /** Paragraphs of `/hostile/large-article.html`. */
  largeParagraphs: number;
}

let generated: { large: { html: string; paragraphs: number }; many: string } | null = null;

/**
 * Serves `test/e2e/fixtures` (the hostile pages are under `/hostile/`, their iframes load the plain
 * articles), the CSP page with its header, and the two big pages, generated once per test process.
 */
export async function startHostileServer(): Promise<HostileServer> {
  generated ??= { large: largeArticleHtml(LARGE_ARTICLE_BYTES), many: manyParagraphsHtml(MANY_PARAGRAPHS) };
  const server = await startStaticServer(
    FIXTURES,
    { '/hostile/large-article.html': generated.large.html, '/hostile/many-paragraphs.html': generated.many },
    { headers: { '/hostile/csp.html': { 'content-security-policy': HOSTILE_CSP } } },
  );
  return { ...server, largeParagraphs: generated.large.paragraphs };
}
